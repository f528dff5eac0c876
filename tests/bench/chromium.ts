/**
 * Runs the benchmark inside Debian's Chromium: bundles page-entry.ts (analyze + write-good + the
 * text builder) into one script with esbuild, loads it into a blank page and drives it with
 * page.evaluate. The page is set from a string, so nothing is fetched from any network.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, type Plugin } from 'esbuild';
import { HEADLESS_ARGS } from '../e2e/chromium';
import type { PageBench } from './page-entry';
import { SIZES, type SizeResult } from './suite';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');

/** The app's `@/…` imports, resolved from the repository root without needing .wxt/tsconfig.json. */
export const rootAlias: Plugin = {
  name: 'root-alias',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@\// }, (args) =>
      pluginBuild.resolve(`./${args.path.slice(2)}`, { kind: args.kind, resolveDir: ROOT }),
    );
  },
};

export async function bundlePageBench(): Promise<string> {
  const result = await build({
    entryPoints: [join(HERE, 'page-entry.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
    plugins: [rootAlias],
    // tsconfig's strict mode would put "use strict" atop the whole bundle, and write-good's
    // CommonJS dependencies (weasel-words, passive-voice) assign an undeclared `match`, which
    // only sloppy mode allows, as Node's CommonJS loader does.
    tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
  });
  return result.outputFiles[0]!.text;
}

export interface ChromiumRun {
  version: string;
  heapSource: string;
  sizes: SizeResult[];
}

export async function runInChromium(
  executablePath: string,
  passages: string[],
  onProgress: (message: string) => void,
): Promise<ChromiumRun> {
  const script = await bundlePageBench();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      ...HEADLESS_ARGS,
      // Without these, performance.memory is bucketed to coarse steps and gc() is absent.
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
  });
  try {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.setContent('<!doctype html><meta charset="utf-8"><title>analyzer benchmark</title>');
    await page.addScriptTag({ content: script });
    // A bundle that throws while loading leaves no entry point; say why instead of "undefined".
    if (!(await page.evaluate(() => 'ownershipLensBench' in globalThis))) {
      throw new Error(`the bundled benchmark did not load: ${pageErrors[0] ?? 'no error reported by the page'}`);
    }
    const heapSource = await page.evaluate(() =>
      (globalThis as unknown as { ownershipLensBench: PageBench }).ownershipLensBench.heapSource(),
    );
    const sizes: SizeResult[] = [];
    for (const spec of SIZES) {
      onProgress(`Chromium: ${spec.label}`);
      sizes.push(
        await page.evaluate(
          ({ passages, id }) =>
            (globalThis as unknown as { ownershipLensBench: PageBench }).ownershipLensBench.runSize(passages, id),
          { passages, id: spec.id },
        ),
      );
    }
    return { version: `Chromium ${browser.version()}`, heapSource, sizes };
  } finally {
    await browser.close();
  }
}
