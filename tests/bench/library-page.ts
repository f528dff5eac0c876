/**
 * The library benchmark inside the extension's own origin: bundled with esbuild from the same
 * lib/library source the panel ships, evaluated in a chrome-extension://ID/sidepanel.html page
 * by the runner, and driven with page.evaluate. It opens the panel's own database by name, so
 * the rows it imports are the rows the real panel lists afterwards. Nothing here ships in the
 * extension: the panel's build has no test hook.
 */
import { LIBRARY_DB_NAME, openLibrary, type LibraryDB } from '@/lib/library/db';
import { importLibraryFile } from '@/lib/library/exchange/import';
import { parseLibraryFile } from '@/lib/library/exchange/validate';
import { searchSnippets, type SnippetQuery } from '@/lib/library/search';
import { searchIndexOf } from '@/lib/library/search-index';
import { fillPendingWords } from '@/lib/library/words-backfill';
import type { ExportedSnippet } from '@/lib/library/exchange/format';
import { oldLibrary } from '../e2e/old-library';

export interface SearchTiming {
  query: SnippetQuery;
  /** Milliseconds of each timed call, in the order they ran. */
  samples: number[];
  /** Matches in all, and rows on the page, so a search that found nothing would show. */
  total: number;
  shown: number;
}

export interface LibraryPageBench {
  /** Deletes the panel's database: the next step starts from an empty library. */
  reset(): Promise<void>;
  /**
   * Imports a library file's text into the panel's database, as importLibrary does: milliseconds
   * from the text to the committed transaction, and its two parts, the file's checks (parse,
   * checksum, every field) and the one transaction that writes it.
   */
  importText(text: string): Promise<{ ms: number; checkMs: number; writeMs: number; report: unknown }>;
  count(): Promise<number>;
  /**
   * Writes the snippets as version 2 did, then opens the library as the panel does: the
   * milliseconds the open takes (what the user waits for), and those the background words pass
   * takes after it.
   */
  upgradeFromVersion2(snippets: ExportedSnippet[]): Promise<{ openMs: number; wordsMs: number; count: number }>;
  /** Runs the background words pass to its end; milliseconds from start to the last chunk's commit. */
  fillWords(): Promise<{ ms: number }>;
  /**
   * A search on a connection that has not searched yet, as in a panel just opened: answered from
   * the `words` index when a term is narrow enough, else after building the in-memory index
   * (`built` says which).
   */
  coldSearch(query: SnippetQuery): Promise<{ ms: number; total: number; built: boolean }>;
  /** Times each query `runs` times after `warmup` untimed calls, queries interleaved so load slows all alike. */
  timeSearches(queries: SnippetQuery[], runs: number, warmup: number): Promise<SearchTiming[]>;
}

let db: LibraryDB | undefined;
const library = () => (db ??= openLibrary(LIBRARY_DB_NAME));

const bench: LibraryPageBench = {
  async reset() {
    const current = library();
    await current.delete();
    db = undefined;
  },
  async importText(text) {
    const started = performance.now();
    const file = await parseLibraryFile(text);
    const checked = performance.now();
    const report = await importLibraryFile(file, library());
    const ended = performance.now();
    return { ms: ended - started, checkMs: checked - started, writeMs: ended - checked, report };
  },
  count: () => library().snippets.count(),
  async upgradeFromVersion2(snippets) {
    await library().delete();
    db = undefined;
    await oldLibrary.writeVersion2(snippets);
    const started = performance.now();
    await library().open();
    const opened = performance.now();
    await fillPendingWords(library());
    return { openMs: opened - started, wordsMs: performance.now() - opened, count: await library().snippets.count() };
  },
  async fillWords() {
    const started = performance.now();
    await fillPendingWords(library());
    return { ms: performance.now() - started };
  },
  async coldSearch(query) {
    const fresh = openLibrary(LIBRARY_DB_NAME);
    await fresh.open();
    const started = performance.now();
    const page = await searchSnippets(query, fresh);
    const ms = performance.now() - started;
    const { built } = searchIndexOf(fresh);
    fresh.close();
    return { ms, total: page.total, built };
  },
  async timeSearches(queries, runs, warmup) {
    const timings = queries.map((query) => ({ query, samples: [] as number[], total: 0, shown: 0 }));
    for (let i = 0; i < warmup; i++) for (const query of queries) await searchSnippets(query, library());
    for (let round = 0; round < runs; round++) {
      for (let k = 0; k < timings.length; k++) {
        const timing = timings[(round + k) % timings.length]!;
        const started = performance.now();
        const page = await searchSnippets(timing.query, library());
        timing.samples.push(performance.now() - started);
        timing.total = page.total;
        timing.shown = page.items.length;
      }
    }
    return timings;
  },
};

(globalThis as unknown as { ownershipLensLibraryBench: LibraryPageBench }).ownershipLensLibraryBench = bench;
