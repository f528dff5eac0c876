import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { launchProfile, LibraryPanel, readLibraryRows } from './library-fixtures';

const SNIPPETS = [
  {
    text: 'Refund tickets had doubled to 1,200 a week; I cut them 45% in 30 days by rebuilding triage with the support lead.',
    tags: 'support, cost',
    principle: 'Ownership',
  },
  {
    text: 'I chose day-7 activation as the goal and killed two features that did not move it.',
    tags: 'growth',
    principle: 'Dive Deep',
  },
  { text: 'We shipped five features this quarter.', tags: '', principle: '' },
];

test.describe('export and import (issue 4)', () => {
  test('exports everything to a file, and a fresh profile imports it with every row back', async ({
    openExtensionPage,
  }) => {
    test.setTimeout(120_000);
    const panel = await LibraryPanel.open(openExtensionPage);
    for (const s of SNIPPETS) {
      await panel.pasteStory(s.text);
      await panel.save({ tags: s.tags, principle: s.principle });
      await expect(panel.saveForm.getByRole('status')).toHaveText(/^Saved to your library/);
    }
    // A story with a saved score, a metric of the user's, and a template of the user's.
    await panel.openLibrary('Stories');
    await panel.page.getByRole('textbox', { name: 'New story title' }).fill('Refund triage');
    await panel.page.getByRole('button', { name: 'Create story' }).click();
    await panel.page.getByRole('textbox', { name: 'Problem' }).fill('Refund tickets had doubled to 1,200 a week.');
    await panel.page.getByRole('textbox', { name: 'Action' }).fill('I rebuilt triage with the support lead.');
    await panel.page.getByRole('textbox', { name: 'Result' }).fill('Tickets fell 45% in 30 days.');
    await panel.page.getByRole('button', { name: 'Save story' }).click();
    await expect(panel.toast).toContainText('added to the history');
    await panel.openLibrary('Templates');
    await panel.page.getByRole('combobox', { name: 'Used for' }).selectOption({ label: 'Weak verb' });
    await panel.page.getByRole('textbox', { name: 'Template' }).fill('I [verb] [what], which cut [metric] by [X%].');
    await panel.page.getByRole('button', { name: 'Add template' }).click();
    await expect(panel.page.getByRole('list', { name: 'Your templates' }).getByRole('listitem')).toHaveCount(1);

    await panel.openLibrary('Export & import');
    const [download] = await Promise.all([
      panel.page.waitForEvent('download'),
      panel.page.getByRole('button', { name: 'Export all (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ownership-lens-library-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(panel.page.getByRole('status').filter({ hasText: 'Exported' })).toHaveText(
      /Exported 3 snippets, 1 story, 1 template and 16 principles/,
    );
    const file = join(tmpdir(), `library-export-${Date.now()}.json`);
    await download.saveAs(file);
    const exported = JSON.parse(await readFile(file, 'utf8')) as {
      format: string;
      checksum: string;
      snippets: unknown[];
    };
    expect(exported.format).toBe('ownership-lens-library');
    expect(exported.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    const original = await readLibraryRows(panel.page);

    const fresh = await launchProfile();
    try {
      const other = await LibraryPanel.open(fresh.openExtensionPage);
      await other.openLibrary();
      await expect(other.count).toHaveText('0 snippets in your library.');
      await other.openLibrary('Export & import');

      // A damaged file is refused whole, with the first problem named, and nothing is written.
      const damaged = join(tmpdir(), `library-damaged-${Date.now()}.json`);
      await writeFile(damaged, (await readFile(file, 'utf8')).replace('"text":"We shipped', '"text":"They shipped'));
      await other.page.getByLabel('Import a library file').setInputFiles(damaged);
      await expect(other.page.getByRole('alert')).toHaveText(
        /^Nothing was imported, and your library is unchanged\. The first problem in the file: checksum: /,
      );
      const truncated = join(tmpdir(), `library-truncated-${Date.now()}.json`);
      await writeFile(truncated, (await readFile(file, 'utf8')).slice(0, 500));
      await other.page.getByLabel('Import a library file').setInputFiles(truncated);
      await expect(other.page.getByRole('alert')).toHaveText(/not valid JSON, or it was cut short/);

      await other.page.getByLabel('Import a library file').setInputFiles(file);
      const report = other.page.getByRole('table', { name: /^Imported library-export/ });
      await expect(report.getByRole('row', { name: /^Snippets/ })).toHaveText(/Snippets\s*3\s*0\s*0/);
      await expect(report.getByRole('row', { name: /^Stories/ })).toHaveText(/Stories\s*1\s*0\s*0/);
      await expect(report.getByRole('row', { name: /^Templates/ })).toHaveText(/Templates\s*1\s*0\s*0/);

      // Every row of every table is back, ids, times and scores included.
      expect(await readLibraryRows(other.page)).toEqual(original);
      await other.openLibrary();
      await other.search.fill('triag');
      await expect(other.count).toHaveText('1 snippet matches “triag”.');
      await expect(other.snippets().first()).toContainText('Principles: Ownership');

      // Importing the same file again adds nothing: every row is skipped.
      await other.openLibrary('Export & import');
      await other.page.getByLabel('Import a library file').setInputFiles(file);
      await expect(report.getByRole('row', { name: /^Snippets/ })).toHaveText(/Snippets\s*0\s*0\s*3/);
    } finally {
      await fresh.close();
    }
  });

  test('the cheat sheet: a printable preview built from text, never markup, and a Markdown download', async ({
    openExtensionPage,
  }) => {
    const panel = await LibraryPanel.open(openExtensionPage);
    const hostile =
      'I cut churn 12% <img src=x onerror="document.title=\'pwned\'"> in Q3 by **owning** the renewal flow.';
    await panel.pasteStory(hostile);
    await panel.save({ principle: 'Ownership' });
    await panel.openLibrary('Prepare');
    const preview = panel.page.getByRole('article', { name: 'Cheat sheet preview' });
    const phrasing = preview.getByRole('list', { name: 'Strongest phrasings' }).getByRole('listitem').first();
    await expect(phrasing).toContainText('Ownership: ');
    await expect(phrasing).toContainText('<img src=x onerror="document.title=\'pwned\'">');
    await expect(phrasing).toContainText('**owning**');
    await expect(preview.locator('img')).toHaveCount(0);
    await expect(panel.page).toHaveTitle('Ownership Lens');
    const [download] = await Promise.all([
      panel.page.waitForEvent('download'),
      panel.page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('interview-cheat-sheet.md');
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain('## Strongest phrasings');
    expect(markdown).toContain('- Ownership: I cut churn 12% \\<img');
    expect(markdown).toContain('\\*\\*owning\\*\\*');
  });
});
