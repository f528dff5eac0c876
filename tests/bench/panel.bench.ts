/**
 * `npm run bench:e2e`: the time from a selection change in a fixture page to the updated panel,
 * in Debian's Chromium with the extension built for the browser tests (content scripts declared
 * on 127.0.0.1). The page records when it changes the selection; the panel leaves a performance
 * mark with Date.now() once the new analysis is on screen (after the next frame); both read the
 * same wall clock, and the mark also carries the content script's capture time.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PASSAGE_SHOWN_MARK, type PassageShownDetail } from '@/components/panel/useScoredText';
import { hashPassage } from '@/lib/panel/passage-hash';
import { FOLLOW_DEBOUNCE_MS } from '@/lib/page/limits';
import { findChromium, launchWithExtension } from '../e2e/chromium';
import { buildE2eExtension } from '../e2e/extension-build';
import { FIXTURE_PAGES } from '../e2e/fixtures';
import { startFixtureServer } from '../e2e/fixture-server';
import { guardNetwork } from '../e2e/network-guard';
import { formatReport, SELECTIONS, selectionPlan, type Sample } from './panel-stats';

async function waitForShown(
  panel: Page,
  passage: string,
  after: number,
  timeoutMs = 3000,
): Promise<PassageShownDetail | null> {
  try {
    const handle = await panel.waitForFunction(
      ({ name, passage, after }) =>
        (performance.getEntriesByName(name) as PerformanceMark[])
          .map((m) => m.detail as { passage: string; shownAt: number })
          .find((d) => d.passage === passage && d.shownAt >= after) ?? false,
      { name: PASSAGE_SHOWN_MARK, passage, after },
      { polling: 5, timeout: timeoutMs },
    );
    return (await handle.jsonValue()) as PassageShownDetail;
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const executablePath = findChromium();
  const buildDir = await mkdtemp(join(tmpdir(), 'ownership-lens-bench-build-'));
  const profile = await mkdtemp(join(tmpdir(), 'ownership-lens-bench-profile-'));
  const server = await startFixtureServer(FIXTURE_PAGES);
  console.log('Building the extension (e2e mode) …');
  const extension = await buildE2eExtension(buildDir);
  const { context, worker, extensionId } = await launchWithExtension(profile, extension, executablePath);
  const guard = guardNetwork(context, [server.origin]);
  try {
    const page = await context.newPage();
    await page.goto(server.url('textarea.html'));
    await page.bringToFront();
    const tabId = await worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    );
    if (tabId === undefined) throw new Error('Could not find the fixture page’s tab.');
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('radio', { name: 'The selection in the page' }).waitFor();
    const chromiumVersion =
      context.browser()?.version() ??
      (await panel.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? 'unknown'));

    const value = await page.locator('#notes').inputValue();
    const plan = selectionPlan(value, SELECTIONS + 2);
    const samples: Sample[] = [];
    let missed = 0;
    for (const [i, range] of plan.entries()) {
      const changedAt = await page.evaluate(({ start, end }) => {
        const field = document.querySelector('#notes') as HTMLTextAreaElement;
        field.focus();
        const at = Date.now();
        field.setSelectionRange(start, end);
        return at;
      }, range);
      const shown = await waitForShown(panel, hashPassage(value.slice(range.start, range.end)), changedAt);
      // The first two warm the page and the panel up (first capture, first render of each part).
      if (i < 2) continue;
      if (!shown || shown.capturedAt === undefined) {
        missed += 1;
        continue;
      }
      samples.push({
        totalMs: shown.shownAt - changedAt,
        pageMs: shown.capturedAt - changedAt,
        panelMs: shown.shownAt - shown.capturedAt,
      });
    }
    const { lines, met } = formatReport({
      samples,
      missed,
      chromium: `Chromium ${chromiumVersion}`,
      debounceMs: FOLLOW_DEBOUNCE_MS,
    });
    for (const line of lines) console.log(line);
    guard.assertNoViolations();
    console.log('No request left the device during the run.');
    return met ? 0 : 0; // a benchmark reports its verdict; it does not fail the build
  } finally {
    guard.dispose();
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
    await rm(buildDir, { recursive: true, force: true });
  }
}

declare const chrome: typeof import('wxt/browser').Browser;

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
