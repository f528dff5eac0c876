/**
 * The Firefox suite's fixtures, on Playwright's test runner with puppeteer-core as the driver: one
 * Firefox per worker (launching takes about 5 s), the extension installed in it once, the same
 * fixture server as the Chromium suite, and the network guard checked after every test.
 */
import { test as base, expect } from '@playwright/test';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import type { CaptureError, CapturedPassage, MessageName, RequestOf, ResponseOf } from '@/lib/messaging/protocol';
import { startFixtureServer, type FixtureServer } from '../e2e/fixture-server';
import { launchFirefox, waitForAddress, type FirefoxWithExtension } from './firefox';
import { startProxyGuard, type ProxyGuard } from './network-guard';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Set by global-setup.ts to this run's e2e Firefox build. */
export const FIREFOX_E2E_PATH_ENV = 'OWNERSHIP_LENS_FIREFOX_E2E_EXTENSION';
export const FIREFOX_E2E_PATH = process.env[FIREFOX_E2E_PATH_ENV] ?? join(root, '.output', 'firefox-mv3-e2e');
export const FIXTURE_PAGES = join(root, 'tests', 'fixtures', 'pages');

/** The extension's own API, as its pages see it. */
declare const browser: typeof import('wxt/browser').browser;

export interface Extension extends FirefoxWithExtension {
  /** The welcome page the install opened, kept open to call the extension's API from. */
  control: Page;
  /** Whether the install opened the welcome page by itself. */
  welcomeOpenedOnInstall: boolean;
  /** The browser's tab id for a page: brought to the front, then asked for as the active tab. */
  tabIdOf(page: Page): Promise<number>;
  /** Sends one protocol message to a tab's content script, as the panel does, and unwraps the reply. */
  send<N extends MessageName>(tabId: number, name: N, data: RequestOf<N>): Promise<ResponseOf<N>>;
  /** Opens a fixture page in a new tab and waits for it to load. */
  openPage(url: string): Promise<Page>;
}

async function findWelcome(firefox: FirefoxWithExtension, timeoutMs = 10_000): Promise<Page | undefined> {
  const url = firefox.extensionUrl('welcome.html');
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    for (const page of await firefox.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === url) {
        await waitForAddress(page, url);
        return page;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

export const test = base.extend<
  { networkGuard: void; pagesClosed: void },
  { fixtureServer: FixtureServer; proxyGuard: ProxyGuard; extension: Extension }
>({
  fixtureServer: [
    async ({}, use) => {
      const server = await startFixtureServer(FIXTURE_PAGES);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  proxyGuard: [
    async ({}, use) => {
      const proxy = await startProxyGuard();
      await use(proxy);
      await proxy.close();
    },
    { scope: 'worker' },
  ],
  extension: [
    async ({ proxyGuard: proxy }, use) => {
      const firefox = await launchFirefox(FIREFOX_E2E_PATH, { prefs: proxy.prefs });
      try {
        const welcome = await findWelcome(firefox);
        const control = welcome ?? (await firefox.openExtensionPage('welcome.html'));
        const extension: Extension = {
          ...firefox,
          control,
          welcomeOpenedOnInstall: welcome !== undefined,
          async tabIdOf(page) {
            await page.bringToFront();
            const id = await control.evaluate(
              async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
            );
            if (id === undefined) throw new Error('No active tab.');
            return id;
          },
          async send(tabId, name, data) {
            const reply = (await control.evaluate(
              (tabId, name, data) =>
                browser.tabs.sendMessage(tabId, { protocol: 'ownership-lens', name, data }, { frameId: 0 }),
              tabId,
              name,
              data as never,
            )) as { ok: boolean; value?: unknown; error?: string } | undefined;
            if (!reply || reply.ok !== true) throw new Error(`${name} failed: ${reply?.error ?? 'no reply'}`);
            return reply.value as never;
          },
          async openPage(url) {
            const page = await firefox.browser.newPage();
            await page.goto(url);
            return page;
          },
        };
        await use(extension);
      } finally {
        await firefox.close();
      }
    },
    { scope: 'worker' },
  ],
  // Every test starts from the control tab alone: what a test opened, it does not leave behind.
  pagesClosed: [
    async ({ extension }, use) => {
      await use();
      for (const page of await extension.browser.pages()) {
        if (page !== extension.control) await page.close().catch(() => undefined);
      }
    },
    { auto: true },
  ],
  networkGuard: [
    async ({ proxyGuard: proxy }, use) => {
      const before = proxy.requests.length;
      await use();
      expect(proxy.requests.slice(before), 'requests that tried to leave the machine').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export function passageOf(reply: CapturedPassage | null | CaptureError): CapturedPassage {
  if (!reply || 'error' in reply) throw new Error(`no passage: ${JSON.stringify(reply)}`);
  return reply;
}
