/**
 * Search as you type, filters, sorting and paging over snippets. Everything here only reads
 * through Dexie, so each function can run inside `liveQuery` and every open panel re-renders
 * when another one changes the library.
 *
 * Ranking of a text search (sort 'relevance'): every term must be a prefix of some word of the
 * snippet's text, tags or note (terms are ANDed). A term scores by the best field it matches:
 * text 4, tag 2, note 1; a snippet's relevance is the sum over terms. Ties go to the higher
 * score, then the more recently updated, then the higher id. Without a text, 'relevance'
 * means 'newest'.
 */
import { libraryDb, type LibraryDB } from './db';
import { bandRank, BANDS, type Band, type SnippetRow } from './model';
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
export const FIELD_WEIGHT = { text: 4, tags: 2, note: 1 } as const;

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

const newest = (a: SnippetRow, b: SnippetRow) => b.updatedAt - a.updatedAt || b.id - a.id;
const byScore = (a: SnippetRow, b: SnippetRow) => b.score - a.score || newest(a, b);

function matchesFilters(row: SnippetRow, q: SnippetQuery): boolean {
  if (q.tag !== undefined && !row.tags.includes(q.tag)) return false;
  if (q.principle !== undefined && !row.principles.includes(q.principle)) return false;
  if (q.storyId !== undefined && row.storyId !== q.storyId) return false;
  if (q.minBand !== undefined && bandRank(row.band) < bandRank(q.minBand)) return false;
  return true;
}

/**
 * The rows to rank, read through the most selective index the query offers; undefined when it
 * offers none. Chosen synchronously: inside liveQuery, awaiting a promise that no Dexie call
 * settles (an async function that returns at once) loses the query's tracking zone, and the
 * reads after it would no longer wake the query up.
 */
function candidates(db: LibraryDB, q: SnippetQuery, terms: string[]): (() => Promise<SnippetRow[]>) | undefined {
  if (terms.length > 0) {
    return async () => {
      // The longest term is usually the rarest prefix; the others are checked on the loaded rows.
      const longest = terms.reduce((a, b) => (b.length > a.length ? b : a));
      const ids = await db.snippets.where('words').startsWith(longest).primaryKeys();
      return (await db.snippets.bulkGet([...new Set(ids)])).filter((r): r is SnippetRow => r !== undefined);
    };
  }
  if (q.tag !== undefined) return () => db.snippets.where('tags').equals(q.tag!).toArray();
  if (q.storyId !== undefined) return () => db.snippets.where('storyId').equals(q.storyId!).toArray();
  if (q.principle !== undefined) return () => db.snippets.where('principles').equals(q.principle!).toArray();
  if (q.minBand !== undefined) {
    const bands = BANDS.filter((b) => bandRank(b) >= bandRank(q.minBand!));
    return () => db.snippets.where('band').anyOf(bands).toArray();
  }
  return undefined;
}

export async function searchSnippets(query: SnippetQuery = {}, db: LibraryDB = libraryDb): Promise<SnippetPage> {
  const terms = queryTerms(query.text ?? '');
  const offset = Math.max(0, query.offset ?? 0);
  const limit = Math.max(0, query.limit ?? DEFAULT_PAGE_SIZE);
  const sort = query.sort ?? 'relevance';

  const read = candidates(db, query, terms);
  if (!read) {
    // No text and no filter: walk the sort index and read only the page (10,000 rows stay cheap).
    const ordered = sort === 'score' ? db.snippets.orderBy('[score+updatedAt]') : db.snippets.orderBy('updatedAt');
    const [items, total] = await Promise.all([ordered.reverse().offset(offset).limit(limit).toArray(), db.snippets.count()]);
    return { items, total, terms };
  }

  let matches = (await read()).filter((row) => matchesFilters(row, query));
  if (terms.length > 0) {
    const ranked = matches.map((row) => ({ row, rank: relevance(row, terms) })).filter((r) => r.rank > 0);
    if (sort === 'relevance') ranked.sort((a, b) => b.rank - a.rank || byScore(a.row, b.row));
    matches = ranked.map((r) => r.row);
    if (sort !== 'relevance') matches.sort(sort === 'score' ? byScore : newest);
  } else {
    matches.sort(sort === 'score' ? byScore : newest);
  }
  return { items: matches.slice(offset, offset + limit), total: matches.length, terms };
}

/** Every tag in use, sorted, for the tag filter. */
export async function listTags(db: LibraryDB = libraryDb): Promise<string[]> {
  return (await db.snippets.orderBy('tags').uniqueKeys()) as string[];
}

export function countSnippets(db: LibraryDB = libraryDb): Promise<number> {
  return db.snippets.count();
}
