/**
 * The library's one IndexedDB database. Schema strings list only keys and indexed fields.
 * Versions are only ever added: version 1 is what the first release wrote; version 2 adds
 * the dedupe key, the search words, principles per snippet as a list, unique story titles and
 * a story score history, and its upgrade (./upgrade-v2) fills them for rows written by version 1.
 * Version 3 makes writes cheaper: it drops the `band` index, which nothing reads; its
 * snippets' search words leave out stopwords and lone letters.
 * Version 4 adds the `meta` table, which queues the snippets whose search words are still to be
 * written, so neither an import nor an upgrade writes them while the user waits
 * (./words-backfill). Its upgrade queues every snippet: that rewrites, in the background,
 * the words version 2 wrote, which version 3's upgrade used to rewrite while the panel waited
 * 10 seconds for 10,000 snippets (a database already at version 3 is only read, once).
 * Version 5 adds the interview preparation: each story's decision log (`decisions`), its OSF
 * map (`osfMaps`), its rehearsals, and the interview dates; new tables only, so no upgrade.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { DEFAULT_PRINCIPLES } from './data/default-principles';
import {
  WORDS_QUEUE,
  type DecisionRow,
  type InterviewRow,
  type MetaRow,
  type OsfMapRow,
  type PrincipleRow,
  type RehearsalRow,
  type SnippetRow,
  type StoryRow,
  type TemplateRow,
  type WordsQueue,
} from './model';
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

export const SCHEMA_V4 = { ...SCHEMA_V3, meta: 'name' } as const;

/** `storyId` lists a story's entries, and deletes them with it; `companyKey` keeps one date per company. */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  decisions: '++id, storyId',
  osfMaps: 'storyId',
  rehearsals: '++id, storyId',
  interviews: '++id, &companyKey',
} as const;

/** Version 4's upgrade: every snippet's words are checked again, in the background. */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const ids = (await tx.table('snippets').toCollection().primaryKeys()) as number[];
  if (ids.length > 0) await tx.table('meta').put({ name: WORDS_QUEUE, ids } satisfies WordsQueue);
}

export class LibraryDB extends Dexie {
  snippets!: EntityTable<SnippetRow, 'id'>;
  stories!: EntityTable<StoryRow, 'id'>;
  templates!: EntityTable<TemplateRow, 'id'>;
  principles!: EntityTable<PrincipleRow, 'name'>;
  meta!: EntityTable<MetaRow, 'name'>;
  decisions!: EntityTable<DecisionRow, 'id'>;
  osfMaps!: EntityTable<OsfMapRow, 'storyId'>;
  rehearsals!: EntityTable<RehearsalRow, 'id'>;
  interviews!: EntityTable<InterviewRow, 'id'>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    // Version 3's word rewrite now runs in the background, queued by version 4's upgrade.
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.version(5).stores(SCHEMA_V5);
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

/** The tables of the user's data: what export writes and import merges. */
export const ALL_TABLES = [
  'snippets',
  'stories',
  'templates',
  'principles',
  'decisions',
  'osfMaps',
  'rehearsals',
  'interviews',
] as const;
export type LibraryTable = (typeof ALL_TABLES)[number];
