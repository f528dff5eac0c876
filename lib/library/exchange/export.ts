/** Export All: every table read in one transaction, so the file is one consistent snapshot. */
import { ALL_TABLES, libraryDb, type LibraryDB } from '../db';
import {
  fileChecksum,
  inKeyOrder,
  LIBRARY_FILE_FORMAT,
  LIBRARY_FILE_VERSION,
  type LibraryFile,
  type LibraryTables,
} from './format';

export async function readLibraryTables(db: LibraryDB = libraryDb): Promise<LibraryTables> {
  return db.transaction('r', [...ALL_TABLES], async () => {
    const [principles, snippets, stories, templates, decisions, osfMaps, rehearsals, interviews] = await Promise.all([
      db.principles.orderBy('position').toArray(),
      db.snippets.toArray(),
      db.stories.toArray(),
      db.templates.toArray(),
      db.decisions.toArray(),
      db.osfMaps.toArray(),
      db.rehearsals.toArray(),
      db.interviews.toArray(),
    ]);
    return {
      principles,
      snippets: snippets.map(({ normalized: _n, words: _w, wordFields: _f, ...rest }) => rest),
      stories: stories.map(({ titleKey: _t, ...rest }) => rest),
      templates: templates.map(({ textKey: _t, ...rest }) => rest),
      decisions,
      osfMaps,
      rehearsals,
      interviews: interviews.map(({ companyKey: _c, ...rest }) => rest),
    };
  });
}

export async function exportLibrary(db: LibraryDB = libraryDb, now: () => number = Date.now): Promise<LibraryFile> {
  const tables = await readLibraryTables(db);
  // The checksum is computed outside the transaction: awaiting crypto inside one would end it.
  // Keys in canonical order, so the checksum here and on import is JSON.stringify's text, with no sorted copy.
  const body = inKeyOrder({
    format: LIBRARY_FILE_FORMAT,
    version: LIBRARY_FILE_VERSION,
    exportedAt: now(),
    ...tables,
  } as const);
  // "checksum" sorts before every other key of the file, so the whole file stays in canonical order.
  return { checksum: await fileChecksum(body), ...body };
}

/** The file's text, ready for a download. */
export async function exportLibraryJson(db: LibraryDB = libraryDb, now: () => number = Date.now): Promise<string> {
  return JSON.stringify(await exportLibrary(db, now));
}

export function exportFileName(at: number = Date.now()): string {
  return `ownership-lens-library-${new Date(at).toISOString().slice(0, 10)}.json`;
}
