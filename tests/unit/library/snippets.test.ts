// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { LibraryInputError, NotInLibraryError, SnippetExistsError } from '@/lib/library/errors';
import { deleteSnippet, getSnippet, restoreSnippet, saveSnippet, updateSnippet } from '@/lib/library/snippets';
import { createStory } from '@/lib/library/stories';
import { fakeAnalysis, fakeAnalyzer, useLibrary } from './helpers';

const lib = useLibrary(fakeAnalyzer({ 'I cut refund tickets by 45%.': 82 }));

describe('saveSnippet', () => {
  it('stores the text with its analysis, source, times and search keys', async () => {
    const { snippet, created } = await saveSnippet(
      {
        text: 'I cut refund tickets by 45%.',
        note: 'use for Q3',
        tags: ['Support ', 'support', 'Metrics'],
        principles: ['Ownership'],
        sourceTitle: 'Stories doc',
        sourceUrl: 'https://docs.example/1',
      },
      lib.deps,
    );
    expect(created).toBe(true);
    expect(await getSnippet(snippet.id, lib.db)).toEqual(snippet);
    expect(snippet).toMatchObject({
      text: 'I cut refund tickets by 45%.',
      note: 'use for Q3',
      tags: ['support', 'metrics'],
      principles: ['Ownership'],
      score: 82,
      band: 'strong',
      components: ['decision'],
      sourceTitle: 'Stories doc',
      sourceUrl: 'https://docs.example/1',
      createdAt: snippet.updatedAt,
      normalized: 'i cut refund tickets by 45%.',
    });
    // Search words: stopwords ("by", "for") and lone letters ("I") are not indexed.
    expect(snippet.words).toEqual(['cut', 'refund', 'tickets', '45', 'support', 'metrics', 'use', 'q3']);
    expect(snippet.wordFields).toEqual([4, 6]);
  });

  it('keeps the analysis the panel passes instead of analysing again', async () => {
    const analyzer = fakeAnalyzer();
    const { snippet } = await saveSnippet(
      { text: 'Some passage.', analysis: fakeAnalysis(33, ['metric', 'outcome']) },
      { ...lib.deps, analyze: analyzer },
    );
    expect(snippet).toMatchObject({ score: 33, band: 'weak', components: ['metric', 'outcome'] });
    expect(analyzer.calls).toEqual([]);
  });

  it('stores whatever the real analyzer returns', async () => {
    const text = 'I chose day-7 activation as the goal and raised it from 31% to 38% in Q3.';
    const { snippet } = await saveSnippet({ text }, { db: lib.db, now: lib.deps.now });
    const expected = analyze(text);
    expect(snippet.score).toBe(expected.score);
    expect(snippet.band).toBe(expected.band);
  });

  it('updates the existing snippet when the same text is saved again, ignoring whitespace and case', async () => {
    const first = await saveSnippet(
      {
        text: 'I killed the feature.',
        tags: ['a'],
        principles: ['Ownership'],
        note: 'first note',
        sourceUrl: 'https://a',
      },
      lib.deps,
    );
    const second = await saveSnippet(
      { text: '  i KILLED\n the   feature. ', tags: ['b', 'a'], principles: ['Dive Deep'] },
      lib.deps,
    );
    expect(second.created).toBe(false);
    expect(second.snippet.id).toBe(first.snippet.id);
    expect(await lib.db.snippets.count()).toBe(1);
    const row = await getSnippet(first.snippet.id, lib.db);
    expect(row).toMatchObject({
      tags: ['a', 'b'],
      principles: ['Ownership', 'Dive Deep'],
      note: 'first note',
      sourceUrl: 'https://a',
      createdAt: first.snippet.createdAt,
      text: '  i KILLED\n the   feature. ',
    });
    expect(row!.updatedAt).toBeGreaterThan(first.snippet.updatedAt);
  });

  it('refuses empty text, oversized text, unknown principles and missing stories, writing nothing', async () => {
    await expect(saveSnippet({ text: '  \n ' }, lib.deps)).rejects.toBeInstanceOf(LibraryInputError);
    await expect(saveSnippet({ text: 'x'.repeat(10_001) }, lib.deps)).rejects.toThrow(/too long/);
    await expect(saveSnippet({ text: 'ok', principles: ['Not A Principle'] }, lib.deps)).rejects.toBeInstanceOf(
      NotInLibraryError,
    );
    await expect(saveSnippet({ text: 'ok', storyId: 99 }, lib.deps)).rejects.toBeInstanceOf(NotInLibraryError);
    expect(await lib.db.snippets.count()).toBe(0);
  });
});

