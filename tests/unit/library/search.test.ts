// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { listTags, searchSnippets } from '@/lib/library/search';
import { saveSnippet } from '@/lib/library/snippets';
import { createStory } from '@/lib/library/stories';
import { fakeAnalyzer, useLibrary } from './helpers';

const scores = {
  'Conversion rose 9% after I chose the new checkout.': 80,
  'I owned the rollout to three regions.': 60,
  'We shipped dashboards.': 20,
  'Latency fell from 480 ms to 310 ms.': 75,
  'I kept the café open late.': 45,
};
const lib = useLibrary(fakeAnalyzer(scores));

async function seed() {
  const story = await createStory({ title: 'Checkout' }, lib.deps);
  const ids: Record<string, number> = {};
  const save = async (key: string, input: Parameters<typeof saveSnippet>[0]) =>
    (ids[key] = (await saveSnippet(input, lib.deps)).snippet.id);
  await save('conversion', {
    text: 'Conversion rose 9% after I chose the new checkout.',
    tags: ['growth'],
    principles: ['Ownership'],
    storyId: story.id,
  });
  await save('rollout', {
    text: 'I owned the rollout to three regions.',
    tags: ['conversion-team'],
    principles: ['Think Big'],
  });
  await save('dashboards', {
    text: 'We shipped dashboards.',
    note: 'conversion story, needs numbers',
    tags: ['growth'],
  });
  await save('latency', {
    text: 'Latency fell from 480 ms to 310 ms.',
    tags: ['perf'],
    principles: ['Ownership', 'Dive Deep'],
    storyId: story.id,
  });
  await save('cafe', { text: 'I kept the café open late.' });
  return { ids, story };
}

const idsOf = async (query: Parameters<typeof searchSnippets>[0]) =>
  (await searchSnippets(query, lib.db)).items.map((s) => s.id);

describe('searchSnippets: text', () => {
  it('matches word prefixes in text, tags and notes, ranked text > tag > note', async () => {
    const { ids } = await seed();
    // "conv": text of 'conversion', tag of 'rollout' ("conversion-team"), note of 'dashboards'.
    expect(await idsOf({ text: 'conv' })).toEqual([ids.conversion, ids.rollout, ids.dashboards]);
  });

  it('ANDs the terms, each a prefix', async () => {
    const { ids } = await seed();
    expect(await idsOf({ text: 'conv che' })).toEqual([ids.conversion]);
    expect(await idsOf({ text: 'lat 48' })).toEqual([ids.latency]);
    expect(await idsOf({ text: 'lat regions' })).toEqual([]);
  });

  it('breaks ties in the best field by score, then by recency', async () => {
    const { ids } = await seed();
    // "c" begins a text word of 'conversion' (80) and 'cafe' (45), a tag word of 'rollout', a note word of 'dashboards'.
    expect(await idsOf({ text: 'c' })).toEqual([ids.conversion, ids.cafe, ids.rollout, ids.dashboards]);
    const later = await saveSnippet({ text: 'I also owned pricing.' }, lib.deps); // fake score 50
    const same = await saveSnippet({ text: 'I owned onboarding too.' }, lib.deps); // 50, newer
    expect(await idsOf({ text: 'owned' })).toEqual([ids.rollout, same.snippet.id, later.snippet.id]);
  });

  it('folds case and accents, and ignores punctuation in the query', async () => {
    const { ids } = await seed();
    expect(await idsOf({ text: 'CAFE' })).toEqual([ids.cafe]);
    expect(await idsOf({ text: '  café!! ' })).toEqual([ids.cafe]);
  });

  it('ignores a stopword among other terms: stopwords are not indexed', async () => {
    const { ids } = await seed();
    expect(await idsOf({ text: 'the conv' })).toEqual([ids.conversion, ids.rollout, ids.dashboards]);
    expect(await idsOf({ text: 'I kept the' })).toEqual([ids.cafe]);
    expect((await searchSnippets({ text: 'the conv' }, lib.db)).terms).toEqual(['conv']);
  });

  it('searches stopwords as prefixes when the query has nothing else, never as the words themselves', async () => {
    await seed();
    const weekly = (await saveSnippet({ text: 'Weekly reviews caught the drift.' }, lib.deps)).snippet.id;
    // 'dashboards' says "We shipped…", but "we" is a stopword: only a word that begins with it counts.
    expect(await idsOf({ text: 'we' })).toEqual([weekly]);
    expect(await idsOf({ text: 'the' })).toEqual([]);
  });

  it('returns the terms for highlighting', async () => {
    await seed();
    expect((await searchSnippets({ text: 'Conv, CHE conv' }, lib.db)).terms).toEqual(['conv', 'che']);
  });

  it('sorts matches by score or newest when asked', async () => {
    const { ids } = await seed();
    expect(await idsOf({ text: 'conv', sort: 'score' })).toEqual([ids.conversion, ids.rollout, ids.dashboards]);
    expect(await idsOf({ text: 'conv', sort: 'newest' })).toEqual([ids.dashboards, ids.rollout, ids.conversion]);
  });
});

