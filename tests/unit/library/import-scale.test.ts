// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importLibrary } from '@/lib/library/exchange/import';
import { searchSnippets } from '@/lib/library/search';
import { isIndexedWord, queryTerms, searchWords } from '@/lib/library/text';
import { useLibrary } from './helpers';
import { largeLibraryFile } from './large-library';

const lib = useLibrary();

describe('a 10,000-snippet library', () => {
  it('imports in one transaction, pages, searches, and re-imports as all skipped', { timeout: 90_000 }, async () => {
    const file = await largeLibraryFile(10_000);
    const text = JSON.stringify(file);
    expect(text.length).toBeLessThan(20 * 1024 * 1024);

    let started = performance.now();
    const report = await importLibrary(text, lib.db);
    const importMs = performance.now() - started;
    expect(report.snippets).toEqual({ added: 10_000, updated: 0, skipped: 0 });
    expect(report.stories).toEqual({ added: 20, updated: 0, skipped: 0 });
    expect(await lib.db.snippets.count()).toBe(10_000);

    const newest = await searchSnippets({ limit: 40 }, lib.db);
    expect(newest.total).toBe(10_000);
    expect(newest.items.map((s) => s.id)).toEqual(Array.from({ length: 40 }, (_, i) => 10_000 - i));
    const deep = await searchSnippets({ sort: 'score', offset: 9_990, limit: 40 }, lib.db);
    expect(deep.items).toHaveLength(10);

    // The prefix search finds exactly the snippets a brute-force scan of the file finds (over the words that are indexed).
    const terms = queryTerms('conv hal');
    const expected = file.snippets.filter((s) => {
      const words = [...searchWords(s.text), ...s.tags.flatMap(searchWords), ...searchWords(s.note)].filter(
        isIndexedWord,
      );
      return terms.every((t) => words.some((w) => w.startsWith(t)));
    });
    started = performance.now();
    const page = await searchSnippets({ text: 'conv hal', limit: 50 }, lib.db);
    const searchMs = performance.now() - started;
    expect(page.total).toBe(expected.length);
    expect(page.items).toHaveLength(Math.min(50, expected.length));
    expect(expected.length).toBeGreaterThan(50);

    started = performance.now();
    const again = await importLibrary(text, lib.db);
    const reimportMs = performance.now() - started;
    expect(again.snippets).toEqual({ added: 0, updated: 0, skipped: 10_000 });

    // fake-indexeddb in Node is far slower than a browser's IndexedDB; this only catches a blow-up.
    // The real numbers come from `npm run bench:library` in Chromium.
    console.info(
      `10,000 snippets in fake-indexeddb: import ${importMs.toFixed(0)} ms, search ${searchMs.toFixed(0)} ms, re-import ${reimportMs.toFixed(0)} ms`,
    );
    expect(importMs).toBeLessThan(60_000);
  });
});
