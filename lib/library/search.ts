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
 *
 * Words are those the `words` index holds: stopwords and lone letters are not indexed, and a
 * query term that is a stopword is ignored unless the query has no other (see ./text).
 */
import Dexie from 'dexie';
import { libraryDb, type LibraryDB } from './db';
import { bandRank, type Band, type SnippetRow } from './model';
import {
  FIELD_WEIGHT,
  highestFirst,
  newestFirst,
  passesFilters,
  searchIndexOf,
  type IndexFilters,
} from './search-index';
import { indexWords, queryTerms, unique } from './text';
import { wordsPending } from './words-backfill';

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
function termWeight({ words, wordFields }: ReturnType<typeof indexWords>, term: string): number {
  const i = words.findIndex((w) => w.startsWith(term));
  if (i < 0) return 0;
  const [textEnd, tagsEnd] = wordFields;
  return i < textEnd ? FIELD_WEIGHT.text : i < tagsEnd ? FIELD_WEIGHT.tags : FIELD_WEIGHT.note;
}

/** Ranks by the row's words computed from its fields: stored ones may still wait in the words queue. */
export function relevance(row: Pick<SnippetRow, 'text' | 'tags' | 'note'>, terms: readonly string[]): number {
  const words = indexWords(row.text, row.tags, row.note);
  let sum = 0;
  for (const term of terms) {
    const weight = termWeight(words, term);
    if (weight === 0) return 0;
    sum += weight;
  }
  return sum;
}

/** A search goes through the `words` index only with a term at least this long: shorter prefixes begin most words. */
export const WORDS_INDEX_MIN_TERM = 2;
/**
 * A search through the `words` index reads at most this many of its entries, then the rows they
 * point to. Measured in Chromium with 10,000 snippets: an index entry costs about 13 µs to read
 * and a row about 35 µs, so once a prefix begins thousands of words, reading every row into the
 * in-memory index costs no more, and that index then serves every later search.
 */
export const WORDS_INDEX_MAX_ENTRIES = 2_000;

/** The query's filters as the in-memory index takes them: the minimum band as its rank. */
function filtersOf(query: SnippetQuery): IndexFilters {
  return {
    tag: query.tag,
    principle: query.principle,
    storyId: query.storyId,
    minBand: query.minBand === undefined ? undefined : bandRank(query.minBand),
  };
}

/** Every term must begin an indexed word of the row, and every filter must hold, as in the in-memory index. */
function matches(row: SnippetRow, terms: readonly string[], filters: IndexFilters): boolean {
  return (
    passesFilters(
      { tags: row.tags, principles: row.principles, storyId: row.storyId, band: bandRank(row.band) },
      filters,
    ) && relevance(row, terms) > 0
  );
}

/**
 * A search before the in-memory index is ready, when no snippet waits for its words (see
 * ./words-backfill). Each term long enough looks up the snippets
 * with a word it begins in the `words` index (primary keys only, at most
 * WORDS_INDEX_MAX_ENTRIES entries); the terms that stay under that bound narrow the candidates,
 * and only those rows are read, then filtered and ranked here exactly as the in-memory index
 * ranks. Undefined when no term is long enough or narrow enough, or while snippets wait for
 * their words: then the in-memory index answers.
 */
async function searchWordsIndex(
  db: LibraryDB,
  terms: readonly string[],
  query: SnippetQuery,
  sort: SnippetSort,
  offset: number,
  limit: number,
): Promise<SnippetPage | undefined> {
  const lookups = terms.filter((t) => t.length >= WORDS_INDEX_MIN_TERM);
  if (lookups.length === 0) return undefined;
  // One read transaction: the keys and the rows they point to are one snapshot.
  const rows = await db.transaction('r', [db.snippets, db.meta], async () => {
    // Snippets in the words queue are missing from the words index, or indexed as version 2 did.
    if (await wordsPending(db)) return undefined;
    const found = await Promise.all(
      lookups.map(
        (t) =>
          db.snippets
            .where('words')
            .startsWith(t)
            .limit(WORDS_INDEX_MAX_ENTRIES + 1)
            .primaryKeys() as Promise<number[]>,
      ),
    );
    const narrow = found.filter((keys) => keys.length <= WORDS_INDEX_MAX_ENTRIES).sort((a, b) => a.length - b.length);
    if (narrow.length === 0) return undefined;
    let ids = unique(narrow[0]!);
    for (const keys of narrow.slice(1)) {
      const other = new Set(keys);
      ids = ids.filter((id) => other.has(id));
    }
    return db.snippets.bulkGet(ids);
  });
  if (!rows) return undefined;
  const filters = filtersOf(query);
  const found = rows.filter((row): row is SnippetRow => row !== undefined && matches(row, terms, filters));
  if (sort === 'relevance') {
    const rank = new Map(found.map((row) => [row.id, relevance(row, terms)]));
    found.sort((a, b) => rank.get(b.id)! - rank.get(a.id)! || highestFirst(a, b));
  } else found.sort(sort === 'score' ? highestFirst : newestFirst);
  return { items: found.slice(offset, offset + limit), total: found.length, terms: [...terms] };
}

/** Builds the in-memory index after this search, outside its zone (a live query's or a transaction's). */
function buildLater(db: LibraryDB): void {
  setTimeout(() => void Dexie.ignoreTransaction(() => searchIndexOf(db).sync()).catch(() => undefined), 0);
}

/**
 * Text and filters are answered from the in-memory index (./search-index), and only the page's
 * rows are read. Until that index is ready (a panel just opened, or a bulk write such as an
 * import just landed), IndexedDB's own indexes answer what they can without reading the whole
 * library: a plain listing walks the sort index, so the panel's first list never waits for it,
 * and a text search with a long enough term goes through the `words` index.
 */
export async function searchSnippets(query: SnippetQuery = {}, db: LibraryDB = libraryDb): Promise<SnippetPage> {
  const terms = queryTerms(query.text ?? '');
  const offset = Math.max(0, query.offset ?? 0);
  const limit = Math.max(0, query.limit ?? DEFAULT_PAGE_SIZE);
  const sort = query.sort ?? 'relevance';
  const index = searchIndexOf(db);
  const plain =
    terms.length === 0 &&
    query.tag === undefined &&
    query.principle === undefined &&
    query.storyId === undefined &&
    query.minBand === undefined;

  if (plain && !index.ready) {
    // After a bulk write the index is rebuilt for the next keystroke; before its first build,
    // that is the panel's call (prepareSearch), once the first list is on screen.
    if (index.built) buildLater(db);
    const ordered = sort === 'score' ? db.snippets.orderBy('[score+updatedAt]') : db.snippets.orderBy('updatedAt');
    const [items, total] = await Promise.all([
      ordered.reverse().offset(offset).limit(limit).toArray(),
      db.snippets.count(),
    ]);
    return { items, total, terms };
  }

  // First, before any other await: one read over the whole table, so that inside liveQuery a
  // write to any snippet runs this search again (what follows may leave the query's zone).
  await db.snippets.limit(1).toArray();
  if (!index.ready) {
    const page = await searchWordsIndex(db, terms, query, sort, offset, limit);
    if (page) {
      buildLater(db);
      return page;
    }
  }
  await index.sync();
  const { ids, total } = index.query({ terms, ...filtersOf(query), sort, offset, limit });
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
