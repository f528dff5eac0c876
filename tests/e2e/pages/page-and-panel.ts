import { expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { analyze } from '@/lib/analysis';
import { CATEGORY_LABELS } from '@/components/labels';
import { tabIdOf } from '../page-protocol';
import { PanelViews } from './panel-views';

export interface PanelFixtures {
  context: BrowserContext;
  extensionWorker: Worker;
  openExtensionPage: (path: string) => Promise<Page>;
}

/** A fixture page, and a panel pinned to its tab with ?tabId=N, as a popped-out panel is. */
export async function pageAndPanel(
  { context, extensionWorker, openExtensionPage }: PanelFixtures,
  url: string,
): Promise<{ page: Page; panel: PanelViews; tabId: number }> {
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(extensionWorker, page);
  const panel = await PanelViews.openPanel(openExtensionPage, `?tabId=${tabId}`);
  await expect(panel.page.getByRole('radio', { name: 'The selection in the page' })).toBeChecked();
  await page.bringToFront();
  return { page, panel, tabId };
}

/** The panel shows the analysis of `text`, and says where it came from. */
export async function expectScored(panel: PanelViews, text: string, from: string | RegExp): Promise<void> {
  const expected = analyze(text);
  await expect(panel.scoreMeter).toHaveAttribute('aria-valuenow', String(expected.score));
  await expect(panel.findingItems()).toHaveCount(expected.findings.length);
  await expect(panel.highlightLabels()).toHaveText(expected.findings.map((f) => CATEGORY_LABELS[f.category]));
  await expect(panel.page.locator('.page-source__from')).toContainText(from);
}
