// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { principleCoverage } from '@/lib/library/coverage';
import { StoryTitleTakenError, LibraryInputError } from '@/lib/library/errors';
import { saveSnippet } from '@/lib/library/snippets';
import {
  createStory,
  deleteStory,
  getStory,
  listStories,
  restoreStory,
  saveStory,
  scoreStory,
  setStoryMetrics,
  storyText,
} from '@/lib/library/stories';
import { useLibrary } from './helpers';
import { storyAnalyzer } from './story-fakes';

const lib = useLibrary(storyAnalyzer);

const parts = {
  problem: 'Refund tickets had risen to 1,200 a week.',
  action: 'I chose to rebuild the refund form with the support lead and the finance team.',
  result: 'Refund tickets fell 45% in 30 days.',
  learning: 'Since then I always start from the ticket data.',
};

describe('scoreStory', () => {
  it('scores the four parts as one text, in story order, blank parts left out', () => {
    expect(storyText({ learning: 'L.', problem: ' P. ', action: '', result: 'R.' })).toBe('P.\n\nR.\n\nL.');
    const scored = scoreStory(parts, storyAnalyzer);
    expect(scored.text).toBe([parts.problem, parts.action, parts.result, parts.learning].join('\n\n'));
    expect(scored.score).toBe(90);
    expect(scored.band).toBe('strong');
    expect(scored.missing).toEqual(['problem', 'method', 'outcome', 'scale', 'collaboration', 'learning']);
    expect(scored.metrics.map((m) => `${m.name}: ${m.value}`)).toEqual([
      'Refund tickets: 1,200',
      'Refund tickets: 45%',
    ]);
  });

  it('measures speaking time against two minutes', () => {
    const short = scoreStory(parts, storyAnalyzer);
    expect(short).toMatchObject({ limitSeconds: 120, overBySeconds: 0 });
    expect(short.speakingSeconds).toBe(Math.round((storyText(parts).split(/\s+/).length / 150) * 60));
    const long = scoreStory({ ...parts, action: 'word '.repeat(400) }, storyAnalyzer);
    expect(long.speakingSeconds).toBeGreaterThan(120);
    expect(long.overBySeconds).toBe(long.speakingSeconds - 120);
  });
});

