import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { analyze } from '@/lib/analysis';
import { expect, test } from './fixtures';
import { notesOf, tabIdOf } from './page-protocol';
import { PanelViews } from './pages/panel-views';

const panelFor = (open: (path: string) => Promise<Page>, tabId: number) =>
  PanelViews.openPanel(open, `?tabId=${tabId}`);
const storyList = (panel: PanelViews) => panel.page.getByRole('list', { name: /^Stories in this document/ });
const storyName = (title: string) => new RegExp(`^${title} \\d+ · `);
const storyButton = (panel: PanelViews, title: string) =>
  storyList(panel).getByRole('button', { name: storyName(title) });
const storyItem = (panel: PanelViews, title: string) =>
  storyList(panel)
    .getByRole('listitem')
    .filter({ has: panel.page.getByRole('button', { name: storyName(title) }) });

/** How the panel says a score and band: "72 · Strong". */
const scoreLine = (text: string) => {
  const { score, band } = analyze(text);
  return `${score} · ${band[0]!.toUpperCase()}${band.slice(1)}`;
};

async function expectAxeClean(page: Page, where: string) {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  const view = await new AxeBuilder({ page }).include('#panel-panel-document').withTags(tags).analyze();
  expect(view.passes.length, `axe ran its checks (${where})`).toBeGreaterThan(0);
  expect(
    view.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    where,
  ).toEqual([]);
}

test.describe('the Whole document view (issue 11, part 1)', () => {
  test('a long Quill page: every story listed with its score; an edit re-scores only its story; a click selects it', async ({
    context,
    extensionWorker,
    fixtureServer,
    openExtensionPage,
  }) => {
    // A 100-page document: Quill lays out 1,480 blocks before the test can start.
    test.setTimeout(120_000);
    const page = await context.newPage();
    await page.goto(fixtureServer.url('quill-long.html'));
    await page.waitForFunction(() => 'quill' in window);
    const tabId = await tabIdOf(extensionWorker, page);
    const notes = await notesOf(page);
    const storyText = (i: number) => notes.map((n) => `${n} (note ${i})`).join('\n');
    await page.locator('.ql-editor h2').first().click();
    const panel = await panelFor(openExtensionPage, tabId);

    await panel.openTab('Whole document');
    await expect(storyList(panel)).toHaveAttribute('aria-label', 'Stories in this document (370)', {
      timeout: 15_000,
    });
    await expect(panel.page.getByText('From: the whole text of a Quill editor')).toBeVisible();
    await expect(storyButton(panel, 'Story 1')).toContainText(scoreLine(storyText(1)));
    const missing = Object.entries(analyze(storyText(1)).components).filter(([, c]) => !c.present);
    await expect(storyItem(panel, 'Story 1')).toContainText(missing.length ? /Missing: / : 'Shows every component');
    await expect(storyItem(panel, 'Story 1')).toContainText(/Speaking time: \d/);

    // Typing in the page: the list catches up, and only the edited story was analyzed again.
    await page.bringToFront();
    await page.locator('.ql-editor p').nth(4).click(); // the second story's second note
    await page.keyboard.press('End');
    await page.keyboard.type(' Revenue rose 12% in Q3.');
    const edited = storyText(2).split('\n');
    edited[1] = `${edited[1]} Revenue rose 12% in Q3.`;
    await expect(storyButton(panel, 'Story 2')).toContainText(scoreLine(edited.join('\n')), { timeout: 10_000 });
    const lastListed = await panel.page.evaluate(
      () =>
        (performance.getEntriesByName('ownership-lens:document-listed') as PerformanceMark[]).at(-1)?.detail as {
          analyzed: number;
        },
    );
    expect(lastListed.analyzed).toBe(1);

    // Choosing a story selects it in the editor, and the panel shows it as that selection.
    await storyButton(panel, 'Story 3').focus();
    await panel.page.keyboard.press('Enter');
    await expect(panel.tab('Analysis')).toHaveAttribute('aria-selected', 'true');
    await expect(panel.tab('Analysis')).toBeFocused();
    await expect(panel.page.getByText('From: Selection in a Quill editor')).toBeVisible();
    await expect(panel.scoreMeter).toHaveAttribute('aria-valuenow', String(analyze(storyText(3)).score));
    const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
    expect(selected.replace(/\s+/g, ' ').trim()).toBe(storyText(3).replace(/\s+/g, ' '));
  });

  test('the Docs look-alike: the stories of its export, and a story shown as if selected', async ({
    context,
    extensionWorker,
    fixtureServer,
    openExtensionPage,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('docs/document/d/lookalike-notes/edit.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    const panel = await panelFor(openExtensionPage, tabId);
    await panel.openTab('Whole document');
    const list = storyList(panel);
    await expect(list).toHaveAttribute('aria-label', 'Stories in this document (3)');
    await expect(list.getByRole('button')).toHaveText([/^Onboarding/, /^Account setup/, /^Pricing/]);
    const setup =
      'Support tickets about account setup had climbed to 900 a week by March. I decided to cut the setup wizard from seven steps to three and ran a two-week A/B test with 20% of new sign-ups.\r\n' +
      'Tickets fell 38% to 560 a week and day-7 activation rose from 41% to 47%; we rolled the short flow out to every region in Q2.';
    await expect(storyButton(panel, 'Account setup')).toContainText(scoreLine(setup));

    await storyButton(panel, 'Account setup').click();
    await expect(panel.tab('Analysis')).toHaveAttribute('aria-selected', 'true');
    await expect(panel.page.locator('.page-source__from')).toContainText(
      'From: Google Docs, whole document (plain-text export)',
    );
    await expect(panel.scoreMeter).toHaveAttribute('aria-valuenow', String(analyze(setup).score));
  });

  test('Save all to library as stories, by keyboard, with its report; saving again changes nothing; axe clean light and dark', async ({
    context,
    extensionWorker,
    fixtureServer,
    openExtensionPage,
  }) => {
    // Two saves and two full axe runs.
    test.setTimeout(90_000);
    const page = await context.newPage();
    await page.goto(fixtureServer.url('textarea.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    await page.locator('#notes').click();
    const panel = await panelFor(openExtensionPage, tabId);
    await panel.openTab('Whole document');
    await expect(storyList(panel)).toHaveAttribute('aria-label', 'Stories in this document (3)');
    await expect(panel.page.getByText(/^A story is a heading and every paragraph under it/)).toBeVisible();

    const save = panel.page.getByRole('button', { name: 'Save all to library as stories' });
    await save.focus();
    await panel.page.keyboard.press('Enter');
    const status = panel.page.getByRole('status').filter({ hasText: 'Saved to your library' });
    await expect(status).toContainText('Saved to your library: 3 added, 0 updated, 0 unchanged.');
    await expect(status.getByRole('table')).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await panel.page.emulateMedia({ colorScheme: scheme });
      await expectAxeClean(panel.page, `whole document view with its report, ${scheme}`);
    }

    await save.click();
    await expect(status).toContainText('Saved to your library: 0 added, 0 updated, 3 unchanged.');
    await panel.openTab('Library');
    await panel.page.getByRole('tab', { name: 'Stories' }).click();
    const library = panel.page.getByRole('tabpanel', { name: 'Library' });
    await expect(
      library.getByRole('heading', { name: 'I was responsible for the onboarding revamp. We…' }),
    ).toBeVisible();
  });
});
