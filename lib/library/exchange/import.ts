/**
 * Import of a library file. The file is validated whole before the first write; then every
 * table is merged in one read-write transaction, so a failure part-way (a quota error, a
 * closed tab) leaves the library exactly as it was.
 *
 * Merging: snippets match on their normalised text, stories on their title, templates on
 * scope and text, principles on name; matches merge by the rules in ../merge. A row keeps its
 * id from the file when the library has no row with that id and the id is at most
 * KEPT_ID_CEILING (so a backup restored into an empty library comes back identical); otherwise
 * it gets a new one, and the snippets of a story follow it. Principles merge like the rest: the file's new ones are appended to the
 * library's list, and none of the library's (the defaults included) is removed or reordered.
 *
 * Snippets are written without their search words, and queued for the words pass
 * (../words-backfill), which fills them after the commit.
 *
 * The report counts each row of the file once: added (a new row), updated (it changed a row
 * already there, or one added earlier from the same file), or skipped (nothing changed).
 */
import { ALL_TABLES, libraryDb, type LibraryDB } from '../db';
import { LIMITS } from '../limits';
import { mergeSnippets, mergeStories, mergeTemplates, tooManyTags } from '../merge';
import type { PrincipleRow, SnippetRow, StoryRow, TemplateRow } from '../model';
import { writeLibrary } from '../quota';
import { cleanTags, normalizeText, normalizeTitle, unique } from '../text';
import { queueWords } from '../words-backfill';
import { canonicalJson, type LibraryFile } from './format';
import { fail } from './shape';
import { parseLibraryFile, readLibraryFile } from './validate';

export interface ImportCounts {
  added: number;
  updated: number;
  skipped: number;
}

export interface ImportReport {
  principles: ImportCounts;
  snippets: ImportCounts;
  stories: ImportCounts;
  templates: ImportCounts;
}

/**
 * A row keeps its id from the file only up to here. IndexedDB's key generator continues from
 * the largest id stored, and stops for good past 2^53 ("Maximum key generator value reached"):
 * a file id near 2^53 − 1 would end every later save. Past this, a row gets a new id instead,
 * which leaves 2^52 ids for saves and imports to come.
 */
export const KEPT_ID_CEILING = 2 ** 52;

/** The library already holds ids so large that no new id fits in the safe range. */
export class LibraryIdsExhaustedError extends Error {
  override name = 'LibraryIdsExhaustedError';
  constructor() {
    super(
      'Your library already uses ids so large that the rows of this file cannot get new ones. Nothing was imported.',
    );
  }
}

const counts = (): ImportCounts => ({ added: 0, updated: 0, skipped: 0 });
/** Equal rows, derived search words aside: a snippet may still wait for them (../words-backfill). */
const same = (a: object, b: object) =>
  canonicalJson({ ...a, words: undefined, wordFields: undefined }) ===
  canonicalJson({ ...b, words: undefined, wordFields: undefined });

/**
 * Merges rows by key. `existing` are the library's rows; each incoming row is added, or merged
 * into the row with its key. Returns the rows to write and fills `tally`.
 */
function mergeByKey<T extends { id: number }>(
  existing: readonly T[],
  incoming: readonly T[],
  key: (row: T) => string,
  merge: (kept: T, other: T) => T,
  tally: ImportCounts,
  /** Throws for a merged row that would not fit a library file; `index` is the row's place in the file. */
  check: (merged: T, index: number) => void = () => undefined,
): { writes: T[]; idOf: Map<number, number> } {
  const byKey = new Map(existing.map((row) => [key(row), row]));
  const taken = new Set(existing.map((row) => row.id));
  const keepable = (id: number) => id <= KEPT_ID_CEILING && !taken.has(id);
  // New ids start past every id in the library and every id kept from the file, so none can collide.
  let nextId =
    [...existing, ...incoming.filter((r) => r.id <= KEPT_ID_CEILING)].reduce((max, r) => Math.max(max, r.id), 0) + 1;
  if (nextId + incoming.length > Number.MAX_SAFE_INTEGER) throw new LibraryIdsExhaustedError();
  const changed = new Map<number, T>();
  const idOf = new Map<number, number>();

  incoming.forEach((row, index) => {
    const k = key(row);
    const kept = byKey.get(k);
    if (kept) {
      const merged = merge(kept, { ...row, id: kept.id });
      check(merged, index);
      idOf.set(row.id, kept.id);
      if (same(merged, kept)) {
        tally.skipped++;
        return;
      }
      tally.updated++;
      byKey.set(k, merged);
      changed.set(kept.id, merged);
    } else {
      const id = keepable(row.id) ? row.id : nextId++;
      taken.add(id);
      const added = { ...row, id };
      idOf.set(row.id, id);
      tally.added++;
      byKey.set(k, added);
      changed.set(id, added);
    }
  });
  return { writes: [...changed.values()], idOf };
}

