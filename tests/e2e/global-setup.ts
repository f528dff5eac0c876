import { buildFixtureBundles } from '../fixtures/pages/build-bundles';
import { buildTestExtensions, removeTestBuilds } from './extension-build';
import { EXTENSION_PATH_ENV, FIREFOX_EXTENSION_PATH_ENV, PRODUCTION_EXTENSION_PATH_ENV } from './fixtures';

/**
 * Before any browser test: build the real editors the fixture pages load, and the extension
 * (e2e and production builds) from the current source, so no test runs against a stale build.
 * Workers inherit the paths through the environment; the builds are removed after the run.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const started = Date.now();
  await buildFixtureBundles();
  const builds = await buildTestExtensions();
  process.env[EXTENSION_PATH_ENV] = builds.e2e;
  process.env[PRODUCTION_EXTENSION_PATH_ENV] = builds.production;
  process.env[FIREFOX_EXTENSION_PATH_ENV] = builds.firefox;
  console.log(
    `Built fixture editors and the extension (e2e, production, Firefox) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return () => removeTestBuilds(builds);
}
