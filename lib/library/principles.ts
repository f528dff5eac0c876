/**
 * The editable list of leadership principles. Snippets and stories refer to a principle by
 * its name, so renaming and removing cascade to them in the same transaction.
 */
import { libraryDb, type LibraryDB } from './db';
import { LibraryInputError, NotInLibraryError } from './errors';
import { LIMITS } from './limits';
import type { PrincipleRow } from './model';
import { writeLibrary } from './quota';
import { unique } from './text';

/**
 * `names`, once each, after checking every one is in the library's list; throws
 * NotInLibraryError for the first that is not. Used inside write transactions, so it returns
 * Dexie's own promise and always reads the database (see ./snippets on PrematureCommitError).
 */
export function requirePrinciples(db: LibraryDB, names: readonly string[]): Promise<string[]> {
  const wanted = unique(names);
  return db.principles.bulkGet(wanted).then((found) => {
    const missing = wanted.find((_, i) => !found[i]);
    if (missing !== undefined) throw new NotInLibraryError('principle', missing);
    return wanted;
  });
}

/** The names of `names` still in the list, in their order (Dexie's promise, as above). */
export function principlesStillListed(db: LibraryDB, names: readonly string[]): Promise<string[]> {
  return db.principles.bulkGet([...names]).then((found) => names.filter((_, i) => found[i]));
}

/** Names in the user's order. */
export async function listPrinciples(db: LibraryDB = libraryDb): Promise<string[]> {
  return (await db.principles.orderBy('position').toArray()).map((p) => p.name);
}

function checkName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new LibraryInputError('A principle needs a name.');
  if (clean.length > LIMITS.principleName)
    throw new LibraryInputError(`A principle's name can be at most ${LIMITS.principleName} characters.`);
  return clean;
}

async function nextPosition(db: LibraryDB): Promise<number> {
  const last = await db.principles.orderBy('position').last();
  return last ? last.position + 1 : 0;
}

export async function addPrinciple(name: string, db: LibraryDB = libraryDb): Promise<PrincipleRow> {
  const clean = checkName(name);
  return writeLibrary(db, ['principles'], async () => {
    if (await db.principles.get(clean)) throw new LibraryInputError(`"${clean}" is already in the list.`);
    if ((await db.principles.count()) >= LIMITS.principles)
      throw new LibraryInputError(`The list can hold at most ${LIMITS.principles} principles.`);
    const row = { name: clean, position: await nextPosition(db) };
    await db.principles.add(row);
    return row;
  });
}

export async function renamePrinciple(from: string, to: string, db: LibraryDB = libraryDb): Promise<void> {
  const clean = checkName(to);
  await writeLibrary(db, ['principles', 'snippets', 'stories'], async () => {
    const row = await db.principles.get(from);
    if (!row) throw new NotInLibraryError('principle', from);
    if (clean === from) return;
    if (await db.principles.get(clean)) throw new LibraryInputError(`"${clean}" is already in the list.`);
    await db.principles.delete(from);
    await db.principles.add({ name: clean, position: row.position });
    const rename = (list: string[]) => unique(list.map((p) => (p === from ? clean : p)));
    await db.snippets
      .where('principles')
      .equals(from)
      .modify((s) => void (s.principles = rename(s.principles)));
    await db.stories
      .where('principles')
      .equals(from)
      .modify((s) => void (s.principles = rename(s.principles)));
  });
}

/** Removes a principle from the list and from every snippet and story that had it. */
export async function removePrinciple(name: string, db: LibraryDB = libraryDb): Promise<void> {
  await writeLibrary(db, ['principles', 'snippets', 'stories'], async () => {
    if (!(await db.principles.get(name))) throw new NotInLibraryError('principle', name);
    await db.principles.delete(name);
    const drop = (list: string[]) => list.filter((p) => p !== name);
    await db.snippets
      .where('principles')
      .equals(name)
      .modify((s) => void (s.principles = drop(s.principles)));
    await db.stories
      .where('principles')
      .equals(name)
      .modify((s) => void (s.principles = drop(s.principles)));
  });
}

/** Sets the order; `names` must list every principle exactly once. */
export async function reorderPrinciples(names: readonly string[], db: LibraryDB = libraryDb): Promise<void> {
  await writeLibrary(db, ['principles'], async () => {
    const current = await db.principles.toArray();
    const same =
      names.length === current.length &&
      new Set(names).size === names.length &&
      current.every((p) => names.includes(p.name));
    if (!same) throw new LibraryInputError('The new order must list every principle once.');
    await db.principles.bulkPut(names.map((name, position) => ({ name, position })));
  });
}
