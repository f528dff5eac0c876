import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Playwright's runner, puppeteer-core's driver: Playwright cannot drive a stock Firefox (tests/firefox/firefox.ts).
export default defineConfig({
  testDir: '.',
  globalSetup: './global-setup.ts',
  testMatch: '**/*.spec.ts',
  outputDir: `${root}test-results/firefox`,
  // One Firefox for the whole run (about 420 MB and 5 s to start); tests share it one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 8_000 },
  reporter: 'list',
});
