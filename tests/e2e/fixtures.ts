import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeWelcomePage, extensionArgs, findChromium } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { guardNetwork, type NetworkGuard } from './network-guard';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Set by global-setup.ts to this run's builds (tests/e2e/extension-build.ts). */
export const EXTENSION_PATH_ENV = 'OWNERSHIP_LENS_E2E_EXTENSION';
export const PRODUCTION_EXTENSION_PATH_ENV = 'OWNERSHIP_LENS_PRODUCTION_EXTENSION';
export const FIREFOX_EXTENSION_PATH_ENV = 'OWNERSHIP_LENS_FIREFOX_EXTENSION';
/**
 * The extension the tests load: the e2e build, which also declares the content scripts on
 * http://127.0.0.1 because a test cannot click the toolbar to grant activeTab (see wxt.config.ts).
 * Outside a Playwright run it falls back to `npx wxt build --mode e2e`'s folder.
 */
export const EXTENSION_PATH = process.env[EXTENSION_PATH_ENV] ?? join(root, '.output', 'chrome-mv3-e2e');
/** The production build of this run, exactly as shipped; only its manifest is asserted. */
export const PRODUCTION_EXTENSION_PATH =
  process.env[PRODUCTION_EXTENSION_PATH_ENV] ?? join(root, '.output', 'chrome-mv3');
/** The production Firefox build of this run (manifest checks here; tests/firefox runs it in Firefox). */
export const FIREFOX_EXTENSION_PATH = process.env[FIREFOX_EXTENSION_PATH_ENV] ?? join(root, '.output', 'firefox-mv3');
export const FIXTURE_PAGES = join(root, 'tests', 'fixtures', 'pages');

export interface ExtensionFixtures {
  /** A fresh Chromium profile with the built extension loaded. */
  context: BrowserContext;
  /** The extension's id, read from its service worker's address. */
  extensionId: string;
  /** Opens an extension page, e.g. openExtensionPage('sidepanel.html'). */
  openExtensionPage: (path: string) => Promise<Page>;
  /** The extension's service worker (the background). */
  extensionWorker: Worker;
  /** Origins a spec may reach besides the extension and the fixture server (an option; none by default). */
  allowedOrigins: string[];
  /** Fails the test if anything requested an address off this machine; on for every test. */
  networkGuard: NetworkGuard;
}

export interface WorkerFixtures {
  fixtureServer: FixtureServer;
}

function assertExtensionBuilt(): void {
  if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(
      `The extension is not built: ${EXTENSION_PATH}/manifest.json is missing. Playwright's global setup builds it; outside it, run \`npx wxt build --mode e2e\`.`,
    );
  }
}

export const test = base.extend<ExtensionFixtures, WorkerFixtures>({
  fixtureServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startFixtureServer(FIXTURE_PAGES);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    assertExtensionBuilt();
    const userDataDir = await mkdtemp(join(tmpdir(), 'ownership-lens-e2e-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: findChromium(),
      headless: true,
      args: extensionArgs(EXTENSION_PATH),
    });
    try {
      await closeWelcomePage(context);
      await use(context);
    } finally {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    }
  },

  allowedOrigins: [[], { option: true }],

  networkGuard: [
    async ({ context, fixtureServer, allowedOrigins }, use) => {
      const guard = guardNetwork(context, [fixtureServer.origin, ...allowedOrigins]);
      await use(guard);
      guard.dispose();
      guard.assertNoViolations();
    },
    { auto: true },
  ],

  extensionWorker: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 10_000 });
    await use(worker);
  },

  extensionId: async ({ extensionWorker: worker }, use) => {
    const id = new URL(worker.url()).host;
    if (!id) throw new Error(`Could not read the extension id from ${worker.url()}`);
    await use(id);
  },

  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\/+/, '')}`);
      return page;
    });
  },
});

export const expect = test.expect;
