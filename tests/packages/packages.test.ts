/**
 * The three files `npm run zip` makes for the stores, unpacked and checked as a reviewer would:
 * the manifest, every icon it names, and a file list with nothing that should not ship (no test
 * build, no fixtures, no source maps).
 */
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_MIN_VERSION } from '../../wxt.config';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const zipPath = (kind: 'chrome' | 'firefox' | 'sources') =>
  join(root, '.output', `${pkg.name}-${pkg.version}-${kind}.zip`);

const ICON_SIZES = ['16', '32', '48', '96', '128'];

interface Unpacked {
  files: string[];
  text(path: string): Promise<string>;
  bytes(path: string): Promise<Uint8Array>;
}

async function unpack(path: string): Promise<Unpacked> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name)
    .sort();
  return {
    files,
    text: (name) => zip.file(name)!.async('string'),
    bytes: (name) => zip.file(name)!.async('uint8array'),
  };
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): [number, number] {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.slice(0, 8)]).toEqual(signature);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

/** What a shipped package may hold: the built pages, scripts, styles, the icon and its sizes. */
const SHIPPED =
  /^(manifest\.json|sidepanel\.html|welcome\.html|background\.js|icon\.svg|icons\/(16|32|48|96|128)\.png|chunks\/[\w.-]+\.js|assets\/[\w.-]+\.css|content-scripts\/(content|docs|docs-bridge)\.js)$/;

for (const browser of ['chrome', 'firefox'] as const) {
  describe(`the ${browser} package`, () => {
    let unpacked: Unpacked;
    let manifest: Record<string, unknown> & {
      icons?: Record<string, string>;
      content_scripts?: Array<{ matches?: string[] }>;
    };
    beforeAll(async () => {
      unpacked = await unpack(zipPath(browser));
      manifest = JSON.parse(await unpacked.text('manifest.json'));
    });

    it('is the production build at the package.json version, MV3, with no trace of the test build', () => {
      expect(manifest).toMatchObject({ manifest_version: 3, name: 'Ownership Lens', version: pkg.version });
      const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
      expect(matches.length).toBeGreaterThan(0);
      expect(matches.filter((match) => match.includes('127.0.0.1'))).toEqual([]);
    });

    it('names every icon size, and each is a PNG of that size in the package', async () => {
      expect(Object.keys(manifest.icons ?? {}).sort()).toEqual([...ICON_SIZES].sort());
      for (const size of ICON_SIZES) {
        const file = manifest.icons![size]!;
        expect(unpacked.files).toContain(file);
        expect(pngSize(await unpacked.bytes(file))).toEqual([Number(size), Number(size)]);
      }
      const action = manifest.action as { default_icon?: Record<string, string> };
      for (const file of Object.values(action.default_icon ?? {})) expect(unpacked.files).toContain(file);
    });

    it('holds only what ships: no source maps, fixtures, tests or stray files', () => {
      expect(unpacked.files.filter((file) => !SHIPPED.test(file))).toEqual([]);
      expect(unpacked.files.filter((file) => /\.map$|fixture|tests?\//.test(file))).toEqual([]);
      for (const needed of ['manifest.json', 'sidepanel.html', 'welcome.html', 'background.js']) {
        expect(unpacked.files).toContain(needed);
      }
    });

    if (browser === 'firefox') {
      it('states its gecko id and the oldest Firefox it runs on, and ships the Docs bridge', () => {
        expect(manifest.browser_specific_settings).toMatchObject({
          gecko: { id: 'ownership-lens@example.org', strict_min_version: FIREFOX_MIN_VERSION },
        });
        expect(JSON.stringify(manifest.content_scripts)).toContain('content-scripts/docs-bridge.js');
      });
    }
  });
}

describe('the Firefox sources package (for addons.mozilla.org review)', () => {
  let unpacked: Unpacked;
  beforeAll(async () => {
    unpacked = await unpack(zipPath('sources'));
  });

  it('holds what builds the extension, and the README that says how', () => {
    for (const file of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'public/icon.svg',
    ]) {
      expect(unpacked.files).toContain(file);
    }
    expect(unpacked.files).toContain('entrypoints/docs-bridge.content.ts');
    expect(unpacked.files.some((file) => file.startsWith('lib/analysis/'))).toBe(true);
  });

  it('holds no tests, fixtures, store listing, build output or installed modules', () => {
    const unwanted = unpacked.files.filter((file) =>
      /^(tests|store|\.output|\.wxt|node_modules|test-results)\/|\.(test|spec)\.tsx?$|\.map$|^\./.test(file),
    );
    expect(unwanted).toEqual([]);
    const tops = new Set(unpacked.files.map((file) => file.split('/')[0]));
    expect([...tops].sort()).toEqual(
      [
        'CHANGELOG.md',
        'README.md',
        'components',
        'entrypoints',
        'lib',
        'package-lock.json',
        'package.json',
        'public',
        'tsconfig.json',
        'wxt.config.ts',
      ].sort(),
    );
  });
});
