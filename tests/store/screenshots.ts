/**
 * npm run screenshots: the store's pictures, taken from the real panel on the demo notes
 * (tests/fixtures/pages/demo/), light and dark, so they never drift from the product:
 *   store/screenshots/panel-{light,dark}.png     1280×800: the notes beside the panel scoring a paragraph
 *   store/screenshots/welcome-{light,dark}.png   1280×800: the welcome page
 *   store/screenshots/promo-{light,dark}.png     440×280: the small promo tile
 */
import type { BrowserContext, Page } from '@playwright/test';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFixtureBundles } from '../fixtures/pages/build-bundles';
import { launchWithExtension } from '../e2e/chromium';
import { buildE2eExtension } from '../e2e/extension-build';
import { startFixtureServer } from '../e2e/fixture-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOT = { width: 1280, height: 800 } as const;
export const PROMO_TILE = { width: 440, height: 280 } as const;
const NOTES_WIDTH = 860;
const PANEL_WIDTH = SCREENSHOT.width - NOTES_WIDTH;
type Scheme = 'light' | 'dark';

async function shoot(context: BrowserContext, url: string, scheme: Scheme, width: number): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: SCREENSHOT.height });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  return page;
}

/** Lays pictures out in a page of exactly `size`, and photographs it. */
async function compose(context: BrowserContext, html: string, size: { width: number; height: number }, scheme: Scheme) {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: scheme });
  await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  const shot = await page.screenshot();
  await page.close();
  return shot;
}

const dataUrl = (png: Buffer, type = 'image/png') => `data:${type};base64,${png.toString('base64')}`;

export async function generateScreenshots(outDir = join(root, 'store', 'screenshots')): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  await buildFixtureBundles();
  const build = await mkdtemp(join(tmpdir(), 'ownership-lens-shots-build-'));
  const profile = await mkdtemp(join(tmpdir(), 'ownership-lens-shots-'));
  const extension = await buildE2eExtension(build);
  const server = await startFixtureServer(join(root, 'tests', 'fixtures', 'pages'));
  const { context, worker, extensionId } = await launchWithExtension(profile, extension);
  const icon = dataUrl(await readFile(join(root, 'public', 'icon.svg')), 'image/svg+xml');
  const written: string[] = [];
  const save = async (name: string, png: Buffer) => {
    const path = join(outDir, name);
    await import('node:fs/promises').then((fs) => fs.writeFile(path, png));
    written.push(path);
  };
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const notes = await shoot(context, server.url('demo/interview-notes.html'), scheme, NOTES_WIDTH);
      await notes.bringToFront();
      const tabId = await worker.evaluate(
        async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
      );
      // The first story: a draft with findings to show, in the real editor.
      await notes.locator('.ProseMirror p').first().click({ clickCount: 3 });
      const panel = await shoot(
        context,
        `chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`,
        scheme,
        PANEL_WIDTH,
      );
      await panel.getByRole('meter', { name: 'Ownership score' }).waitFor();
      await panel.locator('section[aria-label="Analysis"][aria-busy="false"]').waitFor();
      const [notesShot, panelShot, meterShot] = [
        await notes.screenshot(),
        await panel.screenshot(),
        await panel.locator('.score').screenshot(),
      ];
      await save(
        `panel-${scheme}.png`,
        await compose(
          context,
          `<div style="display:flex"><img src="${dataUrl(notesShot)}" width="${NOTES_WIDTH}" height="${SCREENSHOT.height}"><img src="${dataUrl(panelShot)}" width="${PANEL_WIDTH}" height="${SCREENSHOT.height}" style="border-left:1px solid #8c959f;box-sizing:border-box"></div>`,
          SCREENSHOT,
          scheme,
        ),
      );
      const welcome = await shoot(context, `chrome-extension://${extensionId}/welcome.html`, scheme, SCREENSHOT.width);
      await welcome.getByRole('meter', { name: 'Ownership score' }).waitFor();
      await save(`welcome-${scheme}.png`, await welcome.screenshot());
      const [fg, bg] = scheme === 'dark' ? ['#e6edf3', '#0d1117'] : ['#1f2328', '#ffffff'];
      await save(
        `promo-${scheme}.png`,
        await compose(
          context,
          `<div style="box-sizing:border-box;width:${PROMO_TILE.width}px;height:${PROMO_TILE.height}px;padding:24px;background:${bg};color:${fg};font-family:system-ui,sans-serif;display:flex;flex-direction:column;justify-content:space-between">
            <div style="display:flex;gap:14px;align-items:center"><img src="${icon}" width="56" height="56"><div style="font-size:30px;font-weight:700">Ownership Lens</div></div>
            <div style="font-size:17px;line-height:1.35">Does your interview story show a decision you made and a result you owned? Scored as you select it, on your device.</div>
            <img src="${dataUrl(meterShot)}" style="max-width:100%;max-height:70px;object-fit:contain;object-position:left">
          </div>`,
          PROMO_TILE,
          scheme,
        ),
      );
      await Promise.all([notes.close(), panel.close(), welcome.close()]);
    }
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
    await rm(build, { recursive: true, force: true });
  }
  return written;
}

declare const chrome: typeof import('wxt/browser').Browser;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  generateScreenshots().then(
    (files) => console.log(`Wrote ${files.length} store pictures:\n  ${files.join('\n  ')}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
