/** Finds a Chromium or Chrome to show the demo in: an environment variable first, then the PATH, then the usual install places. */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { browserFromEnvironment } from '../e2e/chromium';

export const BROWSER_ENV_VARS = ['CHROMIUM_PATH', 'CHROME_PATH', 'PLAYWRIGHT_CHROMIUM_PATH'] as const;
export const BROWSER_COMMANDS = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
] as const;
export const INSTALL_PATHS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
] as const;

export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const named = browserFromEnvironment(BROWSER_ENV_VARS, env, exists);
  if (named) return named;
  const suffixes = env.PATHEXT ? ['', ...env.PATHEXT.split(';')] : [''];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const command of BROWSER_COMMANDS) {
      for (const suffix of suffixes) {
        const candidate = join(dir, command + suffix);
        if (exists(candidate)) return candidate;
      }
    }
  }
  const installed = INSTALL_PATHS.find((path) => exists(path));
  if (installed) return installed;
  throw new Error(
    `No Chromium or Chrome found. Install one (Debian/Ubuntu: sudo apt-get install chromium), or point ${BROWSER_ENV_VARS.slice(0, 2).join(' or ')} at it, ` +
      `e.g. CHROME_PATH="/path/to/chrome" npm run demo. Looked for ${BROWSER_COMMANDS.join(', ')} on the PATH.`,
  );
}

/** Why a window cannot be shown here, or null when it can (Linux needs an X or Wayland display). */
export function missingDisplay(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  if (platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return (
    'There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set): this looks like a headless machine, a container or an SSH session, ' +
    'which cannot show a browser window. Run `npm run demo` on a desktop, or with X forwarding (ssh -X), or under xvfb-run to check it starts. ' +
    '`npm run demo -- --check` runs the same demo headless and prints the score it shows.'
  );
}
