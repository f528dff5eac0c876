/** The loops the user prepares for: one day per company, which drives the countdown checklist (../prep/countdown). */
import { libraryDb, type LibraryDB } from './db';
import { isDay } from './day';
import { resolveDeps, type LibraryDeps } from './deps';
import { LibraryInputError, NotInLibraryError } from './errors';
import { LIMITS } from './limits';
import type { InterviewRow } from './model';
import { writeLibrary } from './quota';
import { normalizeText } from './text';

export interface InterviewInput {
  company: string;
  date: string;
}

function checkInterview(input: InterviewInput): InterviewInput {
  const company = input.company.replace(/\s+/g, ' ').trim();
  if (!company) throw new LibraryInputError('Name the company.');
  if (company.length > LIMITS.company)
    throw new LibraryInputError(`A company's name can be at most ${LIMITS.company} characters.`);
  if (!isDay(input.date)) throw new LibraryInputError('Pick the day of the interview.');
  return { company, date: input.date };
}

function companyTaken(db: LibraryDB, company: string, ownId?: number): Promise<void> {
  return db.interviews
    .where('companyKey')
    .equals(normalizeText(company))
    .first()
    .then((other) => {
      if (other && other.id !== ownId) throw new LibraryInputError(`You already have a date for ${company}.`);
    });
}

export async function addInterview(input: InterviewInput, deps: Partial<LibraryDeps> = {}): Promise<InterviewRow> {
  const { db, now } = resolveDeps(deps);
  const clean = checkInterview(input);
  const at = now();
  return writeLibrary(db, ['interviews'], async () => {
    await companyTaken(db, clean.company);
    if ((await db.interviews.count()) >= LIMITS.interviews)
      throw new LibraryInputError(`You can keep at most ${LIMITS.interviews} interview dates.`);
    const row = { ...clean, companyKey: normalizeText(clean.company), createdAt: at, updatedAt: at };
    const id = await db.interviews.add(row as InterviewRow);
    return { ...row, id };
  });
}

export async function updateInterview(
  id: number,
  input: InterviewInput,
  deps: Partial<LibraryDeps> = {},
): Promise<InterviewRow> {
  const { db, now } = resolveDeps(deps);
  const clean = checkInterview(input);
  return writeLibrary(db, ['interviews'], async () => {
    const row = await db.interviews.get(id);
    if (!row) throw new NotInLibraryError('interview', id);
    await companyTaken(db, clean.company, id);
    const next = {
      ...row,
      ...clean,
      companyKey: normalizeText(clean.company),
      updatedAt: Math.max(now(), row.updatedAt),
    };
    await db.interviews.put(next);
    return next;
  });
}

export async function deleteInterview(id: number, db: LibraryDB = libraryDb): Promise<InterviewRow | undefined> {
  return writeLibrary(db, ['interviews'], async () => {
    const row = await db.interviews.get(id);
    if (row) await db.interviews.delete(id);
    return row;
  });
}

/** Every interview, soonest first. */
export async function listInterviews(db: LibraryDB = libraryDb): Promise<InterviewRow[]> {
  const rows = await db.interviews.toArray();
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.companyKey.localeCompare(b.companyKey));
}
