/**
 * Library files that used to lose rows or break the library, imported through the panel into
 * Chromium's real IndexedDB: its key generator, its JSON parser and its stack are the browser's.
 */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPrincipleRows } from '@/lib/library/db';
import {
  fileChecksum,
  LIBRARY_FILE_FORMAT,
  LIBRARY_FILE_VERSION,
  type ExportedSnippet,
  type LibraryFile,
} from '@/lib/library/exchange/format';
import { expect, test } from './fixtures';
import { LibraryPanel, readLibraryRows } from './library-fixtures';

async function signedFile(snippets: ExportedSnippet[]): Promise<LibraryFile> {
  const body: Omit<LibraryFile, 'checksum'> = {
    format: LIBRARY_FILE_FORMAT,
    version: LIBRARY_FILE_VERSION,
    exportedAt: 1_800_000_000_000,
    principles: defaultPrincipleRows(),
    snippets,
    stories: [],
    templates: [],
    decisions: [],
    osfMaps: [],
    rehearsals: [],
    interviews: [],
  };
  return { ...body, checksum: await fileChecksum(body) };
}

const snippet = (id: number, text: string): ExportedSnippet => ({
  id,
  text,
  note: '',
  tags: [],
  principles: [],
  score: 50,
  band: 'partial',
  components: [],
  sourceTitle: '',
  sourceUrl: '',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
});

async function fileOnDisk(name: string, text: string): Promise<string> {
  const path = join(tmpdir(), `${name}-${Date.now()}.json`);
  await writeFile(path, text);
  return path;
}

test.describe('library files at the edges (issue 9)', () => {
  test('ids near 2^53 − 1: every row is stored, the report counts them, and saving keeps working', async ({
    openExtensionPage,
  }) => {
    test.setTimeout(60_000);
    const panel = await LibraryPanel.open(openExtensionPage);
    for (const text of ['I cut refund tickets 45% in 30 days.', 'I chose day-7 activation as the goal.']) {
      await panel.pasteStory(text);
      await panel.save();
      await expect(panel.saveForm.getByRole('status')).toHaveText(/^Saved to your library/);
    }
    const top = Number.MAX_SAFE_INTEGER;
    const file = await signedFile([
      snippet(1, 'Imported first, its id taken.'),
      snippet(2, 'Imported second, its id taken too.'),
      snippet(top, 'Imported with the largest safe id.'),
    ]);
    await panel.openLibrary('Export & import');
    await panel.page
      .getByLabel('Import a library file')
      .setInputFiles(await fileOnDisk('top-ids', JSON.stringify(file)));
    const report = panel.page.getByRole('table', { name: /^Imported top-ids/ });
    await expect(report.getByRole('row', { name: /^Snippets/ })).toHaveText(/Snippets\s*3\s*0\s*0/);

    const rows = (await readLibraryRows(panel.page)).snippets as Array<{ id: number; text: string }>;
    expect(rows.map((r) => r.text).sort()).toEqual(
      [
        ...file.snippets.map((s) => s.text),
        'I cut refund tickets 45% in 30 days.',
        'I chose day-7 activation as the goal.',
      ].sort(),
    );
    expect(rows.every((r) => Number.isSafeInteger(r.id))).toBe(true);

    // The key generator still has room: a new snippet saves.
    await panel.tab('Analysis').click();
    await panel.pasteStory('I rebuilt triage with the support lead.');
    await panel.save();
    await expect(panel.saveForm.getByRole('status')).toHaveText(/^Saved to your library/);
    expect((await readLibraryRows(panel.page)).snippets).toHaveLength(6);
  });

  test('a note nested 100,000 levels deep is refused with "nested too deeply", and nothing changes', async ({
    openExtensionPage,
  }) => {
    const panel = await LibraryPanel.open(openExtensionPage);
    const good = JSON.stringify(await signedFile([snippet(1, 'A snippet with a deep note.')]));
    const deep = good.replace('"note":""', `"note":${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    await panel.openLibrary();
    await expect(panel.count).toHaveText('0 snippets in your library.');
    const before = await readLibraryRows(panel.page);
    await panel.openLibrary('Export & import');
    await panel.page.getByLabel('Import a library file').setInputFiles(await fileOnDisk('deep', deep));
    await expect(panel.page.getByRole('alert')).toHaveText(
      /^Nothing was imported, and your library is unchanged\. The first problem in the file: snippets\[0\]\.note(\[0\])+: nested too deeply/,
    );
    expect(await readLibraryRows(panel.page)).toEqual(before);
  });
});
