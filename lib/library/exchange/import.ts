/**
 * Import of a library file. The file is validated whole before the first write; then every
 * table is merged in one read-write transaction, so a failure part-way (a quota error, a
 * closed tab) leaves the library exactly as it was.
 *
 * Merging: snippets match on their normalised text, stories on their title, templates on
 * scope and text, principles on name (decision logs, OSF maps, rehearsals and interview dates:
 * see ./import-prep); matches merge by the rules in ../merge. A row keeps its
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
import type { LibraryFile } from './format';
import { mergePrepTables } from './import-prep';
import { checkRoom, counts, mergeByKey, mergePrinciples, type ImportCounts, type ImportReport } from './merge-rows';
import { fail } from './shape';
import { parseLibraryFile, readLibraryFile } from './validate';

export { KEPT_ID_CEILING, LibraryIdsExhaustedError } from './merge-rows';
export type { ImportCounts, ImportReport };

/** Writes an already validated file into the library in one transaction. */
export async function importLibraryFile(file: LibraryFile, db: LibraryDB = libraryDb): Promise<ImportReport> {
  const report: ImportReport = {
    principles: counts(),
    snippets: counts(),
    stories: counts(),
    templates: counts(),
    decisions: counts(),
    osfMaps: counts(),
    rehearsals: counts(),
    interviews: counts(),
  };
  return writeLibrary(db, [...ALL_TABLES, 'meta'], async () => {
    const [principles, stories, snippets, templates, decisions, osfMaps, rehearsals, interviews] = await Promise.all([
      db.principles.toArray(),
      db.stories.toArray(),
      db.snippets.toArray(),
      db.templates.toArray(),
      db.decisions.toArray(),
      db.osfMaps.toArray(),
      db.rehearsals.toArray(),
      db.interviews.toArray(),
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
    const prep = mergePrepTables(file, { decisions, osfMaps, rehearsals, interviews }, storyMerge.idOf, report);
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
    if (prep.decisions.length) await db.decisions.bulkPut(prep.decisions);
    if (prep.osfMaps.length) await db.osfMaps.bulkPut(prep.osfMaps);
    if (prep.rehearsals.length) await db.rehearsals.bulkPut(prep.rehearsals);
    if (prep.interviews.length) await db.interviews.bulkPut(prep.interviews);
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
