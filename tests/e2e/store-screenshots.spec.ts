import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { generateScreenshots, PROMO_TILE, SCREENSHOT } from '../store/screenshots';
// No extension fixture: the generator launches its own browser with its own build.
import { expect, test } from '@playwright/test';

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test.describe('npm run screenshots', () => {
  test.setTimeout(120_000);
  test('writes the store pictures from the real panel, at the sizes the stores take, light and dark', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ownership-lens-store-'));
    try {
      const files = await generateScreenshots(out);
      expect(files.map((file) => basename(file)).sort()).toEqual(
        ['panel', 'welcome', 'promo'].flatMap((kind) => [`${kind}-dark.png`, `${kind}-light.png`]).sort(),
      );
      for (const file of files) {
        const png = await readFile(file);
        expect(pngSize(png), basename(file)).toEqual(basename(file).startsWith('promo') ? PROMO_TILE : SCREENSHOT);
      }
      // Dark is not light with another name.
      for (const kind of ['panel', 'welcome', 'promo']) {
        const [light, dark] = await Promise.all(['light', 'dark'].map((s) => readFile(join(out, `${kind}-${s}.png`))));
        expect(light!.equals(dark!), kind).toBe(false);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
