/**
 * The library's one IndexedDB database. Schema strings list only keys and indexed fields.
 * Versions are only ever added: version 1 is what the first release wrote; version 2 adds
 * the dedupe key, the search words, principles per snippet as a list, unique story titles and
 * a story score history, and its upgrade (./upgrade-v2) fills them for rows written by version 1.
 * Version 3 makes writes cheaper: it drops the `band` index, which nothing reads, and its
 * upgrade (./upgrade-v3) takes stopwords and lone letters out of every snippet's search words.
 */
import Dexie, { type EntityTable } from 'dexie';
import { DEFAULT_PRINCIPLES } from './data/default-principles';
import type { PrincipleRow, SnippetRow, StoryRow, TemplateRow } from './model';
import { upgradeToV2 } from './upgrade-v2';
import { upgradeToV3 } from './upgrade-v3';

export const LIBRARY_DB_NAME = 'ownership-lens-library';

/** Version 1: one principle per snippet, no search words or dedupe key, stories keep only their latest score. */
export const SCHEMA_V1 = {
  snippets: '++id, principle, *tags, storyId, score, createdAt',
  stories: '++id, title',
  templates: '++id, scope, &[scope+textKey]',
  principles: 'name, position',
} as const;

export const SCHEMA_V2 = {
  snippets: '++id, &normalized, *words, *tags, *principles, storyId, band, updatedAt, [score+updatedAt]',
  stories: '++id, &titleKey, *principles, updatedAt',
  templates: '++id, scope, &[scope+textKey]',
  principles: 'name, position',
} as const;

/**
 * Every snippet index costs IndexedDB work on each write (an import of 10,000 snippets writes
 * each entry of each index), so only indexes something reads are kept:
 * - `normalized`: the dedupe key, unique (save, edit, Undo);
 * - `words`: the search words, one entry per word (the first search, before the in-memory
 *   search index is built, see ./search);
 * - `tags`: the tag filter's list (listTags); `principles`: renaming or removing a principle;
 * - `storyId`: a story's snippets (coverage grid, deleting a story);
 * - `updatedAt` and `[score+updatedAt]`: the list, newest first or by score, before the
 *   in-memory index is built (the panel's first list).
 * Filters by band are answered from the in-memory index, so `band` is not indexed.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  snippets: '++id, &normalized, *words, *tags, *principles, storyId, updatedAt, [score+updatedAt]',
} as const;

export class LibraryDB extends Dexie {
  snippets!: EntityTable<SnippetRow, 'id'>;
  stories!: EntityTable<StoryRow, 'id'>;
  templates!: EntityTable<TemplateRow, 'id'>;
  principles!: EntityTable<PrincipleRow, 'name'>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    // Runs only when the database is first created, never on upgrade.
    this.on('populate', (tx) => tx.table('principles').bulkAdd(defaultPrincipleRows()));
  }
}

export function defaultPrincipleRows(): PrincipleRow[] {
  return DEFAULT_PRINCIPLES.map((name, position) => ({ name, position }));
}

/** Opens (lazily, on first use) a library database; tests pass their own name. */
export function openLibrary(
  name: string = LIBRARY_DB_NAME,
  options?: ConstructorParameters<typeof Dexie>[1],
): LibraryDB {
  return new LibraryDB(name, options);
}

/** The extension's library. */
export const libraryDb: LibraryDB = openLibrary();

export const ALL_TABLES = ['snippets', 'stories', 'templates', 'principles'] as const;