describe('updateSnippet', () => {
  it('re-scores and re-keys when the text changes', async () => {
    const analyzer = fakeAnalyzer({ 'I cut refund tickets by 45%.': 82, 'Refunds went down.': 20 });
    const deps = { ...lib.deps, analyze: analyzer };
    const { snippet } = await saveSnippet({ text: 'I cut refund tickets by 45%.' }, deps);
    const updated = await updateSnippet(snippet.id, { text: 'Refunds went down.' }, deps);
    expect(updated).toMatchObject({
      score: 20,
      band: 'weak',
      normalized: 'refunds went down.',
      createdAt: snippet.createdAt,
    });
    expect(updated.words).toEqual(['refunds', 'went', 'down']);
    expect(analyzer.calls).toEqual(['I cut refund tickets by 45%.', 'Refunds went down.']);
    expect(await getSnippet(snippet.id, lib.db)).toEqual(updated);
  });

  it('edits note, tags, principles and story without analysing again', async () => {
    const analyzer = fakeAnalyzer();
    const deps = { ...lib.deps, analyze: analyzer };
    const story = await createStory({ title: 'Refunds' }, deps);
    const { snippet } = await saveSnippet({ text: 'I cut refund tickets.' }, deps);
    const updated = await updateSnippet(
      snippet.id,
      { note: 'the Zendesk one', tags: ['Support'], principles: ['Earn Trust'], storyId: story.id },
      deps,
    );
    expect(updated).toMatchObject({
      note: 'the Zendesk one',
      tags: ['support'],
      principles: ['Earn Trust'],
      storyId: story.id,
      score: snippet.score,
    });
    expect(updated.words).toContain('zendesk');
    expect(analyzer.calls).toEqual(['I cut refund tickets.']);
    const detached = await updateSnippet(snippet.id, { storyId: null }, deps);
    expect(detached).not.toHaveProperty('storyId');
  });

  it('refuses to turn a snippet into a copy of another one', async () => {
    const a = await saveSnippet({ text: 'First text.' }, lib.deps);
    const b = await saveSnippet({ text: 'Second text.' }, lib.deps);
    const error = await updateSnippet(b.snippet.id, { text: 'FIRST text.' }, lib.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnippetExistsError);
    expect((error as SnippetExistsError).existingId).toBe(a.snippet.id);
    expect((await getSnippet(b.snippet.id, lib.db))!.text).toBe('Second text.');
  });

  it('says when the snippet is gone', async () => {
    await expect(updateSnippet(404, { note: 'x' }, lib.deps)).rejects.toBeInstanceOf(NotInLibraryError);
  });
});

describe('delete and undo', () => {
  it('restores the deleted row exactly, with its id', async () => {
    await saveSnippet({ text: 'Keep me.' }, lib.deps);
    const { snippet } = await saveSnippet({ text: 'Delete me.', tags: ['x'] }, lib.deps);
    const deleted = await deleteSnippet(snippet.id, lib.db);
    expect(deleted).toEqual(snippet);
    expect(await getSnippet(snippet.id, lib.db)).toBeUndefined();
    await restoreSnippet(deleted!, lib.db);
    expect(await getSnippet(snippet.id, lib.db)).toEqual(snippet);
    expect(await lib.db.snippets.where('words').startsWith('dele').primaryKeys()).toEqual([snippet.id]);
  });

  it('returns undefined for a snippet that is already gone', async () => {
    expect(await deleteSnippet(12345, lib.db)).toBeUndefined();
  });

  it('merges the restored row into the same text saved again in the meantime', async () => {
    const { snippet } = await saveSnippet({ text: 'Twice.', tags: ['old'] }, lib.deps);
    const deleted = (await deleteSnippet(snippet.id, lib.db))!;
    const again = await saveSnippet({ text: 'twice.', tags: ['new'] }, lib.deps);
    const restored = await restoreSnippet(deleted, lib.db);
    expect(restored.id).toBe(again.snippet.id);
    expect(restored.tags).toEqual(['new', 'old']);
    expect(await lib.db.snippets.count()).toBe(1);
  });
});
