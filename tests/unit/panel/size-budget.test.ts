import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectBundles, report, scriptsLoadedBy } from '../../size-budget';

let out: string;
const write = (file: string, text: string) => {
  mkdirSync(join(out, file, '..'), { recursive: true });
  writeFileSync(join(out, file), text);
};

beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'size-budget-'));
  write('manifest.json', '{}');
  write(
    'sidepanel.html',
    '<script type="module" src="/chunks/sidepanel.js"></script><link rel="modulepreload" href="/chunks/shared.js">',
  );
  write(
    'chunks/sidepanel.js',
    'import{a}from"./shared.js";const L=()=>import("./LibraryTab.js");new Worker(new URL("/assets/worker.js",import.meta.url));',
  );
  write('chunks/shared.js', 'export const a=1;');
  write('chunks/LibraryTab.js', 'import{a}from"./shared.js";import{d}from"./dexie.js";');
  write('chunks/dexie.js', 'export const d="x".repeat(1000);');
  write('assets/worker.js', 'postMessage(1);');
  write('content-scripts/content.js', 'console.log(1);');
  write('content-scripts/docs-bridge.js', 'console.log(2);');
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

describe('size budget', () => {
  it('splits what the panel loads to open from what it loads later, counting each file once', () => {
    expect(scriptsLoadedBy(out, 'sidepanel.html')).toEqual({
      atOpen: ['chunks/shared.js', 'chunks/sidepanel.js'],
      later: ['assets/worker.js', 'chunks/LibraryTab.js', 'chunks/dexie.js'],
    });
  });

  it('follows a dynamic import made by a chunk that is itself loaded later', () => {
    write('chunks/LibraryTab.js', 'import{a}from"./shared.js";const P=()=>import(`./PrepareView.js`);');
    write('chunks/PrepareView.js', 'import{d}from"./dexie.js";');
    expect(scriptsLoadedBy(out, 'sidepanel.html').later).toEqual([
      'assets/worker.js',
      'chunks/LibraryTab.js',
      'chunks/PrepareView.js',
      'chunks/dexie.js',
    ]);
  });

  it('budgets the panel at open, the content scripts and the bridge, and reports the rest', () => {
    const bundles = collectBundles(out);
    expect(bundles.map((b) => [b.name.split(' (')[0], b.budget])).toEqual([
      ['side panel, loaded at open', 80 * 1024],
      ['side panel, loaded later', undefined],
      ['side panel, everything it can load', undefined],
      ['content script', 10 * 1024],
      ['Docs bridge', 10 * 1024],
    ]);
  });

  it('prints real figures and fails only when a budget is exceeded', () => {
    const lines: string[] = [];
    expect(
      report(
        out,
        (l) => lines.push(l),
        (l) => lines.push(l),
      ),
    ).toBe(0);
    expect(lines.join('\n')).toMatch(/side panel, loaded at open .*: 0\.\d\d KB {2}ok \(budget 80\.00 KB\)/);
    expect(lines.join('\n')).toContain('chunks/dexie.js');
    write(
      'content-scripts/content.js',
      Array.from({ length: 20000 }, (_, i) => `var v${i}=${(i * 7919) % 10007};`).join(''),
    );
    const failing: string[] = [];
    expect(
      report(
        out,
        (l) => failing.push(l),
        (l) => failing.push(l),
      ),
    ).toBe(1);
    expect(failing.join('\n')).toMatch(/content script \(content-scripts\/content\.js\): .* OVER budget 10\.00 KB/);
  });

  it('says so when there is no build', () => {
    rmSync(join(out, 'manifest.json'));
    const lines: string[] = [];
    expect(
      report(
        out,
        (l) => lines.push(l),
        (l) => lines.push(l),
      ),
    ).toBe(2);
    expect(lines[0]).toMatch(/run `npm run build` first/);
  });
});
