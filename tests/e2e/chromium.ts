import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';

/** Where Debian, Ubuntu, snap and Google put their builds; an environment variable wins over all of them. */
export const CHROMIUM_ENV_VARS = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_PATH'] as const;
export const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
] as const;

/**
 * The browser named by the first of `names` that is set in `env`, or undefined when none is set.
 * A variable that points where there is no file is a mistake worth stopping for, not skipping.
 */
export function browserFromEnvironment(
  names: readonly string[],
  env: NodeJS.ProcessEnv,
  exists: (path: string) => boolean,
): string | undefined {
  for (const name of names) {
    const path = env[name];
    if (!path) continue;
    if (!exists(path)) throw new Error(`${name} is set to ${path}, but no file is there.`);
    return path;
  }
  return undefined;
}

/** Finds a system Chromium: Playwright's own browser download is not reachable from this network. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const named = browserFromEnvironment(CHROMIUM_ENV_VARS, env, exists);
  if (named) return named;
  const found = CHROMIUM_PATHS.find((path) => exists(path));
  if (found) return found;
  throw new Error(
    `No Chromium found. Set ${CHROMIUM_ENV_VARS.join(' or ')}, or install one (Debian: apt-get install -y chromium). ` +
      `Looked in: ${CHROMIUM_PATHS.join(', ')}.`,
  );
}

/** Headless Chromium on a CI machine: no sandbox (containers run as root), no GPU, nothing fetched in the background. */
export const HEADLESS_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** The command line that loads the unpacked extension at `extensionPath`, and only it. */
export function extensionArgs(extensionPath: string): string[] {
  return [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, ...HEADLESS_ARGS];
}

/**
 * The extension opens its welcome page on install (entrypoints/background/welcome.ts). A test
 * profile is a fresh install each time, so wait for that tab and hand it over: it would otherwise
 * take the focus at a moment no test chose.
 */
export async function takeWelcomePage(context: BrowserContext, timeout = 10_000): Promise<Page> {
  const isWelcome = (page: Page) => /^chrome-extension:\/\/[a-p]{32}\/welcome\.html$/.test(page.url());
  // Polled: a page is announced before it commits its address, so an event predicate can miss it.
  for (const deadline = Date.now() + timeout; Date.now() < deadline; ) {
    const page = context.pages().find(isWelcome);
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The welcome page did not open within ${timeout} ms of installing the extension.`);
}

/** Closes the welcome page the install opened, so a test starts from the tabs it opens itself. */
export async function closeWelcomePage(context: BrowserContext): Promise<void> {
  await (await takeWelcomePage(context)).close();
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker; its URL's host is the extension id. */
  worker: Worker;
  extensionId: string;
}

/** A persistent Chromium profile in `userDataDir` with the unpacked extension at `extensionPath` loaded. */
export async function launchWithExtension(
  userDataDir: string,
  extensionPath: string,
  executablePath: string = findChromium(),
): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: extensionArgs(extensionPath),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    if (!extensionId) throw new Error(`Could not read the extension id from ${worker.url()}`);
    await closeWelcomePage(context);
    return { context, worker, extensionId };
  } catch (error) {
    await context.close();
    throw error;
  }
}
