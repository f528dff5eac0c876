// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRINCIPLES } from '@/lib/library/data/default-principles';
import { LibraryInputError, NotInLibraryError } from '@/lib/library/errors';
import {
  addPrinciple,
  listPrinciples,
  removePrinciple,
  renamePrinciple,
  reorderPrinciples,
} from '@/lib/library/principles';
import { saveSnippet } from '@/lib/library/snippets';
import { createStory } from '@/lib/library/stories';
import { useLibrary } from './helpers';

const lib = useLibrary();

describe('the editable list of principles', () => {
  it('starts with the default list, in order', async () => {
    expect(await listPrinciples(lib.db)).toEqual([...DEFAULT_PRINCIPLES]);
    expect(DEFAULT_PRINCIPLES).toEqual(
      expect.arrayContaining([
        'Ownership',
        'Deliver Results',
        'Earn Trust',
        'Dive Deep',
        'Bias for Action',
        'Customer Obsession',
      ]),
    );
  });

  it('adds a principle at the end and refuses a repeat or an empty name', async () => {
    await addPrinciple('  Speed  of  Delivery ', lib.db);
    expect((await listPrinciples(lib.db)).at(-1)).toBe('Speed of Delivery');
    await expect(addPrinciple('Speed of Delivery', lib.db)).rejects.toBeInstanceOf(LibraryInputError);
    await expect(addPrinciple(' ', lib.db)).rejects.toBeInstanceOf(LibraryInputError);
  });

  it('renames a principle everywhere it is used, keeping its place', async () => {
    const { snippet } = await saveSnippet({ text: 'I owned it.', principles: ['Ownership', 'Dive Deep'] }, lib.deps);
    const story = await createStory({ title: 'S', principles: ['Ownership'] }, lib.deps);
    const before = await listPrinciples(lib.db);
    await renamePrinciple('Ownership', 'Owner Mindset', lib.db);
    expect(await listPrinciples(lib.db)).toEqual(before.map((p) => (p === 'Ownership' ? 'Owner Mindset' : p)));
    expect((await lib.db.snippets.get(snippet.id))!.principles).toEqual(['Owner Mindset', 'Dive Deep']);
    expect((await lib.db.stories.get(story.id))!.principles).toEqual(['Owner Mindset']);
    expect(await lib.db.snippets.where('principles').equals('Owner Mindset').count()).toBe(1);
    await expect(renamePrinciple('Ownership', 'X', lib.db)).rejects.toBeInstanceOf(NotInLibraryError);
    await expect(renamePrinciple('Dive Deep', 'Owner Mindset', lib.db)).rejects.toBeInstanceOf(LibraryInputError);
  });

  it('removes a principle from the list, the snippets and the stories', async () => {
    const { snippet } = await saveSnippet({ text: 'I owned it.', principles: ['Ownership', 'Dive Deep'] }, lib.deps);
    const story = await createStory({ title: 'S', principles: ['Ownership'] }, lib.deps);
    await removePrinciple('Ownership', lib.db);
    expect(await listPrinciples(lib.db)).not.toContain('Ownership');
    expect((await lib.db.snippets.get(snippet.id))!.principles).toEqual(['Dive Deep']);
    expect((await lib.db.stories.get(story.id))!.principles).toEqual([]);
  });

  it('reorders, and only with every principle listed once', async () => {
    const names = [...(await listPrinciples(lib.db))].reverse();
    await reorderPrinciples(names, lib.db);
    expect(await listPrinciples(lib.db)).toEqual(names);
    await expect(reorderPrinciples(names.slice(1), lib.db)).rejects.toBeInstanceOf(LibraryInputError);
    await expect(reorderPrinciples([...names.slice(1), names[1]!], lib.db)).rejects.toBeInstanceOf(LibraryInputError);
  });
});