describe('searchSnippets: filters, sorting, paging', () => {
  it('filters by tag, principle, story and minimum band, alone and together', async () => {
    const { ids, story } = await seed();
    expect(await idsOf({ tag: 'growth' })).toEqual([ids.dashboards, ids.conversion]);
    expect(await idsOf({ principle: 'Ownership' })).toEqual([ids.latency, ids.conversion]);
    expect(await idsOf({ storyId: story.id })).toEqual([ids.latency, ids.conversion]);
    expect(await idsOf({ minBand: 'strong' })).toEqual([ids.latency, ids.conversion]);
    expect(await idsOf({ minBand: 'partial', sort: 'score' })).toEqual([
      ids.conversion,
      ids.latency,
      ids.rollout,
      ids.cafe,
    ]);
    expect(await idsOf({ tag: 'growth', minBand: 'partial' })).toEqual([ids.conversion]);
    expect(await idsOf({ text: 'conv', tag: 'growth' })).toEqual([ids.conversion, ids.dashboards]);
    expect(await idsOf({ text: 'r', principle: 'Think Big' })).toEqual([ids.rollout]);
  });

  it('without text or filters, lists newest first or by score', async () => {
    const { ids } = await seed();
    expect(await idsOf({})).toEqual([ids.cafe, ids.latency, ids.dashboards, ids.rollout, ids.conversion]);
    expect(await idsOf({ sort: 'score' })).toEqual([
      ids.conversion,
      ids.latency,
      ids.rollout,
      ids.cafe,
      ids.dashboards,
    ]);
  });

  it('pages with offset and limit and reports the total', async () => {
    const { ids } = await seed();
    expect(await searchSnippets({ sort: 'score', offset: 1, limit: 2 }, lib.db)).toMatchObject({ total: 5 });
    expect(await idsOf({ sort: 'score', offset: 1, limit: 2 })).toEqual([ids.latency, ids.rollout]);
    const page = await searchSnippets({ text: 'conv', offset: 2, limit: 10 }, lib.db);
    expect(page.total).toBe(3);
    expect(page.items.map((s) => s.id)).toEqual([ids.dashboards]);
    expect((await searchSnippets({ tag: 'growth', offset: 5 }, lib.db)).items).toEqual([]);
  });

  it('lists the tags in use', async () => {
    await seed();
    expect(await listTags(lib.db)).toEqual(['conversion-team', 'growth', 'perf']);
  });
});

describe('live updates', () => {
  it('re-runs a search inside liveQuery when the library changes', async () => {
    await seed();
    const seen: number[] = [];
    const subscription = liveQuery(() => searchSnippets({ text: 'pricing' }, lib.db)).subscribe((page) =>
      seen.push(page.total),
    );
    await expect.poll(() => seen).toEqual([0]);
    await saveSnippet({ text: 'I set pricing for the EU launch.' }, lib.deps);
    await expect.poll(() => seen).toEqual([0, 1]);
    subscription.unsubscribe();
  });

  it('re-runs a plain listing too', async () => {
    await seed();
    const firstIds: number[] = [];
    const subscription = liveQuery(() => searchSnippets({ limit: 1 }, lib.db)).subscribe((page) =>
      firstIds.push(page.items[0]!.id),
    );
    await expect.poll(() => firstIds.length).toBe(1);
    const { snippet } = await saveSnippet({ text: 'Newest of all.' }, lib.deps);
    await expect.poll(() => firstIds.at(-1)).toBe(snippet.id);
    subscription.unsubscribe();
  });
});
