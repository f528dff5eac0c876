// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import fc from 'fast-check';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '@/lib/library/db';
import { importLibrary } from '@/lib/library/exchange/import';
import { bandRank, BANDS, type Band, type SnippetRow } from '@/lib/library/model';
import { renamePrinciple } from '@/lib/library/principles';
import { relevance, searchSnippets, type SnippetQuery, type SnippetSort } from '@/lib/library/search';
import { searchIndexOf } from '@/lib/library/search-index';
import { deleteSnippet, restoreSnippet, saveSnippet, updateSnippet } from '@/lib/library/snippets';
import { createStory, deleteStory } from '@/lib/library/stories';
import { queryTerms } from '@/lib/library/text';
import { fakeAnalyzer, tickingClock, useLibrary } from './helpers';
import { largeLibraryFile } from './large-library';

const lib = useLibrary(fakeAnalyzer({ 'Alpha beta.': 90, 'Beta gamma.': 30, 'Gamma delta café.': 60 }));

const newest = (a: SnippetRow, b: SnippetRow) => b.updatedAt - a.updatedAt || b.id - a.id;
const byScore = (a: SnippetRow, b: SnippetRow) => b.score - a.score || newest(a, b);

/** The search as the docs define it, by brute force over every row: what the index must agree with. */
async function reference(q: SnippetQuery, rows: SnippetRow[]): Promise<{ ids: number[]; total: number }> {
  const terms = queryTerms(q.text ?? '');
  const sort = q.sort ?? 'relevance';
  let matches = rows.filter(
    (r) =>
      (q.tag === undefined || r.tags.includes(q.tag)) &&
      (q.principle === undefined || r.principles.includes(q.principle)) &&
      (q.storyId === undefined || r.storyId === q.storyId) &&
      (q.minBand === undefined || bandRank(r.band) >= bandRank(q.minBand)) &&
      (terms.length === 0 || relevance(r, terms) > 0),
  );
  if (terms.length > 0 && sort === 'relevance') matches = matches.sort((a, b) => relevance(b, terms) - relevance(a, terms) || byScore(a, b));
  else matches = matches.sort(sort === 'score' ? byScore : newest);
  const offset = q.offset ?? 0;
  return { ids: matches.slice(offset, offset + (q.limit ?? 50)).map((r) => r.id), total: matches.length };
}

async function expectAgrees(q: SnippetQuery, db = lib.db) {
  const page = await searchSnippets(q, db);
  const expected = await reference(q, await db.snippets.toArray());
  expect({ ids: page.items.map((s) => s.id), total: page.total }, JSON.stringify(q)).toEqual(expected);
}

const WORDS = ['alpha', 'alps', 'beta', 'bet', 'gamma', 'game', 'delta', 'café', 'cafe', 'i', 'in', 'q3'];
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
    text: fc.array(fc.constantFrom('a', 'al', 'b', 'ga', 'gam', 'caf', 'café', 'i', 'q', 'zz', 'gr', 'de'), { maxLength: 2 }).map((t) => t.join(' ')),
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
      fc.asyncProperty(fc.array(snippetArb, { minLength: 1, maxLength: 12 }), fc.array(queryArb, { minLength: 3, maxLength: 6 }), async (snippets, queries) => {
        await lib.db.snippets.clear();
        const scores = new Map(snippets.map((s) => [s.text, s.score]));
        const analyze = (text: string) => fakeAnalyzer(Object.fromEntries([[text, scores.get(text) ?? 50]]))(text);
        const deps = { ...lib.deps, analyze };
        const saved: number[] = [];
        for (const s of snippets) saved.push((await saveSnippet(s, deps)).snippet.id);
        for (const q of queries) await expectAgrees(q);
        // Changes after the index is built must show in the next search.
        await updateSnippet(saved[0]!, { tags: ['perf'], note: 'gamma alpha' }, deps);
        const removed = await deleteSnippet(saved.at(-1)!, lib.db);
        for (const q of queries) await expectAgrees(q);
        if (removed && saved.length > 1) await restoreSnippet(removed, lib.db);
        for (const q of queries) await expectAgrees(q);
      }),
      { numRuns: 25 },
    );
  });

  it('sees writes made through another connection to the same database, as another panel makes them', async () => {
    const other = openLibrary(lib.db.name, { indexedDB, IDBKeyRange });
    const otherDeps = { db: other, analyze: fakeAnalyzer(), now: tickingClock(1_800_000_000_000) };
    await saveSnippet({ text: 'Alpha beta.' }, lib.deps);
    expect((await searchSnippets({ text: 'al' }, lib.db)).total).toBe(1);
    const { snippet } = await saveSnippet({ text: 'Alps and alpacas.' }, otherDeps);
    await expect.poll(async () => (await searchSnippets({ text: 'al' }, lib.db)).items.map((s) => s.id)).toEqual([1, snippet.id]);
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

  it('rebuilds after a bulk write, such as an import of many rows', async () => {
    await saveSnippet({ text: 'Alpha beta.' }, lib.deps);
    await searchSnippets({ text: 'a' }, lib.db);
    await importLibrary(JSON.stringify(await largeLibraryFile(600, 3)), lib.db);
    for (const q of [{ text: 'conv' }, { text: 'c', sort: 'score' as const }, { text: 'al' }, { tag: 'perf', minBand: 'strong' as const }]) await expectAgrees(q);
    await lib.db.snippets.clear();
    expect((await searchSnippets({ text: 'c' }, lib.db)).total).toBe(0);
  });

  it('lists before the index is built without reading every row, then builds it', async () => {
    for (const text of ['Alpha beta.', 'Beta gamma.', 'Gamma delta café.']) await saveSnippet({ text }, lib.deps);
    const index = searchIndexOf(lib.db);
    expect(index.built).toBe(false);
    expect((await searchSnippets({ limit: 2 }, lib.db)).items.map((s) => s.text)).toEqual(['Gamma delta café.', 'Beta gamma.']);
    expect(index.built).toBe(false);
    await searchSnippets({ text: 'g' }, lib.db);
    expect(index.built).toBe(true);
    expect(index.size).toBe(3);
  });

  it('keeps a live search live once the index answers it', async () => {
    await saveSnippet({ text: 'Alpha beta.' }, lib.deps);
    const totals: number[] = [];
    const subscription = liveQuery(() => searchSnippets({ text: 'gam' }, lib.db)).subscribe((page) => totals.push(page.total));
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
