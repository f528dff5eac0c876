import type { Browser } from 'wxt/browser';
import { expect, test } from './fixtures';
import { guardNetwork } from './network-guard';

/** Extension pages see Chrome's own `chrome` global; typed here with WXT's Chrome types. */
declare const chrome: typeof Browser;

test.describe('browser-test infrastructure', () => {
  test('loads the built extension and serves fixture pages on loopback', async ({
    context,
    extensionId,
    fixtureServer,
  }) => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    const page = await context.newPage();
    const response = await page.goto(fixtureServer.url('article.html'));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interview notes: the pricing experiment');
    expect(new URL(page.url()).hostname).toBe('127.0.0.1');
    expect((await page.request.get(fixtureServer.url('missing.html'))).status()).toBe(404);
  });

  test('the manifest asks only for what the panel and the page side need', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('sidepanel.html');
    const manifest = await page.evaluate(() => chrome.runtime.getManifest());
    // The full check of the shipped manifest is in permissions.spec.ts.
    expect(manifest.permissions ?? []).toEqual(['sidePanel', 'activeTab', 'scripting', 'contextMenus', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([
      'https://docs.google.com/*',
      'https://www.notion.so/*',
      'https://*.notion.site/*',
    ]);
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
  });

  test('the toolbar button is handled by the background, which opens the panel itself', async ({
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('sidepanel.html');
    const behavior = await page.evaluate(() => chrome.sidePanel.getPanelBehavior());
    // Chrome's own opening would not count as invoking the extension, so activeTab would not be granted.
    expect(behavior.openPanelOnActionClick).toBe(false);
  });
});

test.describe('network guard', () => {
  // The fixture-wide guard is told to let this one through, so the guard under test is the only judge.
  const OFF_DEVICE = 'http://off-device.invalid';
  test.use({ allowedOrigins: [OFF_DEVICE] });

  test('catches a request that would leave the device', async ({ context, fixtureServer }) => {
    // Aborted by Playwright before any lookup: the request is seen, and nothing is sent.
    await context.route(`${OFF_DEVICE}/**`, (route) => route.abort());
    const guard = guardNetwork(context, [fixtureServer.origin]);
    const page = await context.newPage();
    await page.goto(fixtureServer.url('article.html'));
    await page.evaluate((url) => fetch(url).catch(() => undefined), `${OFF_DEVICE}/beacon`);
    guard.dispose();
    expect(guard.violations).toEqual([`GET ${OFF_DEVICE}/beacon`]);
    expect(() => guard.assertNoViolations()).toThrow(/left the device/);
  });
});