describe('story CRUD and score history', () => {
  it('creates a story scored once, and appends one history entry per save', async () => {
    const story = await createStory({ title: 'Refund queue', ...parts, principles: ['Ownership'] }, lib.deps);
    expect(story.scoreHistory).toEqual([{ score: 90, band: 'strong', at: story.createdAt }]);
    expect(story.titleKey).toBe('refund queue');
    const saved = await saveStory(story.id, { result: 'Tickets went down.' }, lib.deps);
    expect(saved.scoreHistory).toEqual([story.scoreHistory[0], { score: 60, band: 'partial', at: saved.updatedAt }]);
    const again = await saveStory(story.id, {}, lib.deps);
    expect(again.scoreHistory).toHaveLength(3);
    expect(await getStory(story.id, lib.db)).toEqual(again);
  });

  it('starts an empty story with no history', async () => {
    const story = await createStory({ title: 'Draft' }, lib.deps);
    expect(story.scoreHistory).toEqual([]);
    expect(story.metrics).toEqual([]);
  });

  it('re-derives cited metrics on save and keeps the ones the user edited', async () => {
    const story = await createStory({ title: 'Refund queue', ...parts }, lib.deps);
    expect(story.metrics.map((m) => [m.name, m.value, m.origin])).toEqual([
      ['Refund tickets', '1,200', 'text'],
      ['Refund tickets', '45%', 'text'],
    ]);
    await setStoryMetrics(story.id, [{ name: 'weekly refund tickets', value: '1,200 → 660' }], lib.db);
    const saved = await saveStory(story.id, { result: 'Conversion rose from 8% to 9.6%.' }, lib.deps);
    expect(saved.metrics.map((m) => [m.name, m.value, m.origin])).toEqual([
      ['weekly refund tickets', '1,200 → 660', 'user'],
      ['Refund tickets', '1,200', 'text'],
      ['Conversion', '8% → 9.6%', 'text'],
    ]);
  });

  it('keeps titles unique, ignoring case and spacing', async () => {
    const a = await createStory({ title: 'Refund queue' }, lib.deps);
    await expect(createStory({ title: ' refund  QUEUE' }, lib.deps)).rejects.toBeInstanceOf(StoryTitleTakenError);
    const b = await createStory({ title: 'Pricing' }, lib.deps);
    await expect(saveStory(b.id, { title: 'REFUND queue' }, lib.deps)).rejects.toBeInstanceOf(StoryTitleTakenError);
    expect((await saveStory(a.id, { title: 'Refund Queue' }, lib.deps)).title).toBe('Refund Queue');
    await expect(createStory({ title: '  ' }, lib.deps)).rejects.toBeInstanceOf(LibraryInputError);
    expect((await listStories(lib.db)).map((s) => s.title)).toEqual(['Pricing', 'Refund Queue']);
  });

  it('deletes a story, detaching its snippets, and undo brings both back', async () => {
    const story = await createStory({ title: 'Refund queue', ...parts }, lib.deps);
    const { snippet } = await saveSnippet({ text: 'I chose to rebuild the form.', storyId: story.id }, lib.deps);
    const deleted = (await deleteStory(story.id, lib.db))!;
    expect(deleted).toEqual({ story, snippetIds: [snippet.id], decisions: [], rehearsals: [] });
    expect(await getStory(story.id, lib.db)).toBeUndefined();
    expect((await lib.db.snippets.get(snippet.id))!.storyId).toBeUndefined();
    await restoreStory(deleted, lib.db);
    expect(await getStory(story.id, lib.db)).toEqual(story);
    expect((await lib.db.snippets.get(snippet.id))!.storyId).toBe(story.id);
  });
});

describe('principleCoverage', () => {
  it('shows every principle as a gap in a library without stories', async () => {
    const grid = await principleCoverage(lib.db);
    expect(grid.stories).toEqual([]);
    expect(grid.uncovered).toEqual(grid.rows.map((r) => r.principle));
    expect(grid.uncovered).toContain('Ownership');
  });

  it("marks the principles each story covers, through its own principles or its snippets', and the gaps", async () => {
    const refund = await createStory({ title: 'Refund queue', principles: ['Ownership'] }, lib.deps);
    const pricing = await createStory({ title: 'Pricing' }, lib.deps);
    const s1 = await saveSnippet(
      { text: 'I dug into the ticket data.', principles: ['Dive Deep'], storyId: refund.id },
      lib.deps,
    );
    await saveSnippet(
      { text: 'I cut the price test short.', principles: ['Bias for Action', 'Ownership'], storyId: pricing.id },
      lib.deps,
    );
    await saveSnippet({ text: 'Loose phrasing with no story.', principles: ['Frugality'] }, lib.deps);

    const grid = await principleCoverage(lib.db);
    expect(grid.stories).toEqual([
      { id: pricing.id, title: 'Pricing' },
      { id: refund.id, title: 'Refund queue' },
    ]);
    const row = (p: string) => grid.rows.find((r) => r.principle === p)!.cells.map((c) => c.covered);
    expect(row('Ownership')).toEqual([true, true]);
    expect(row('Dive Deep')).toEqual([false, true]);
    expect(row('Bias for Action')).toEqual([true, false]);
    expect(row('Frugality')).toEqual([false, false]);
    expect(grid.rows.find((r) => r.principle === 'Dive Deep')!.cells[1]).toEqual({
      storyId: refund.id,
      covered: true,
      byStory: false,
      snippetIds: [s1.snippet.id],
    });
    expect(grid.rows.find((r) => r.principle === 'Ownership')!.cells[1]!.byStory).toBe(true);
    expect(grid.uncovered).toContain('Frugality');
    expect(grid.uncovered).not.toContain('Dive Deep');
    expect(grid.uncovered).toHaveLength(grid.rows.length - 3);
  });
});
