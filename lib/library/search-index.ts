/**
 * An in-memory mirror of what search ranks by: each snippet's words (as vocabulary numbers),
 * where its fields end, its score, time, band, tags, principles and story. Measured in
 * Chromium with 10,000 snippets, reading the rows a one-letter prefix matches from IndexedDB
 * takes a second, and even the keys of its 40,000 index entries take 250 ms; ranking here
 * takes a few milliseconds, and only the page shown is read from the database.
 *
 * It stays true by listening to Dexie's `storagemutated` event, which reports the keys every
 * committed write touched, in this page and (through BroadcastChannel) in every other page of
 * the extension. Touched rows are marked and read again before the next search ranks; a write
 * over a range, or too many rows, marks everything. It is built, in chunks, by the first search
 * or by prepareSearch; until then a search with a long enough term is answered from the
 * `words` index in IndexedDB (see ./search).
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { LibraryDB } from './db';
import { bandRank, WORDS_QUEUE, type SnippetRow, type WordsQueue } from './model';
import { indexWords } from './text';

/** What a term is worth in the best field where it begins a word (see ./search). */
export const FIELD_WEIGHT = { text: 4, tags: 2, note: 1 } as const;
/** Past this many touched rows, reading everything again is as cheap as reading each. */
const FULL_RELOAD_AT = 500;
const BUILD_CHUNK = 2_000;

export interface IndexEntry {
  id: number;
  score: number;
  updatedAt: number;
  band: number;
  storyId: number | undefined;
  tags: readonly string[];
  principles: readonly string[];
  /** Vocabulary numbers of the row's `words`, in its order: text's, then tags', then the note's. */
  words: Int32Array;
  textEnd: number;
  tagsEnd: number;
}

export interface IndexQuery {
  terms: readonly string[];
  tag?: string;
  principle?: string;
  storyId?: number;
  minBand?: number;
  sort: 'relevance' | 'newest' | 'score';
  offset: number;
  limit: number;
}

/** The filters of a query, with the minimum band as its rank (see bandRank). */
export type IndexFilters = Pick<IndexQuery, 'tag' | 'principle' | 'storyId' | 'minBand'>;

/** Whether an entry, or a row with its band as a rank, passes every filter of `q`. */
export function passesFilters(
  e: Pick<IndexEntry, 'tags' | 'principles' | 'storyId' | 'band'>,
  q: IndexFilters,
): boolean {
  return (
    (q.tag === undefined || e.tags.includes(q.tag)) &&
    (q.principle === undefined || e.principles.includes(q.principle)) &&
    (q.storyId === undefined || e.storyId === q.storyId) &&
    (q.minBand === undefined || e.band >= q.minBand)
  );
}

/** What the list orders by; an entry and a row alike. */
type Ordered = Pick<IndexEntry, 'id' | 'score' | 'updatedAt'>;

export const newestFirst = (a: Ordered, b: Ordered) => b.updatedAt - a.updatedAt || b.id - a.id;
export const highestFirst = (a: Ordered, b: Ordered) => b.score - a.score || newestFirst(a, b);

/** Every word seen, numbered, with a sorted list for prefix lookups. Words are never removed: an unused one matches nothing. */
class Vocabulary {
  private readonly numbers = new Map<string, number>();
  private readonly words: string[] = [];
  /** Word numbers in code-unit order, the order IndexedDB keys use. */
  private sorted: number[] = [];
  private unsorted: number[] = [];

  numberOf(word: string): number {
    let n = this.numbers.get(word);
    if (n === undefined) {
      n = this.words.length;
      this.words.push(word);
      this.numbers.set(word, n);
      this.unsorted.push(n);
    }
    return n;
  }

  private settle(): void {
    if (this.unsorted.length === 0) return;
    const byWord = (a: number, b: number) => (this.words[a]! < this.words[b]! ? -1 : 1);
    if (this.unsorted.length > 64) {
      this.sorted = [...this.sorted, ...this.unsorted].sort(byWord);
    } else {
      for (const n of this.unsorted) this.sorted.splice(this.lowerBound(this.words[n]!), 0, n);
    }
    this.unsorted = [];
  }

