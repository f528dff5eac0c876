import { analyze } from '@/lib/analysis';
import { expect, test } from './fixtures';
import { FirefoxPanel } from './pages/panel';

declare const browser: typeof import('wxt/browser').browser;

test.describe('Firefox: the panel and the first run', () => {
  test('the panel scores typed text, as it would in the sidebar', async ({ extension }) => {
    const panel = await FirefoxPanel.open(extension);
    const story =
      'Checkout p95 latency had drifted to 1.9 seconds by January. I decided to cache tax tables per region, and p95 dropped to 820 ms in six weeks.';
    await panel.typeStory(story);
    const expected = analyze(story);
    await panel.expectScore(expected.score);
    expect(await panel.band()).toBe(expected.band);
  });

  test('installing opened the welcome page, which shows the shortcut Firefox assigned', async ({ extension }) => {
    expect(extension.welcomeOpenedOnInstall).toBe(true);
    const welcome = extension.control;
    await expect
      .poll(() => welcome.evaluate(() => document.querySelector('[data-testid="shortcut"]')?.textContent))
      .toBe('Alt+Shift+O');
    const assigned = await welcome.evaluate(async () =>
      (await browser.commands.getAll()).find((command) => command.name === 'open-panel'),
    );
    expect(assigned?.shortcut).toBe('Alt+Shift+O');
    // Firefox's own text, not Chrome's: its sidebar and its toolbar menu.
    expect(await welcome.evaluate(() => document.body.textContent)).toContain('View → Sidebar');
  });
});