/** The file's principles that the library lacks are added after the library's own, in the file's order; none is removed. */
function mergePrinciples(library: readonly PrincipleRow[], file: readonly PrincipleRow[], tally: ImportCounts) {
  const names = new Set(library.map((p) => p.name));
  let position = Math.max(-1, ...library.map((p) => p.position)) + 1;
  const writes: PrincipleRow[] = [];
  for (const p of [...file].sort((a, b) => a.position - b.position)) {
    if (names.has(p.name)) tally.skipped++;
    else {
      tally.added++;
      writes.push({ name: p.name, position: position++ });
      names.add(p.name);
    }
  }
  return writes;
}

/** Refuses an import after which a table would hold more rows than a library file may: its export would not import. */
function checkRoom(table: keyof ImportReport, had: number, tally: ImportCounts, limit: number): void {
  if (had + tally.added > limit)
    fail(
      table,
      `your library has ${had.toLocaleString('en')} and the file adds ${tally.added.toLocaleString('en')}: together more than the ${limit.toLocaleString('en')} a library can hold`,
    );
}

/** Writes an already validated file into the library in one transaction. */
export async function importLibraryFile(file: LibraryFile, db: LibraryDB = libraryDb): Promise<ImportReport> {
  const report: ImportReport = { principles: counts(), snippets: counts(), stories: counts(), templates: counts() };
  return writeLibrary(db, [...ALL_TABLES, 'meta'], async () => {
    const [principles, stories, snippets, templates] = await Promise.all([
      db.principles.toArray(),
      db.stories.toArray(),
      db.snippets.toArray(),
      db.templates.toArray(),
    ]);
    const principleWrites = mergePrinciples(principles, file.principles, report.principles);

    const storyRows: StoryRow[] = file.stories.map((s) => ({
      ...s,
      principles: unique(s.principles),
      titleKey: normalizeTitle(s.title),
    }));
    const storyMerge = mergeByKey(stories, storyRows, (s) => s.titleKey, mergeStories, report.stories);

    const snippetRows: SnippetRow[] = file.snippets.map((s) => {
      const tags = cleanTags(s.tags);
      const row: SnippetRow = { ...s, tags, principles: unique(s.principles), normalized: normalizeText(s.text) };
      if (s.storyId !== undefined) row.storyId = storyMerge.idOf.get(s.storyId)!;
      return row;
    });
    const snippetMerge = mergeByKey(
      snippets,
      snippetRows,
      (s) => s.normalized,
      mergeSnippets,
      report.snippets,
      (s, i) => {
        if (tooManyTags(s))
          fail(
            `snippets[${i}].tags`,
            `merged with the same text in your library, this snippet would have ${s.tags.length} tags; at most ${LIMITS.tags}`,
          );
      },
    );

    const templateRows: TemplateRow[] = file.templates.map((t) => ({ ...t, textKey: normalizeText(t.text) }));
    const templateMerge = mergeByKey(
      templates,
      templateRows,
      (t) => `${t.scope}|${t.textKey}`,
      mergeTemplates,
      report.templates,
    );

    checkRoom('principles', principles.length, report.principles, LIMITS.principles);
    checkRoom('snippets', snippets.length, report.snippets, LIMITS.snippets);
    checkRoom('stories', stories.length, report.stories, LIMITS.stories);
    checkRoom('templates', templates.length, report.templates, LIMITS.templates);
    if (principleWrites.length) await db.principles.bulkPut(principleWrites);
    if (storyMerge.writes.length) await db.stories.bulkPut(storyMerge.writes);
    if (snippetMerge.writes.length) {
      // Written without search words, which are most of a write's cost: the words pass adds them after the commit.
      await db.snippets.bulkPut(snippetMerge.writes.map(({ words: _w, wordFields: _f, ...row }) => row));
      await queueWords(
        db,
        snippetMerge.writes.map((row) => row.id),
      );
    }
    if (templateMerge.writes.length) await db.templates.bulkPut(templateMerge.writes);
    return report;
  });
}

/**
 * Import from the file the user picked (a Blob) or its text. Throws LibraryFileError for a bad
 * file and StorageFullError when the browser's storage is full; in both cases nothing changed.
 */
export async function importLibrary(source: Blob | string, db: LibraryDB = libraryDb): Promise<ImportReport> {
  const file = typeof source === 'string' ? await parseLibraryFile(source) : await readLibraryFile(source);
  return importLibraryFile(file, db);
}
