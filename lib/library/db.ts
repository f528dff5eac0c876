/**
 * The library's one IndexedDB database. Schema strings list only keys and indexed fields.
 * Versions are only ever added: version 1 is what the first release wrote; version 2 adds
 * the dedupe key, the search words, principles per snippet as a list, unique story titles and
 * a story score history, and its upgrade (./upgrade-v2) fills them for rows written by version 1.
 */
import Dexie, { type EntityTable } from 'dexie';
import { DEFAULT_PRINCIPLES } from './data/default-principles';
import type { PrincipleRow, SnippetRow, StoryRow, TemplateRow } from './model';
import { upgradeToV2 } from './upgrade-v2';

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

export class LibraryDB extends Dexie {
  snippets!: EntityTable<SnippetRow, 'id'>;
  stories!: EntityTable<StoryRow, 'id'>;
  templates!: EntityTable<TemplateRow, 'id'>;
  principles!: EntityTable<PrincipleRow, 'name'>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    // Runs only when the database is first created, never on upgrade.
    this.on('populate', (tx) => tx.table('principles').bulkAdd(defaultPrincipleRows()));
  }
}

export function defaultPrincipleRows(): PrincipleRow[] {
  return DEFAULT_PRINCIPLES.map((name, position) => ({ name, position }));
}

/** Opens (lazily, on first use) a library database; tests pass their own name. */
export function openLibrary(name: string = LIBRARY_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]): LibraryDB {
  return new LibraryDB(name, options);
}

/** The extension's library. */
export const libraryDb: LibraryDB = openLibrary();

export const ALL_TABLES = ['snippets', 'stories', 'templates', 'principles'] as const;
