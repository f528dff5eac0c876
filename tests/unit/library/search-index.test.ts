// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import fc from 'fast-check';
import { liveQuery, type DBCore, type DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openLibrary, type LibraryDB } from '@/lib/library/db';
import { importLibrary } from '@/lib/library/exchange/import';
import { bandRank, BANDS, type Band, type SnippetRow } from '@/lib/library/model';
import { renamePrinciple } from '@/lib/library/principles';
import {
  prepareSearch,
  relevance,
  searchSnippets,
  WORDS_INDEX_MAX_ENTRIES,
  type SnippetQuery,
  type SnippetSort,
} from '@/lib/library/search';
import { searchIndexOf } from '@/lib/library/search-index';
import { deleteSnippet, restoreSnippet, saveSnippet, updateSnippet } from '@/lib/library/snippets';
import { createStory, deleteStory } from '@/lib/library/stories';
import { indexWords, normalizeText, queryTerms } from '@/lib/library/text';
import { fakeAnalyzer, tickingClock, useLibrary } from './helpers';
import { largeLibraryFile } from './large-library';

const lib = useLibrary(fakeAnalyzer({ 'Alpha beta.': 90, 'Beta gamma.': 30, 'Gamma delta café.': 60 }));

const newest = (a: SnippetRow, b: SnippetRow) => b.updatedAt - a.updatedAt || b.id - a.id;
const byScore = (a: SnippetRow, b: SnippetRow) => b.score - a.score || newest(a, b);

/**
 * The search as the docs define it, by brute force over every row, with each row's words worked
 * out afresh from its text, tags and note: what both the in-memory index and a search through
 * the `words` index must agree with.
 */
async function reference(q: SnippetQuery, stored: SnippetRow[]): Promise<{ ids: number[]; total: number }> {
  const terms = queryTerms(q.text ?? '');
  const sort = q.sort ?? 'relevance';
  const rows = stored.map((r) => ({ ...r, ...indexWords(r.text, r.tags, r.note) }));
  let matches = rows.filter(
    (r) =>
      (q.tag === undefined || r.tags.includes(q.tag)) &&
      (q.principle === undefined || r.principles.includes(q.principle)) &&
      (q.storyId === undefined || r.storyId === q.storyId) &&
      (q.minBand === undefined || bandRank(r.band) >= bandRank(q.minBand)) &&
      (terms.length === 0 || relevance(r, terms) > 0),
  );
  if (terms.length > 0 && sort === 'relevance')
    matches = matches.sort((a, b) => relevance(b, terms) - relevance(a, terms) || byScore(a, b));
  else matches = matches.sort(sort === 'score' ? byScore : newest);
  const offset = q.offset ?? 0;
  return { ids: matches.slice(offset, offset + (q.limit ?? 50)).map((r) => r.id), total: matches.length };
}

/** A connection of its own, as a panel just opened has: its in-memory index is not built. */
function freshConnection(): LibraryDB {
  return openLibrary(lib.db.name, { indexedDB, IDBKeyRange });
}

/** The in-memory index answers (built first, or brought up to date), and agrees with the reference. */
async function expectAgrees(q: SnippetQuery) {
  await prepareSearch(lib.db);
  expect(searchIndexOf(lib.db).ready).toBe(true);
  const page = await searchSnippets(q, lib.db);
  const expected = await reference(q, await lib.db.snippets.toArray());
  expect({ ids: page.items.map((s) => s.id), total: page.total }, JSON.stringify(q)).toEqual(expected);
}

/** A first search on a new connection (the `words` index, or a build when the term is short) agrees with the reference. */
async function expectColdAgrees(q: SnippetQuery) {
  const cold = freshConnection();
  const log = recordReads(cold);
  const page = await searchSnippets(q, cold);
  cold.close();
  searchIndexOf(cold).dispose();
  const expected = await reference(q, await lib.db.snippets.toArray());
  expect({ ids: page.items.map((s) => s.id), total: page.total }, `cold ${JSON.stringify(q)}`).toEqual(expected);
  return { page, log };
}

