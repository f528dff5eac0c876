/**
 * npm run demo: builds the extension, serves sample interview notes in a real editor on
 * 127.0.0.1, and opens a Chromium or Chrome window with the extension loaded.
 *
 * It loads the e2e build (wxt.config.ts), which also declares the content script on
 * http://127.0.0.1, so a selection on the demo page is read and scored at once. The shipped build
 * reads other pages only after the toolbar button, the menu or the shortcut grants activeTab.
 *
 *   npm run demo              a browser window to try it in
 *   npm run demo -- --check   the same, headless: selects a paragraph and prints the panel's score
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFixtureBundles } from '../fixtures/pages/build-bundles';
import { startFixtureServer } from '../e2e/fixture-server';
import { buildE2eExtension } from '../e2e/extension-build';
import { takeWelcomePage } from '../e2e/chromium';
import { findBrowser, missingDisplay } from './browser';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DEMO_PAGE = 'demo/interview-notes.html';

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const noDisplay = missingDisplay();
  if (noDisplay && !check) fail(noDisplay);
  let browserPath: string;
  try {
    browserPath = findBrowser();
  } catch (error) {
    fail((error as Error).message);
  }

  const started = Date.now();
  console.log('Building the extension and the demo editor…');
  await buildFixtureBundles();
  const extension = await buildE2eExtension(join(root, '.output', 'demo'));
  const server = await startFixtureServer(join(root, 'tests', 'fixtures', 'pages'));
  const profile = await mkdtemp(join(tmpdir(), 'ownership-lens-demo-'));
  let context: BrowserContext | undefined;
  const cleanUp = async () => {
    await context?.close().catch(() => undefined);
    await server.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(0)));

  context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: check,
    viewport: check ? { width: 1280, height: 900 } : null,
    // No "controlled by automated software" banner: the window should look like the user's own browser.
    ignoreDefaultArgs: ['--enable-automation'],
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      // Google Chrome 137+ ignores --load-extension unless this is off (Chromium does not need it).
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      '--no-first-run',
      '--no-default-browser-check',
      // Chromium refuses to run as root with its sandbox (containers); a headless check needs none either.
      ...(check || process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => undefined));
  if (!worker) {
    // Newer Google Chrome builds refuse extensions from the command line altogether.
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url(DEMO_PAGE));
    if (check)
      fail(`${browserPath} did not load the extension from the command line. Use Chromium (CHROMIUM_PATH=...).`);
    console.log(`
${browserPath} did not load the extension: recent Google Chrome builds no longer accept extensions from the
command line. Either run the demo with Chromium (CHROMIUM_PATH=/path/to/chromium npm run demo), or, in the
window that just opened, load it yourself:

  1. Open chrome://extensions, turn on Developer mode, click "Load unpacked" and choose
     ${extension}
  2. Go back to the notes: ${server.url(DEMO_PAGE)}

Then follow the steps below. Press Ctrl+C here to stop.
`);
  }
  if (!worker) {
    printSteps(browserPath, started);
    await new Promise<void>((resolve) => context!.once('close', () => resolve()));
    await cleanUp();
    return;
  }
  const extensionId = new URL(worker.url()).host;
  // The install opens the welcome page: wait for it, so it cannot take the focus from the notes later.
  const welcome = await takeWelcomePage(context).catch(() => undefined);
  if (check) await welcome?.close();
  const page = context.pages().find((open) => open !== welcome) ?? (await context.newPage());
  await page.goto(server.url(DEMO_PAGE));
  await page.bringToFront();
  const tabId = await worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  const popOut = `chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`;

  if (check) {
    await page.locator('.ProseMirror p').nth(1).click({ clickCount: 3 });
    const panel = await context.newPage();
    await panel.goto(popOut);
    const meter = panel.getByRole('meter', { name: 'Ownership score' });
    await meter.waitFor({ timeout: 15_000 });
    await panel.waitForFunction(
      () => document.querySelector('[role="meter"]')?.getAttribute('aria-valuenow') !== null,
      undefined,
      { timeout: 15_000 },
    );
    const score = await meter.getAttribute('aria-valuenow');
    console.log(
      `Demo check: the panel scored the selected paragraph ${score}/100, ${((Date.now() - started) / 1000).toFixed(1)} s after start.`,
    );
    await cleanUp();
    return;
  }

  printSteps(browserPath, started, popOut);
  await new Promise<void>((resolve) => context!.once('close', () => resolve()));
  await cleanUp();
}

function printSteps(browserPath: string, started: number, popOut?: string): void {
  console.log(`
Ownership Lens is open in ${browserPath} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s).

  1. In the notes, select a paragraph: triple-click it.
  2. Press Alt+Shift+O (Option+Shift+O on a Mac), or click the puzzle-piece icon in the toolbar, then Ownership Lens.
     The side panel opens with the score, the findings, the missing pieces and rewrites.
  3. Select another paragraph: the panel follows it. Apply a rewrite, then press Ctrl+Z in the notes to undo it.

  If the shortcut is taken on this machine, set another on chrome://extensions/shortcuts${
    popOut
      ? `, or open the
  panel popped out for this tab:  ${popOut}`
      : '.'
  }

  This window loads the test build, which may read the demo page on 127.0.0.1 without a click; the
  shipped extension reads a page only after you invoke it there. Close the browser window (or press Ctrl+C) to stop.
`);
}

declare const chrome: typeof import('wxt/browser').Browser;

main().catch((error: unknown) =>
  fail(`The demo could not start: ${error instanceof Error ? error.message : String(error)}`),
);
