import type { Page } from '@playwright/test';
import { analyze } from '@/lib/analysis';
import { expect, test } from './fixtures';
import { notesOf, selectInField, tabIdOf } from './page-protocol';
import { PanelViews } from './pages/panel-views';

declare const chrome: typeof import('wxt/browser').Browser;

/** What the toolbar button of `tabId` shows, asked from the panel's own page. */
const buttonOf = (panel: Page, tabId: number) =>
  panel.evaluate(
    async (tabId) => ({
      text: await chrome.action.getBadgeText({ tabId }),
      title: await chrome.action.getTitle({ tabId }),
    }),
    tabId,
  );

test.describe('the toolbar button shows the band of the passage the panel is scoring', () => {
  test('a word and a full title on the tab the passage came from; cleared when the setting is off', async ({
    context,
    extensionWorker,
    openExtensionPage,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('textarea.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    const panel = await PanelViews.openPanel(openExtensionPage, `?tabId=${tabId}`);
    const notes = await notesOf(page);
    expect(await buttonOf(panel.page, tabId)).toEqual({ text: '', title: 'Open Ownership Lens' });

    await page.bringToFront();
    await selectInField(page, '#notes', notes[0]!);
    const weak = analyze(notes[0]!);
    await expect
      .poll(() => buttonOf(panel.page, tabId))
      .toEqual({
        text: 'Weak',
        title: `Ownership Lens: weak ownership, ${weak.score} out of 100, for the passage in the panel. Click to open it.`,
      });
    await selectInField(page, '#notes', notes[1]!);
    expect(analyze(notes[1]!).band).toBe('strong');
    await expect.poll(async () => (await buttonOf(panel.page, tabId)).text).toBe('Str');

    await panel.openTab('Settings');
    await panel.page.getByRole('checkbox', { name: 'Show the band on the toolbar button' }).uncheck();
    await expect.poll(() => buttonOf(panel.page, tabId)).toEqual({ text: '', title: 'Open Ownership Lens' });
    await panel.page.getByRole('checkbox', { name: 'Show the band on the toolbar button' }).check();
    await expect.poll(async () => (await buttonOf(panel.page, tabId)).text).toBe('Str');

    // Closing the panel takes the badge with it: no band is left on a button for a passage nobody sees.
    const watcher = await openExtensionPage('welcome.html');
    await panel.page.close({ runBeforeUnload: true });
    await expect.poll(async () => (await buttonOf(watcher, tabId)).text).toBe('');
  });
});
