/**
 * A real Firefox with the extension installed, driven by puppeteer-core over WebDriver BiDi
 * (Playwright cannot drive a stock Firefox). The recipe and its reasons are in
 * ../shared/docs/firefox-testing.md: Debian's firefox-esr, the build installed as a temporary
 * add-on, and a moz-extension UUID fixed by a pref so extension pages have a known address.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browserFromEnvironment } from '../e2e/chromium';

export const FIREFOX_ENV_VARS = ['FIREFOX_PATH'] as const;
export const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'] as const;

/** The gecko id in wxt.config.ts, and the UUID its moz-extension:// pages get here. */
export const GECKO_ID = 'ownership-lens@example.org';
export const EXTENSION_UUID = '5b0c3d8e-1f2a-4c6b-9e7d-0a1b2c3d4e5f';

export function findFirefox(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const named = browserFromEnvironment(FIREFOX_ENV_VARS, env, exists);
  if (named) return named;
  const found = FIREFOX_PATHS.find((path) => exists(path));
  if (found) return found;
  throw new Error(
    `No Firefox found. Set ${FIREFOX_ENV_VARS.join(' or ')}, or install one (Debian: apt-get install -y firefox-esr). ` +
      `Looked in: ${FIREFOX_PATHS.join(', ')}.`,
  );
}

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
  /** moz-extension://<uuid>/<path> */
  extensionUrl(path: string): string;
  /** Opens an extension page in a new tab and waits until it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Firefox sends no load events for moz-extension:// documents, so goto never settles: poll the page instead. */
export async function waitForAddress(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    const ready = await page
      .evaluate((expected) => location.href === expected && document.readyState === 'complete', url)
      .catch(() => false); // mid-navigation: not yet
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not load within ${timeoutMs} ms.`);
}

export interface LaunchOptions {
  /** Prefs on top of the UUID pin, e.g. the proxy of the network guard. */
  prefs?: Record<string, string | number | boolean>;
  executablePath?: string;
}

/** Launches a headless Firefox and installs the built extension at `extensionDir` as a temporary add-on. */
export async function launchFirefox(extensionDir: string, options: LaunchOptions = {}): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath ?? findFirefox(),
    headless: true,
    // Extension pages are system pages to BiDi: navigating to them needs this.
    args: ['--remote-allow-system-access'],
    // Lets the remote-settings pref below (puppeteer's: a dummy data: server) take effect, so Firefox
    // does not fetch its own settings from the network while the guard is watching.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      ...options.prefs,
    },
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    if (extensionId !== GECKO_ID) throw new Error(`Installed ${extensionId}, expected ${GECKO_ID}.`);
    const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\/+/, '')}`;
    return {
      browser,
      extensionId,
      extensionUrl,
      async openExtensionPage(path) {
        const page = await browser.newPage();
        const url = extensionUrl(path);
        void page.goto(url).catch(() => undefined);
        await waitForAddress(page, url);
        return page;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
