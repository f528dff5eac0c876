import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { guardNetwork, type NetworkGuard } from './network-guard';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_PATH = join(root, '.output', 'chrome-mv3');
export const FIXTURE_PAGES = join(root, 'tests', 'fixtures', 'pages');

export interface ExtensionFixtures {
  /** A fresh Chromium profile with the built extension loaded. */
  context: BrowserContext;
  /** The extension's id, read from its service worker's address. */
  extensionId: string;
  /** Opens an extension page, e.g. openExtensionPage('sidepanel.html'). */
  openExtensionPage: (path: string) => Promise<Page>;
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
    throw new Error(`The extension is not built: ${EXTENSION_PATH}/manifest.json is missing. Run \`npm run build\` first (\`npm run test:e2e\` does).`);
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
      args: [
        `--disable-extensions-except=${EXTENSION_PATH}`,
        `--load-extension=${EXTENSION_PATH}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
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

  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 10_000 });
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
