import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and Google put their builds; an environment variable wins over all of them. */
export const CHROMIUM_ENV_VARS = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_PATH'] as const;
export const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
] as const;

/** Finds a system Chromium: Playwright's own browser download is not reachable from this network. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  for (const name of CHROMIUM_ENV_VARS) {
    const path = env[name];
    if (!path) continue;
    if (!exists(path)) throw new Error(`${name} is set to ${path}, but no file is there.`);
    return path;
  }
  const found = CHROMIUM_PATHS.find((path) => exists(path));
  if (found) return found;
  throw new Error(
    `No Chromium found. Set ${CHROMIUM_ENV_VARS.join(' or ')}, or install one (Debian: apt-get install -y chromium). ` +
      `Looked in: ${CHROMIUM_PATHS.join(', ')}.`,
  );
}
