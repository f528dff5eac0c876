// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
/** What the library saves stays within what its import accepts (../limits), or is refused with a reason. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { LibraryInputError } from '@/lib/library/errors';
import { exportLibrary } from '@/lib/library/exchange/export';
import { importLibrary } from '@/lib/library/exchange/import';
import { LibraryFileError } from '@/lib/library/exchange/validate';
import { LIMITS } from '@/lib/library/limits';
import { saveSnippet } from '@/lib/library/snippets';
import { createStory } from '@/lib/library/stories';
import { resign } from './exchange-fixture';
import { snapshot, useLibrary } from './helpers';
import { largeLibraryFile } from './large-library';

const lib = useLibrary();
const tags = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('limits', () => {
  it('a story whose problem yields 120 metrics, or a value of 850 characters, saves within the limits', async () => {
    const problem = Array.from({ length: 120 }, (_, i) => `Refund tickets rose to ${i + 2} a week.`).join(' ');
    const result = `Conversion went ${Array.from({ length: 200 }, (_, i) => `${i + 10}%`).join(', ')} over the year.`;
    const deps = { ...lib.deps, analyze: (t: string) => analyze(t) };
    expect((await createStory({ title: 'Many', problem }, deps)).metrics).toHaveLength(LIMITS.metrics);
    const [metric] = (await createStory({ title: 'Long', result }, deps)).metrics;
    expect(metric!.value.length).toBeLessThanOrEqual(LIMITS.metricText);
    // Cut after a whole number, so no number reads as another.
    expect(metric!.value).toMatch(/^10%, 11%, .*, \d+%…$/);
  });

  it('refuses a re-save whose tags together would be more than a snippet may have, and keeps the snippet', async () => {
    await saveSnippet({ text: 'I cut refunds 45%.', tags: tags('a', 30) }, lib.deps);
    const before = await snapshot(lib.db);
    const error = await saveSnippet({ text: 'i cut refunds 45%.', tags: tags('b', 30) }, lib.deps).catch((e) => e);
    expect(error).toBeInstanceOf(LibraryInputError);
    expect(error.message).toBe(
      'This text is already in your library with 30 tags; with these it would have 60, and a snippet can have at most 50. Remove some tags and save again.',
    );
    expect(await snapshot(lib.db)).toEqual(before);
  });

  it('refuses an import whose merged snippet would have too many tags, naming it, and changes nothing', async () => {
    const file = await largeLibraryFile(3, 0);
    file.snippets[1]!.tags = tags('f', 30);
    await saveSnippet({ text: file.snippets[1]!.text, tags: tags('m', 30) }, lib.deps);
    const before = await snapshot(lib.db);
    const error = await importLibrary(JSON.stringify(await resign(file)), lib.db).catch((e) => e);
    expect(error).toBeInstanceOf(LibraryFileError);
    expect(error.message).toBe(
      'snippets[1].tags: merged with the same text in your library, this snippet would have 60 tags; at most 50',
    );
    expect(await snapshot(lib.db)).toEqual(before);
  });

  it('refuses an import after which the list of principles would be longer than a library file may hold', async () => {
    const mine = await exportLibrary(lib.db);
    const file = await largeLibraryFile(1, 0);
    file.snippets[0]!.principles = [];
    file.principles = Array.from({ length: LIMITS.principles }, (_, position) => ({ name: `P${position}`, position }));
    const before = await snapshot(lib.db);
    await expect(importLibrary(JSON.stringify(await resign(file)), lib.db)).rejects.toThrow(
      `principles: your library has ${mine.principles.length} and the file adds 200: together more than the 200 a library can hold`,
    );
    expect(await snapshot(lib.db)).toEqual(before);
  });
});
