// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { principleCoverage } from '@/lib/library/coverage';
import { addPrinciple, listPrinciples } from '@/lib/library/principles';
import { countSnippets, listTags, searchSnippets } from '@/lib/library/search';
import { saveSnippet } from '@/lib/library/snippets';
import { createStory, getStory, listStories, saveStory } from '@/lib/library/stories';
import { addTemplate, listTemplates } from '@/lib/library/templates';
import { fakeAnalyzer, useLibrary } from './helpers';

const strong = (i: number) => `Strong phrasing ${i}.`;
const lib = useLibrary(fakeAnalyzer(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [strong(i), 90]))));

/** Subscribes like a panel does, makes a change like another panel would, and waits for the new value. */
async function staysLive<T>(query: () => Promise<T>, change: () => Promise<unknown>, changed: (value: T) => boolean) {
  const values: T[] = [];
  const errors: unknown[] = [];
  const subscription = liveQuery(query).subscribe({ next: (v) => values.push(v), error: (e) => errors.push(e) });
  try {
    await expect.poll(() => values.length).toBe(1);
    expect(changed(values[0]!)).toBe(false);
    await change();
    await expect.poll(() => values.some(changed)).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    subscription.unsubscribe();
  }
}

describe('every read the Library tab subscribes to updates live', () => {
  it('searchSnippets, by each kind of filter', async () => {
    const story = await createStory({ title: 'S' }, lib.deps);
    const queries = [
      { tag: 'fresh' },
      { principle: 'Frugality' },
      { storyId: story.id },
      { minBand: 'strong' as const },
      { text: 'stro' },
      { sort: 'score' as const },
    ];
    for (const [i, query] of queries.entries()) {
      const before = (await searchSnippets(query, lib.db)).total;
      await staysLive(
        () => searchSnippets(query, lib.db),
        () => saveSnippet({ text: strong(i), tags: ['fresh'], principles: ['Frugality'], storyId: story.id }, lib.deps),
        (page) => page.total === before + 1 && page.items.some((s) => s.text === strong(i)),
      );
    }
  });

  it('counts, tags, principles, stories, templates, a story and the coverage grid', async () => {
    await staysLive(
      () => countSnippets(lib.db),
      () => saveSnippet({ text: 'One.' }, lib.deps),
      (n) => n === 1,
    );
    await staysLive(
      () => listTags(lib.db),
      () => saveSnippet({ text: 'Two.', tags: ['new-tag'] }, lib.deps),
      (tags) => tags.includes('new-tag'),
    );
    await staysLive(
      () => listPrinciples(lib.db),
      () => addPrinciple('Speed', lib.db),
      (names) => names.includes('Speed'),
    );
    await staysLive(
      () => listStories(lib.db),
      () => createStory({ title: 'Pricing' }, lib.deps),
      (stories) => stories.length === 1,
    );
    const story = (await listStories(lib.db))[0]!;
    await staysLive(
      () => getStory(story.id, lib.db),
      () => saveStory(story.id, { result: 'It worked.' }, lib.deps),
      (s) => s?.result === 'It worked.',
    );
    await staysLive(
      () => listTemplates(undefined, lib.db),
      () => addTemplate({ scope: 'story', text: '[p] [a]' }, lib.deps),
      (t) => t.length === 1,
    );
    await staysLive(
      () => principleCoverage(lib.db),
      () => saveSnippet({ text: 'Owned it.', principles: ['Ownership'], storyId: story.id }, lib.deps),
      (grid) => !grid.uncovered.includes('Ownership'),
    );
  });
});
