/**
 * Builds the extension for the browser tests: the e2e build (content scripts also declared on
 * http://127.0.0.1, see wxt.config.ts) that the tests load, and the production build whose
 * manifest tests/e2e/permissions.spec.ts checks. Each Playwright run builds into its own folder, so
 * runs started side by side in one checkout never load each other's half-written files.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'wxt';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface TestBuilds {
  /** The folder holding both builds; removed when the run ends. */
  base: string;
  e2e: string;
  production: string;
  /** The production Firefox build, for its manifest. */
  firefox: string;
}

/** WXT's logger, quiet but for warnings and errors: a test run prints its own summary. */
const quiet = new Proxy(
  { level: 1, warn: console.warn, error: console.error, fatal: console.error, fail: console.error } as Record<
    string | symbol,
    unknown
  >,
  {
    get: (target, key) => (key in target ? target[key] : () => undefined),
  },
) as unknown as InlineConfig['logger'];

export async function buildExtension(
  outDir: string,
  mode: 'e2e' | 'production',
  browser: 'chrome' | 'firefox' = 'chrome',
): Promise<string> {
  await build({ root, mode, outDir, browser, logger: quiet });
  // WXT names the folder <browser>-mv<version>[-<mode>]; both browsers build MV3 (wxt.config.ts).
  return join(outDir, `${browser}-mv3${mode === 'production' ? '' : `-${mode}`}`);
}

/** Builds the e2e and production Chrome extensions and the production Firefox one under .output/test-runs/<id>/. */
export async function buildTestExtensions(id = `${process.pid}-${Date.now()}`): Promise<TestBuilds> {
  const base = join(root, '.output', 'test-runs', id);
  await mkdir(base, { recursive: true });
  const e2e = await buildExtension(base, 'e2e');
  const production = await buildExtension(base, 'production');
  const firefox = await buildExtension(base, 'production', 'firefox');
  return { base, e2e, production, firefox };
}

/** Builds only the e2e extension into `outDir` (the demo uses this). */
export async function buildE2eExtension(outDir: string): Promise<string> {
  return buildExtension(outDir, 'e2e');
}

export async function removeTestBuilds(builds: TestBuilds): Promise<void> {
  await rm(builds.base, { recursive: true, force: true });
}
