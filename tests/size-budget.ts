/**
 * Size budget for the built Chrome extension (`npm run size`, after `npm run build`).
 * Prints the gzipped size of each budgeted bundle and exits non-zero when one is over.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, '.output', 'chrome-mv3');

/** Budgets in gzipped bytes; each content script and the Docs bridge are budgeted one file at a time. */
const BUDGETS = {
  sidepanel: 60 * KB,
  contentScript: 10 * KB,
  docsBridge: 10 * KB,
};

interface Bundle {
  name: string;
  files: string[];
  budget?: number;
}

const gzipped = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;

/** Output-relative path of a script referenced from `fromFile` ("/chunks/a.js", "./a.js", "../chunks/a.js"). */
function resolveReference(fromFile: string, reference: string): string {
  return reference.startsWith('/') ? reference.slice(1) : posix.normalize(posix.join(posix.dirname(fromFile), reference));
}

/** Every JS file an HTML page loads: its module scripts, its preloads, and all they import, statically or lazily. */
function scriptsLoadedBy(htmlFile: string): string[] {
  const html = readFileSync(join(outDir, htmlFile), 'utf8');
  const queue = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+\.js)"/g)].map((match) => resolveReference(htmlFile, match[1]!));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(join(outDir, file))) continue;
    seen.add(file);
    const code = readFileSync(join(outDir, file), 'utf8');
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{0,2}\/[^"'`]+\.js)["'`]/g)) {
      queue.push(resolveReference(file, match[1]!));
    }
  }
  return [...seen].sort();
}

function listJs(dir: string): string[] {
  const full = join(outDir, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => name.endsWith('.js'))
    .map((name) => posix.join(dir, name))
    .sort();
}

function collectBundles(): Bundle[] {
  const bundles: Bundle[] = [{ name: 'side panel (sidepanel.html)', files: scriptsLoadedBy('sidepanel.html'), budget: BUDGETS.sidepanel }];
  for (const file of listJs('content-scripts')) {
    const name = /bridge/i.test(file) ? `Docs bridge (${file})` : `content script (${file})`;
    bundles.push({ name, files: [file], budget: /bridge/i.test(file) ? BUDGETS.docsBridge : BUDGETS.contentScript });
  }
  for (const file of listJs('').filter((name) => /bridge/i.test(name))) {
    bundles.push({ name: `Docs bridge (${file})`, files: [file], budget: BUDGETS.docsBridge });
  }
  if (existsSync(join(outDir, 'background.js'))) bundles.push({ name: 'background (no budget)', files: ['background.js'] });
  return bundles;
}

function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(2)} KB`;
}

function main(): number {
  if (!existsSync(join(outDir, 'manifest.json'))) {
    console.error(`No build at ${relative(root, outDir)}: run \`npm run build\` first.`);
    return 2;
  }
  const bundles = collectBundles();
  if (bundles[0]!.files.length === 0) {
    console.error('sidepanel.html loads no JavaScript: the build or this script is broken.');
    return 2;
  }
  let over = 0;
  console.log(`Gzipped sizes in ${relative(root, outDir)} (gzip -9):`);
  for (const bundle of bundles) {
    const size = bundle.files.reduce((sum, file) => sum + gzipped(file), 0);
    const verdict = bundle.budget === undefined ? '' : size <= bundle.budget ? `  ok (budget ${formatKb(bundle.budget)})` : `  OVER budget ${formatKb(bundle.budget)}`;
    if (bundle.budget !== undefined && size > bundle.budget) over += 1;
    console.log(`  ${bundle.name}: ${formatKb(size)}${verdict}`);
    if (bundle.files.length > 1) for (const file of bundle.files) console.log(`    ${file}: ${formatKb(gzipped(file))}`);
  }
  if (!bundles.some((bundle) => bundle.name.startsWith('content script'))) console.log('  (no content scripts built yet)');
  if (over > 0) {
    console.error(`${over} bundle(s) over budget.`);
    return 1;
  }
  console.log('All bundles within budget.');
  return 0;
}

process.exitCode = main();
