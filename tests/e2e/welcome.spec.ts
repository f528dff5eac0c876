import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '@/lib/analysis';
import { SAMPLE_STORY } from '@/components/welcome/SampleStory';
import { extensionArgs, findChromium, takeWelcomePage } from './chromium';
import { EXTENSION_PATH, expect, test } from './fixtures';
import { PanelPage } from './pages/panel';

test.describe('the welcome page, on first install', () => {
  test('opens by itself in a tab, and reads the shortcut Chrome actually assigned', async () => {
    // A profile of its own: the shared fixture closes the welcome tab before a test sees it.
    const profile = await mkdtemp(join(tmpdir(), 'ownership-lens-welcome-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      args: extensionArgs(EXTENSION_PATH),
    });
    try {
      const welcome = await takeWelcomePage(context);
      await expect(welcome.getByRole('heading', { level: 1, name: 'Welcome to Ownership Lens' })).toBeVisible();
      await expect(welcome.getByTestId('shortcut')).toHaveText('Alt+Shift+O');
      // The way to change it opens Chrome's own shortcuts page.
      const opened = context.waitForEvent('page');
      await welcome.getByRole('button', { name: 'Change the shortcut' }).click();
      await expect.poll(async () => (await opened).url()).toBe('chrome://extensions/shortcuts');
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });

  test('scores its sample story at once, as the panel would, and re-scores an edit', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('welcome.html');
    const sample = new PanelPage(page, { storyBox: 'Sample story', report: 'Sample story analysis' });
    await expect(sample.storyBox).toHaveValue(SAMPLE_STORY);
    await sample.waitForAnalysis();
    const expected = analyze(SAMPLE_STORY);
    expect(await sample.score()).toBe(expected.score);
    expect(await sample.band()).toBe(expected.band);
    const better =
      'Returns took 9 days to refund in January. I decided to scan parcels at the dock and ran a four-week pilot with the warehouse lead; refunds fell to 3 days by May.';
    await sample.pasteStory(better);
    expect(await sample.score()).toBe(analyze(better).score);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations in ${colorScheme} mode`, async ({ openExtensionPage }) => {
      const page = await openExtensionPage('welcome.html');
      await page.emulateMedia({ colorScheme });
      await expect(page.getByRole('meter', { name: 'Ownership score' })).toBeVisible();
      await expect(page.getByTestId('shortcut')).toHaveText('Alt+Shift+O');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
});
