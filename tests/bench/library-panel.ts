/**
 * The time until the real panel first shows the list: fresh sidepanel.html pages, the Library
 * tab clicked as soon as it exists (the panel opens on Analysis), and the moments read from a
 * MutationObserver installed before the page's own scripts, in the page's own clock
 * (performance.now() counts from navigation start).
 */
import type { BrowserContext } from '@playwright/test';

export const PANEL_RUNS = 7;

export interface FirstListResult {
  /** Navigation start → first snippet in the list, per run. */
  runs: number[];
  /** Library tab click → first snippet, per run. */
  afterClick: number[];
  /** Navigation start → the panel's tabs on screen (the panel's own start-up, before the click). */
  tabsShown: number[];
  /** Tabs on screen + click → first snippet: the panel's own time, without the test driver's delay before its click. */
  panelOwn: number[];
  how: string;
  error?: string;
}

/**
 * Installed before the page's scripts. A string, not a function: tsx would wrap a function's
 * inner arrow functions in a helper that does not exist in the page.
 */
const MARKER = `(() => {
  const marks = {};
  globalThis.__libraryMarks = marks;
  new MutationObserver(() => {
    if (marks.tab === undefined && document.querySelector('[role="tab"]')) marks.tab = performance.now();
    if (marks.first === undefined && document.querySelector('[data-snippet-id]')) marks.first = performance.now();
  }).observe(document, { childList: true, subtree: true });
  addEventListener('pointerdown', () => { if (marks.click === undefined) marks.click = performance.now(); }, true);
})();`;

interface Marks {
  tab?: number;
  click?: number;
  first?: number;
}

export async function measureFirstList(context: BrowserContext, extensionId: string): Promise<FirstListResult> {
  const runs: number[] = [];
  const afterClick: number[] = [];
  const tabsShown: number[] = [];
  const panelOwn: number[] = [];
  try {
    for (let run = 0; run < PANEL_RUNS; run++) {
      const page = await context.newPage();
      await page.addInitScript(MARKER);
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`, { waitUntil: 'commit' });
      await page.getByRole('tab', { name: 'Library', exact: true }).click();
      await page.locator('[data-snippet-id]').first().waitFor({ timeout: 30_000 });
      const marks = await page.evaluate(() => (globalThis as unknown as { __libraryMarks: Marks }).__libraryMarks);
      await page.close();
      if (marks.first === undefined || marks.click === undefined)
        throw new Error(`the page did not record its first list item: ${JSON.stringify(marks)}`);
      runs.push(marks.first);
      afterClick.push(marks.first - marks.click);
      if (marks.tab === undefined) throw new Error('the page did not record its tabs');
      tabsShown.push(marks.tab);
      panelOwn.push(marks.tab + (marks.first - marks.click));
    }
  } catch (error) {
    return { runs, afterClick, tabsShown, panelOwn, how: '', error: (error as Error).message.split('\n')[0] };
  }
  return {
    runs,
    afterClick,
    tabsShown,
    panelOwn,
    how: 'a fresh page each run, Library tab clicked as soon as it appears',
  };
}
