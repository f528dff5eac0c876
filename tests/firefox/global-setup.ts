import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFixtureBundles } from '../fixtures/pages/build-bundles';
import { buildExtension } from '../e2e/extension-build';
import { FIREFOX_E2E_PATH_ENV } from './fixtures';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Before the Firefox suite: the fixture editors and this run's e2e Firefox build, removed after the run. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const started = Date.now();
  const base = join(root, '.output', 'test-runs', `firefox-${process.pid}-${Date.now()}`);
  await mkdir(base, { recursive: true });
  await buildFixtureBundles();
  process.env[FIREFOX_E2E_PATH_ENV] = await buildExtension(base, 'e2e', 'firefox');
  console.log(`Built fixture editors and the e2e Firefox extension in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return () => rm(base, { recursive: true, force: true });
}