  private lowerBound(word: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[this.sorted[mid]!]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A flag per word number: 1 where the word begins with `prefix`. Null when none does. */
  prefixMask(prefix: string): Uint8Array | null {
    this.settle();
    let mask: Uint8Array | null = null;
    for (let i = this.lowerBound(prefix); i < this.sorted.length; i++) {
      const n = this.sorted[i]!;
      if (!this.words[n]!.startsWith(prefix)) break;
      mask ??= new Uint8Array(this.words.length);
      mask[n] = 1;
    }
    return mask;
  }
}

/** Removes or inserts an entry in an array kept in `order` (a total order, so its place is exact). */
function placeOf(
  list: readonly IndexEntry[],
  entry: IndexEntry,
  order: (a: IndexEntry, b: IndexEntry) => number,
): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (order(list[mid]!, entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type Dirty = Set<number> | 'all';

/** A Dexie RangeSet as it arrives, possibly a plain clone from another page: a tree of {from, to, l, r}. */
interface RangeNode {
  from?: unknown;
  to?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

/** The keys in a range set, or 'all' when it holds a range rather than single keys, or too many. */
function keysOf(node: RangeNode | undefined, into: Set<number>): boolean {
  const stack: RangeNode[] = node ? [node] : [];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if ('from' in n) {
      if (typeof n.from !== 'number' || n.from !== n.to) return false;
      into.add(n.from);
      if (into.size > FULL_RELOAD_AT) return false;
    }
    if (n.l) stack.push(n.l);
    if (n.r) stack.push(n.r);
  }
  return true;
}

export class SnippetSearchIndex {
  private entries = new Map<number, IndexEntry>();
  private readonly vocabulary = new Vocabulary();
  private byScore: IndexEntry[] = [];
  private byNewest: IndexEntry[] = [];
  private dirty: Dirty = 'all';
  private syncing: Promise<void> | undefined;
  private rebuilding = false;
  private readonly part: string;
  private readonly onMutation = (parts: ObservabilitySet) => this.mark(parts as unknown as Record<string, RangeNode>);

  constructor(private readonly db: LibraryDB) {
    this.part = `idb://${db.name}/snippets/`;
    Dexie.on('storagemutated', this.onMutation);
  }

  dispose(): void {
    Dexie.on('storagemutated').unsubscribe(this.onMutation);
  }

  /** True once built and with no row waiting to be read again. */
  get current(): boolean {
    return this.dirty !== 'all' && this.dirty.size === 0 && this.syncing === undefined;
  }

  /** Whether a first build has finished (it may have touched rows to read again). */
  built = false;

  /** Built, and not waiting for a full rebuild: a sync() now reads at most the rows touched since. */
  get ready(): boolean {
    return this.built && this.dirty !== 'all' && !this.rebuilding;
  }

  private mark(parts: Record<string, RangeNode>): void {
    if (this.dirty === 'all') return;
    const set = parts[this.part];
    if (!set) return;
    const touched = new Set<number>(this.dirty);
    this.dirty = keysOf(set, touched) ? touched : 'all';
  }

  /** Reads what changed since the last search; the first call reads everything. */
  sync(): Promise<void> {
    // One sync at a time; a search arriving during one waits for it, then for any marks made meanwhile.
    this.syncing ??= this.drain().finally(() => {
      this.syncing = undefined;
    });
    return this.syncing;
  }

  private async drain(): Promise<void> {
    while (this.dirty === 'all' || this.dirty.size > 0) {
      const dirty = this.dirty;
      this.dirty = new Set();
      if (dirty === 'all') {
        this.rebuilding = true;
        try {
          await this.rebuild();
        } finally {
          this.rebuilding = false;
        }
      } else await this.refresh([...dirty]);
    }
  }

  /** Snippets in the words queue (./words-backfill): their stored words are missing or as version 2 wrote them. */
  private async pendingWords(): Promise<ReadonlySet<number>> {
    const queue = (await this.db.meta.get(WORDS_QUEUE)) as WordsQueue | undefined;
    return new Set(queue?.ids);
  }

  private async rebuild(): Promise<void> {
    // Built aside and swapped in at once: a search never sees half an index.
    const entries = new Map<number, IndexEntry>();
    const pending = await this.pendingWords();
    let after = -Infinity;
    for (;;) {
      const rows = await this.db.snippets.where(':id').above(after).limit(BUILD_CHUNK).toArray();
      for (const row of rows) entries.set(row.id, this.entryOf(row, pending));
      if (rows.length < BUILD_CHUNK) break;
      after = rows[rows.length - 1]!.id;
    }
    this.entries = entries;
    this.built = true;
    this.byScore = [...entries.values()].sort(highestFirst);
    this.byNewest = [...entries.values()].sort(newestFirst);
  }

  private async refresh(ids: number[]): Promise<void> {
    const pending = await this.pendingWords();
    const rows = await this.db.snippets.bulkGet(ids);
    ids.forEach((id, i) => {
      const old = this.entries.get(id);
      if (old) {
        this.byScore.splice(placeOf(this.byScore, old, highestFirst), 1);
        this.byNewest.splice(placeOf(this.byNewest, old, newestFirst), 1);
        this.entries.delete(id);
      }
      const row = rows[i];
      if (row) {
        const entry = this.entryOf(row, pending);
        this.entries.set(id, entry);
        this.byScore.splice(placeOf(this.byScore, entry, highestFirst), 0, entry);
        this.byNewest.splice(placeOf(this.byNewest, entry, newestFirst), 0, entry);
      }
    });
  }

  private entryOf(row: SnippetRow, pending: ReadonlySet<number>): IndexEntry {
    // A row in the words queue has its words computed from its fields; the others' are as stored.
    const indexed =
      row.words && row.wordFields && !pending.has(row.id)
        ? { words: row.words, wordFields: row.wordFields }
        : indexWords(row.text, row.tags, row.note);
    const words = new Int32Array(indexed.words.length);
    for (let i = 0; i < indexed.words.length; i++) words[i] = this.vocabulary.numberOf(indexed.words[i]!);
    return {
      id: row.id,
      score: row.score,
      updatedAt: row.updatedAt,
      band: bandRank(row.band),
      storyId: row.storyId,
      tags: row.tags,
      principles: row.principles,
      words,
      textEnd: indexed.wordFields[0],
      tagsEnd: indexed.wordFields[1],
    };
  }

  get size(): number {
    return this.entries.size;
  }

  /** The ids of the page asked for, and how many match in all. Call after sync(). */
  query(q: IndexQuery): { ids: number[]; total: number } {
    const masks: Uint8Array[] = [];
    for (const term of q.terms) {
      const mask = this.vocabulary.prefixMask(term);
      if (!mask) return { ids: [], total: 0 };
      masks.push(mask);
    }
    const passes = (e: IndexEntry) => passesFilters(e, q);
    const relevanceOf = (e: IndexEntry): number => {
      let sum = 0;
      for (const mask of masks) {
        let weight = 0;
        const { words } = e;
        for (let i = 0; i < words.length; i++) {
          if (mask[words[i]!] === 1) {
            weight = i < e.textEnd ? FIELD_WEIGHT.text : i < e.tagsEnd ? FIELD_WEIGHT.tags : FIELD_WEIGHT.note;
            break;
          }
        }
        if (weight === 0) return 0;
        sum += weight;
      }
      return sum;
    };

    const end = q.offset + q.limit;
    if (masks.length > 0 && q.sort === 'relevance') {
      // Ranks are small whole numbers: bucket the score order by rank, no comparison sort.
      const buckets: number[][] = [];
      for (const e of this.byScore) {
        if (!passes(e)) continue;
        const rank = relevanceOf(e);
        if (rank > 0) (buckets[rank] ??= []).push(e.id);
      }
      let total = 0;
      const ids: number[] = [];
      for (let rank = buckets.length - 1; rank > 0; rank--) {
        const bucket = buckets[rank];
        if (!bucket) continue;
        if (ids.length < q.limit && total + bucket.length > q.offset) {
          ids.push(...bucket.slice(Math.max(0, q.offset - total), Math.max(0, end - total)));
        }
        total += bucket.length;
      }
      return { ids: ids.slice(0, q.limit), total };
    }
    const order = q.sort === 'score' ? this.byScore : this.byNewest;
    const ids: number[] = [];
    let total = 0;
    for (const e of order) {
      if (!passes(e) || (masks.length > 0 && relevanceOf(e) === 0)) continue;
      if (total >= q.offset && total < end) ids.push(e.id);
      total++;
    }
    return { ids, total };
  }
}

const indexes = new WeakMap<LibraryDB, SnippetSearchIndex>();

/** The search index of a library database, made on first use. */
export function searchIndexOf(db: LibraryDB): SnippetSearchIndex {
  let index = indexes.get(db);
  if (!index) {
    index = new SnippetSearchIndex(db);
    indexes.set(db, index);
  }
  return index;
}