/** Records which snippet indexes a connection queries and how many rows it reads. Call before the first query. */
function recordReads(db: LibraryDB) {
  const log = { indexes: [] as string[], rows: 0 };
  db.use({
    stack: 'dbcore',
    name: 'record-reads',
    create: (core: DBCore) => ({
      ...core,
      table: (name: string): DBCoreTable => {
        const table = core.table(name);
        if (name !== 'snippets') return table;
        return {
          ...table,
          query: (req) =>
            table.query(req).then((res) => {
              log.indexes.push(req.query.index.name || ':id');
              if (req.values) log.rows += res.result.length;
              return res;
            }),
          getMany: (req) =>
            table.getMany(req).then((res) => {
              log.rows += res.filter((row) => row !== undefined).length;
              return res;
            }),
        };
      },
    }),
  });
  return log;
}

const WORDS = [
  'alpha',
  'alps',
  'beta',
  'bet',
  'gamma',
  'game',
  'delta',
  'café',
  'cafe',
  'i',
  'in',
  'q3',
  'the',
  'we',
  'week',
];
const TAGS = ['growth', 'gamma-team', 'perf'];
const PRINCIPLES = ['Ownership', 'Dive Deep', 'Frugality'];

const snippetArb = fc.record({
  text: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => `${w.join(' ')}.`),
  note: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }).map((w) => w.join(' ')),
  tags: fc.subarray(TAGS),
  principles: fc.subarray(PRINCIPLES),
  score: fc.integer({ min: 0, max: 100 }),
});

const queryArb: fc.Arbitrary<SnippetQuery> = fc.record(
  {
    text: fc
      .array(
        fc.constantFrom(
          'a',
          'al',
          'b',
          'ga',
          'gam',
          'caf',
          'café',
          'i',
          'q',
          'zz',
          'gr',
          'de',
          'the',
          'we',
          'in',
          'wee',
        ),
        { maxLength: 2 },
      )
      .map((t) => t.join(' ')),
    tag: fc.constantFrom(...TAGS),
    principle: fc.constantFrom(...PRINCIPLES),
    minBand: fc.constantFrom<Band>(...BANDS),
    sort: fc.constantFrom<SnippetSort>('relevance', 'newest', 'score'),
    offset: fc.integer({ min: 0, max: 4 }),
    limit: fc.integer({ min: 1, max: 6 }),
  },
  { requiredKeys: [] },
);

