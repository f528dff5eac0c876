/**
 * Search as you type, filters, sorting and paging over snippets. Everything here only reads,
 * so each function can run inside `liveQuery` and every open panel re-renders when another
 * one changes the library.
 *
 * Ranking of a text search (sort 'relevance'): every term must be a prefix of some word of the
 * snippet's text, tags or note (terms are ANDed). A term scores by the best field it matches:
 * text 4, tag 2, note 1; a snippet's relevance is the sum over terms. Ties go to the higher
 * score, then the more recently updated, then the higher id. Without a text, 'relevance'
 * means 'newest'.
 */
import { libraryDb, type LibraryDB } from './db';
import { bandRank, type Band, type SnippetRow } from './model';
import { FIELD_WEIGHT, searchIndexOf } from './search-index';
import { queryTerms } from './text';

export type SnippetSort = 'relevance' | 'newest' | 'score';

export interface SnippetQuery {
  text?: string;
  tag?: string;
  principle?: string;
  storyId?: number;
  minBand?: Band;
  sort?: SnippetSort;
  offset?: number;
  /** Page size; the UI asks for the rows it can show. */
  limit?: number;
}

export interface SnippetPage {
  items: SnippetRow[];
  /** Matches in all, for the scrollbar of a windowed list. */
  total: number;
  /** The query's terms, for highlighting word prefixes. */
  terms: string[];
}

export const DEFAULT_PAGE_SIZE = 50;
export { FIELD_WEIGHT };

/** The weight of the best field in which `term` begins a word, or 0. */
function termWeight(row: SnippetRow, term: string): number {
  const i = row.words.findIndex((w) => w.startsWith(term));
  if (i < 0) return 0;
  const [textEnd, tagsEnd] = row.wordFields;
  return i < textEnd ? FIELD_WEIGHT.text : i < tagsEnd ? FIELD_WEIGHT.tags : FIELD_WEIGHT.note;
}

export function relevance(row: SnippetRow, terms: readonly string[]): number {
  let sum = 0;
  for (const term of terms) {
    const weight = termWeight(row, term);
    if (weight === 0) return 0;
    sum += weight;
  }
  return sum;
}

/**
 * Text and filters are answered from the in-memory index (./search-index), and only the page's
 * rows are read. A plain listing before that index is built walks the sort index instead, so
 * the panel's first list never waits for the whole library to be read.
 */
export async function searchSnippets(query: SnippetQuery = {}, db: LibraryDB = libraryDb): Promise<SnippetPage> {
  const terms = queryTerms(query.text ?? '');
  const offset = Math.max(0, query.offset ?? 0);
  const limit = Math.max(0, query.limit ?? DEFAULT_PAGE_SIZE);
  const sort = query.sort ?? 'relevance';
  const index = searchIndexOf(db);
  const plain = terms.length === 0 && query.tag === undefined && query.principle === undefined && query.storyId === undefined && query.minBand === undefined;

  if (plain && !index.built) {
    const ordered = sort === 'score' ? db.snippets.orderBy('[score+updatedAt]') : db.snippets.orderBy('updatedAt');
    const [items, total] = await Promise.all([ordered.reverse().offset(offset).limit(limit).toArray(), db.snippets.count()]);
    return { items, total, terms };
  }

  // First, before any other await: one read over the whole table, so that inside liveQuery a
  // write to any snippet runs this search again (what follows may leave the query's zone).
  await db.snippets.limit(1).toArray();
  await index.sync();
  const { ids, total } = index.query({
    terms,
    tag: query.tag,
    principle: query.principle,
    storyId: query.storyId,
    minBand: query.minBand === undefined ? undefined : bandRank(query.minBand),
    sort,
    offset,
    limit,
  });
  // A row deleted since the index was read is left out; the deletion runs the query again.
  const items = (await db.snippets.bulkGet(ids)).filter((row): row is SnippetRow => row !== undefined);
  return { items, total, terms };
}

/** Builds the search index ahead of the first search, e.g. once the panel has shown its list. */
export function prepareSearch(db: LibraryDB = libraryDb): Promise<void> {
  return searchIndexOf(db).sync();
}

/** Every tag in use, sorted, for the tag filter. */
export async function listTags(db: LibraryDB = libraryDb): Promise<string[]> {
  return (await db.snippets.orderBy('tags').uniqueKeys()) as string[];
}

export function countSnippets(db: LibraryDB = libraryDb): Promise<number> {
  return db.snippets.count();
}
