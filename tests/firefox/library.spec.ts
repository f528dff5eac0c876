import { analyze } from '@/lib/analysis';
import { expect, test } from './fixtures';
import { FirefoxPanel } from './pages/panel';

const STORY =
  'Refunds took 9 days in January. I decided to scan returned parcels at the dock and ran a four-week pilot with the warehouse lead; refunds fell to 3 days by May.';

const statusOf = (panel: FirefoxPanel, selector: string) =>
  panel.page.evaluate((selector) => document.querySelector(selector)?.textContent?.trim() ?? '', selector);

test.describe("Firefox: the library in Firefox's IndexedDB", () => {
  test('saves a story from the panel, and finds it by a word prefix after the panel is reloaded', async ({
    extension,
  }) => {
    const panel = await FirefoxPanel.open(extension);
    await panel.typeStory(STORY);
    await panel.expectScore(analyze(STORY).score);
    // The Save form loads on demand: the locator waits for it.
    await panel.page.locator('::-p-aria([name="Save to library"][role="button"])').click();
    await expect
      .poll(() => statusOf(panel, '.lib-save [role="status"]'))
      .toMatch(new RegExp(`^Saved to your library: ${analyze(STORY).score} · `));

    // A fresh panel page reads what IndexedDB kept.
    await panel.page.close();
    const again = await FirefoxPanel.open(extension);
    await again.openTab('Library');
    const search = await again.page.waitForSelector('input[type="search"]');
    await search!.type('parc');
    await expect.poll(() => statusOf(again, '.lib-snippets [role="status"]')).toBe('1 snippet matches “parc”.');
    expect(
      await again.page.evaluate(() => document.querySelector('ul[aria-label="Snippets"] li mark')?.textContent),
    ).toBe('parc');
  });
});
