/**
 * The rehearsal log: one row per rehearsal of a story, with the time the user spoke (timed by
 * hand, in the panel: no audio is recorded) and each answer to the mock bar raiser with its score.
 */
import type { Band } from '@/lib/analysis';
import { libraryDb, type LibraryDB } from './db';
import { resolveDeps, type LibraryDeps } from './deps';
import { LibraryInputError, NotInLibraryError } from './errors';
import { LIMITS } from './limits';
import { BANDS, type RehearsalAnswer, type RehearsalRow } from './model';
import { writeLibrary } from './quota';

export interface RehearsalInput {
  seconds: number;
  answers: readonly RehearsalAnswer[];
}

function checkAnswer(a: RehearsalAnswer, n: number): RehearsalAnswer {
  const question = a.question.trim();
  const answer = a.answer.trim();
  if (!question || question.length > LIMITS.rehearsalQuestion)
    throw new LibraryInputError(`Question ${n} must be 1 to ${LIMITS.rehearsalQuestion} characters.`);
  if (answer.length > LIMITS.rehearsalAnswer)
    throw new LibraryInputError(
      `Answer ${n} can be at most ${LIMITS.rehearsalAnswer.toLocaleString('en')} characters.`,
    );
  if (!Number.isFinite(a.score) || a.score < 0 || a.score > 100 || !BANDS.includes(a.band as Band))
    throw new LibraryInputError(`Answer ${n} has no valid score.`);
  return { question, answer, score: a.score, band: a.band };
}

export function checkRehearsal(input: RehearsalInput): RehearsalInput {
  if (!Number.isInteger(input.seconds) || input.seconds < 0 || input.seconds > LIMITS.rehearsalSeconds)
    throw new LibraryInputError('The time spoken must be a whole number of seconds, at most a day.');
  if (input.answers.length > LIMITS.rehearsalAnswers)
    throw new LibraryInputError(`A rehearsal keeps at most ${LIMITS.rehearsalAnswers} answers.`);
  return { seconds: input.seconds, answers: input.answers.map((a, i) => checkAnswer(a, i + 1)) };
}

export async function logRehearsal(
  storyId: number,
  input: RehearsalInput,
  deps: Partial<LibraryDeps> = {},
): Promise<RehearsalRow> {
  const { db, now } = resolveDeps(deps);
  const clean = checkRehearsal(input);
  const at = now();
  return writeLibrary(db, ['stories', 'rehearsals'], async () => {
    if (!(await db.stories.get(storyId))) throw new NotInLibraryError('story', storyId);
    if ((await db.rehearsals.count()) >= LIMITS.rehearsals)
      throw new LibraryInputError(
        `Your library holds ${LIMITS.rehearsals.toLocaleString('en')} rehearsals, the most it can: delete old ones first.`,
      );
    const row = { storyId, at, seconds: clean.seconds, answers: [...clean.answers] };
    const id = await db.rehearsals.add(row as RehearsalRow);
    return { ...row, id };
  });
}

export async function deleteRehearsal(id: number, db: LibraryDB = libraryDb): Promise<RehearsalRow | undefined> {
  return writeLibrary(db, ['rehearsals'], async () => {
    const row = await db.rehearsals.get(id);
    if (row) await db.rehearsals.delete(id);
    return row;
  });
}

/** Undo of deleteRehearsal. */
export async function restoreRehearsal(row: RehearsalRow, db: LibraryDB = libraryDb): Promise<RehearsalRow> {
  return writeLibrary(db, ['stories', 'rehearsals'], async () => {
    if (!(await db.stories.get(row.storyId))) throw new NotInLibraryError('story', row.storyId);
    if (!(await db.rehearsals.get(row.id)) && (await db.rehearsals.count()) >= LIMITS.rehearsals)
      throw new LibraryInputError('Your library is full of rehearsals, so this one cannot come back.');
    await db.rehearsals.put(row);
    return row;
  });
}

/** A story's rehearsals, oldest first; all stories' when `storyId` is absent. */
export async function listRehearsals(storyId?: number, db: LibraryDB = libraryDb): Promise<RehearsalRow[]> {
  const rows =
    storyId === undefined
      ? await db.rehearsals.toArray()
      : await db.rehearsals.where('storyId').equals(storyId).toArray();
  return rows.sort((a, b) => a.at - b.at || a.id - b.id);
}
