/**
 * The one-time upgrade of a version 2 library in Chromium's real IndexedDB: the panel lists the
 * snippets at once, the search words are rewritten in the background, and a panel closed half
 * way loses nothing; the next panel finishes the job.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import type { ExportedSnippet } from '@/lib/library/exchange/format';
import { indexWords, normalizeText } from '@/lib/library/text';
import { rootAlias } from '../bench/chromium';
import { largeLibraryFile } from '../unit/library/large-library';
import { expect, test } from './fixtures';
import { LibraryPanel, readLibraryRows } from './library-fixtures';
import type { OldLibrary } from './old-library';

const SNIPPETS = 3_000;
const HERE = dirname(fileURLToPath(import.meta.url));

async function oldLibraryScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(HERE, 'old-library.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
    plugins: [rootAlias],
  });
  return result.outputFiles[0]!.text;
}

/** Snippets still waiting for their words, read with plain IndexedDB: undefined once none waits. */
function queued(page: Page): Promise<number[] | undefined> {
  return page.evaluate(
    () =>
      new Promise<number[] | undefined>((resolve, reject) => {
        const open = indexedDB.open('ownership-lens-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('meta', 'readonly').objectStore('meta').get('wordsPending');
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { ids: number[] } | undefined)?.ids);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

type StoredSnippet = ExportedSnippet & { normalized: string; words: string[]; wordFields: [number, number] };

/**
 * Every snippet is there with every field as written; its words are version 2's or the current
 * ones, and the current ones for every snippet no longer waiting. The ids of the snippets that
 * break this, so a failure names them (one expect per row would take minutes for 3,000 rows).
 */
function rowsNotKept(stored: StoredSnippet[], written: ExportedSnippet[], waiting: ReadonlySet<number>): number[] {
  const byId = new Map(stored.map((s) => [s.id, s]));
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return written
    .filter((original) => {
      const row = byId.get(original.id);
      if (!row || row.normalized !== normalizeText(original.text)) return true;
      const { words, wordFields, normalized: _n, ...fields } = row;
      const sorted = (o: object) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
      if (!same(sorted(fields), sorted(original))) return true;
      const current = indexWords(original.text, original.tags, original.note);
      const filled = same(words, current.words) && same(wordFields, current.wordFields);
      return !filled && !waiting.has(original.id);
    })
    .map((s) => s.id)
    .concat(stored.length === written.length ? [] : [-1]);
}

test.describe('the version 2 → 4 upgrade (issue 9)', () => {
  test('the panel is usable at once, and a panel closed mid-upgrade loses no row', async ({
    context,
    extensionId,
    openExtensionPage,
  }) => {
    test.setTimeout(180_000);
    const { snippets } = await largeLibraryFile(SNIPPETS, 0);
    for (const s of snippets) s.principles = [];
    const matching = (prefix: string) =>
      snippets
        .filter((s) => indexWords(s.text, s.tags, s.note).words.some((w) => w.startsWith(prefix)))
        .length.toLocaleString('en');
    // Not the panel's page: the panel opens the library (at version 4) as soon as it is shown.
    const writer = await openExtensionPage('manifest.json');
    await writer.evaluate(await oldLibraryScript());
    await writer.evaluate(
      (rows) => (globalThis as unknown as { oldLibrary: OldLibrary }).oldLibrary.writeVersion2(rows),
      snippets,
    );
    await writer.close();

    // The panel opens the library at once: the upgrade itself only queues the snippets.
    const first = await LibraryPanel.open(openExtensionPage);
    await first.openLibrary();
    await expect(first.count).toHaveText(`${SNIPPETS.toLocaleString('en')} snippets in your library.`);
    await expect(first.snippets().first()).toBeVisible();
    // The list did not wait for the words: snippets still wait for them.
    const watcher = await context.newPage();
    await watcher.goto(`chrome-extension://${extensionId}/manifest.json`);
    expect((await queued(watcher))?.length).toBeGreaterThan(0);
    // Search is right before any word is rewritten: version 2 indexed the stopword "by", and the search skips it.
    await first.search.fill('halv');
    await expect(first.count).toHaveText(`${matching('halv')} snippets match “halv”.`);
    await first.search.fill('by');
    await expect(first.count).toHaveText('0 snippets match “by”.');

    await expect.poll(async () => (await queued(watcher))?.length ?? 0, { timeout: 60_000 }).toBeLessThan(SNIPPETS);
    await first.page.close();
    const waiting = (await queued(watcher)) ?? [];
    expect(waiting.length, 'the panel was closed before the upgrade finished').toBeGreaterThan(0);
    const afterClose = (await readLibraryRows(watcher)).snippets as StoredSnippet[];
    expect(rowsNotKept(afterClose, snippets, new Set(waiting))).toEqual([]);

    // The next panel carries on, and when it is done every row has its current words.
    const second = await LibraryPanel.open(openExtensionPage);
    await second.openLibrary();
    await expect(second.snippets().first()).toBeVisible();
    await expect.poll(() => queued(watcher), { timeout: 120_000 }).toBeUndefined();
    const done = (await readLibraryRows(watcher)).snippets as StoredSnippet[];
    expect(rowsNotKept(done, snippets, new Set())).toEqual([]);
    await second.search.fill('halv');
    await expect(second.count).toHaveText(`${matching('halv')} snippets match “halv”.`);
  });
});