describe('the in-memory search index', () => {
  it('answers every query exactly as a brute-force scan does, through saves, edits, deletes and restores', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(snippetArb, { minLength: 1, maxLength: 12 }),
        fc.array(queryArb, { minLength: 3, maxLength: 6 }),
        async (snippets, queries) => {
          await lib.db.snippets.clear();
          const scores = new Map(snippets.map((s) => [s.text, s.score]));
          const analyze = (text: string) => fakeAnalyzer(Object.fromEntries([[text, scores.get(text) ?? 50]]))(text);
          const deps = { ...lib.deps, analyze };
          const saved: number[] = [];
          for (const s of snippets) saved.push((await saveSnippet(s, deps)).snippet.id);
          for (const q of queries) await expectColdAgrees(q);
          for (const q of queries) await expectAgrees(q);
          // Changes after the index is built must show in the next search.
          await updateSnippet(saved[0]!, { tags: ['perf'], note: 'gamma alpha' }, deps);
          const removed = await deleteSnippet(saved.at(-1)!, lib.db);
          for (const q of queries) await expectAgrees(q);
          for (const q of queries) await expectColdAgrees(q);
          if (removed && saved.length > 1) await restoreSnippet(removed, lib.db);
          for (const q of queries) await expectAgrees(q);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('sees writes made through another connection to the same database, as another panel makes them', async () => {
    const other = openLibrary(lib.db.name, { indexedDB, IDBKeyRange });
    const otherDeps = { db: other, analyze: fakeAnalyzer(), now: tickingClock(1_800_000_000_000) };
    await saveSnippet({ text: 'Alpha beta.' }, lib.deps);
    await prepareSearch(lib.db);
    expect((await searchSnippets({ text: 'al' }, lib.db)).total).toBe(1);
    const { snippet } = await saveSnippet({ text: 'Alps and alpacas.' }, otherDeps);
    // A few rows touched: the index stays ready and reads only those again.
    expect(searchIndexOf(lib.db).ready).toBe(true);
    await expect
      .poll(async () => (await searchSnippets({ text: 'al' }, lib.db)).items.map((s) => s.id))
      .toEqual([1, snippet.id]);
    await deleteSnippet(snippet.id, other);
    await expect.poll(async () => (await searchSnippets({ text: 'al' }, lib.db)).total).toBe(1);
    other.close();
  });

  it('follows changes that do not touch the text: a renamed principle, a deleted story', async () => {
    const story = await createStory({ title: 'Checkout' }, lib.deps);
    await saveSnippet({ text: 'Alpha beta.', principles: ['Ownership'], storyId: story.id }, lib.deps);
    await expectAgrees({ principle: 'Ownership' });
    await expectAgrees({ storyId: story.id });
    await renamePrinciple('Ownership', 'Owner', lib.db);
    expect((await searchSnippets({ principle: 'Owner' }, lib.db)).total).toBe(1);
    expect((await searchSnippets({ principle: 'Ownership' }, lib.db)).total).toBe(0);
    await deleteStory(story.id, lib.db);
    expect((await searchSnippets({ storyId: story.id }, lib.db)).total).toBe(0);
  });

  it('rebuilds after a bulk write, such as an import of many rows, answering from IndexedDB meanwhile', async () => {
    await saveSnippet({ text: 'Alpha beta.' }, lib.deps);
    await searchSnippets({ text: 'a' }, lib.db);
    expect(searchIndexOf(lib.db).ready).toBe(true);
    await importLibrary(JSON.stringify(await largeLibraryFile(600, 3)), lib.db);
    expect(searchIndexOf(lib.db).ready).toBe(false);
    // The list does not wait for the rebuild; the rebuild starts behind it, for the next search.
    expect((await searchSnippets({ limit: 3 }, lib.db)).total).toBe(601);
    await expect.poll(() => searchIndexOf(lib.db).ready).toBe(true);
    const queries: SnippetQuery[] = [
      { text: 'conv' },
      { text: 'c', sort: 'score' },
      { text: 'al' },
      { tag: 'perf', minBand: 'strong' },
      { text: 'latency growth', sort: 'newest' },
    ];
    for (const q of queries) await expectColdAgrees(q);
    for (const q of queries) await expectAgrees(q);
    await lib.db.snippets.clear();
    expect((await searchSnippets({ text: 'c' }, lib.db)).total).toBe(0);
  });

  it('lists before the index is built without reading every row, then builds it', async () => {
    for (const text of ['Alpha beta.', 'Beta gamma.', 'Gamma delta café.']) await saveSnippet({ text }, lib.deps);
    const index = searchIndexOf(lib.db);
    expect(index.built).toBe(false);
    expect((await searchSnippets({ limit: 2 }, lib.db)).items.map((s) => s.text)).toEqual([
      'Gamma delta café.',
      'Beta gamma.',
    ]);
    expect(index.built).toBe(false);
    await searchSnippets({ text: 'g' }, lib.db);
    expect(index.built).toBe(true);
    expect(index.size).toBe(3);
  });

  it('keeps a live search live once the index answers it', async () => {
    await saveSnippet({ text: 'Alpha beta.' }, lib.deps);
    await prepareSearch(lib.db);
    const totals: number[] = [];
    const subscription = liveQuery(() => searchSnippets({ text: 'gam' }, lib.db)).subscribe((page) =>
      totals.push(page.total),
    );
    await expect.poll(() => totals).toEqual([0]);
    const { snippet } = await saveSnippet({ text: 'Beta gamma.' }, lib.deps);
    await expect.poll(() => totals.at(-1)).toBe(1);
    await updateSnippet(snippet.id, { text: 'Beta only.' }, lib.deps);
    await expect.poll(() => totals.at(-1)).toBe(0);
    await updateSnippet(snippet.id, { note: 'game night' }, lib.deps);
    await expect.poll(() => totals.at(-1)).toBe(1);
    subscription.unsubscribe();
  });
});

describe('a first search, before the in-memory index is built', () => {
  const texts = [
    'Alpha beta.',
    'Beta gamma.',
    'Gamma delta café.',
    'Delta only.',
    'Epsilon zeta.',
    'Zeta eta theta.',
    'Theta iota.',
    'Kappa lambda.',
  ];

  it('goes through the words index and reads only the rows it points to', async () => {
    for (const text of texts) await saveSnippet({ text, tags: text.startsWith('K') ? ['gamma-team'] : [] }, lib.deps);
    const cold = freshConnection();
    const log = recordReads(cold);
    const page = await searchSnippets({ text: 'gam', limit: 2 }, cold);
    expect(page.items.map((s) => s.text)).toEqual(['Gamma delta café.', 'Beta gamma.']);
    expect(page.total).toBe(3);
    expect(log.indexes).toContain('words');
    // The three rows the index points to, and the one read that subscribes a live query to the table.
    expect(log.rows).toBe(3 + 1);
    expect(searchIndexOf(cold).built).toBe(false);
    // Meanwhile the in-memory index is built for the next search.
    await expect.poll(() => searchIndexOf(cold).ready).toBe(true);
    cold.close();
  });

  it('applies every filter and sort to the rows it read, as the in-memory index does', async () => {
    const story = await createStory({ title: 'Greek' }, lib.deps);
    for (const [i, text] of texts.entries()) {
      await saveSnippet(
        {
          text,
          tags: i % 2 ? ['odd'] : ['even'],
          principles: i % 3 ? ['Ownership'] : [],
          storyId: i < 4 ? story.id : undefined,
        },
        lib.deps,
      );
    }
    for (const q of [
      { text: 'delta' },
      { text: 'zeta the', sort: 'score' },
      // A stopword alone is a prefix: "theta".
      { text: 'the', tag: 'odd', sort: 'newest' },
      { text: 'beta', principle: 'Ownership' },
      { text: 'a del', storyId: story.id },
      { text: 'ze', minBand: 'partial', offset: 1, limit: 1 },
    ] as SnippetQuery[]) {
      const { page, log } = await expectColdAgrees(q);
      expect(log.indexes, JSON.stringify(q)).toContain('words');
      expect(page.total, JSON.stringify(q)).toBeGreaterThan(0);
    }
  });

  it('builds the in-memory index instead when every term is one letter, or begins more words than it reads', async () => {
    for (const text of texts) await saveSnippet({ text }, lib.deps);
    let cold = freshConnection();
    let log = recordReads(cold);
    await searchSnippets({ text: 'g' }, cold);
    expect(log.indexes).not.toContain('words');
    expect(searchIndexOf(cold).built).toBe(true);
    cold.close();

    const now = 1_700_000_000_000;
    const many: Array<Omit<SnippetRow, 'id'>> = Array.from({ length: WORDS_INDEX_MAX_ENTRIES + 1 }, (_, i) => {
      const text = `Gamma ray ${i}.`;
      return {
        text,
        note: '',
        tags: [],
        principles: [],
        score: i % 100,
        band: 'weak' as const,
        components: [],
        sourceTitle: '',
        sourceUrl: '',
        createdAt: now,
        updatedAt: now + i,
        normalized: normalizeText(text),
        ...indexWords(text, [], ''),
      };
    });
    await lib.db.snippets.bulkAdd(many);
    cold = freshConnection();
    log = recordReads(cold);
    const page = await searchSnippets({ text: 'gamm', limit: 3 }, cold);
    expect(log.indexes).toContain('words');
    expect(searchIndexOf(cold).built).toBe(true);
    expect(page.total).toBe(WORDS_INDEX_MAX_ENTRIES + 3);
    cold.close();

    // With a narrower term beside it, the words index answers: "del" narrows, "gamm" is checked on the rows read.
    cold = freshConnection();
    log = recordReads(cold);
    const narrowed = await searchSnippets({ text: 'gamm del' }, cold);
    expect(narrowed.items.map((s) => s.text)).toEqual(['Gamma delta café.']);
    expect(log.indexes).toContain('words');
    expect(log.rows).toBe(2 + 1);
    expect(searchIndexOf(cold).built).toBe(false);
    cold.close();
  }, 30_000);

  it('keeps a live search live', async () => {
    for (const text of texts) await saveSnippet({ text }, lib.deps);
    const cold = freshConnection();
    const totals: number[] = [];
    const subscription = liveQuery(() => searchSnippets({ text: 'zeta' }, cold)).subscribe((page) =>
      totals.push(page.total),
    );
    await expect.poll(() => totals).toEqual([2]);
    await saveSnippet({ text: 'Zeta again.' }, lib.deps);
    await expect.poll(() => totals.at(-1)).toBe(3);
    subscription.unsubscribe();
    cold.close();
  });
});
