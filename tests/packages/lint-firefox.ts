/**
 * npm run lint:firefox: Mozilla's addons-linter on the Firefox build, as addons.mozilla.org runs it.
 * Errors fail, and so does any warning not listed here with its reason (README "Publishing").
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
}

/** Warnings that are understood, each with the reason it stays. */
export const EXPLAINED_WARNINGS: Array<{ code: string; file: RegExp; reason: string }> = [
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    file: /^manifest\.json$/,
    reason:
      'Firefox for Android reads data_collection_permissions from 142; the extension is for desktop Firefox (140+).',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/jsxRuntime\.module-[\w-]+\.js$/,
    reason: "Preact's dangerouslySetInnerHTML branch; no code of ours uses it (checked below).",
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function main(): void {
  const dir = process.argv[2] ?? join(root, '.output', 'firefox-mv3');
  let output: string;
  try {
    output = execFileSync('npx', ['addons-linter', '--output', 'json', dir], { cwd: root, encoding: 'utf8' });
  } catch (error) {
    // addons-linter exits non-zero on errors, still printing its JSON.
    output = (error as { stdout?: string }).stdout ?? '';
  }
  const report = JSON.parse(output) as { errors: LinterMessage[]; warnings: LinterMessage[]; notices: LinterMessage[] };
  const unexplained = report.warnings.filter(
    (w) => !EXPLAINED_WARNINGS.some((e) => e.code === w.code && e.file.test(w.file ?? '')),
  );
  const ours = ['components', 'entrypoints', 'lib'].flatMap((folder) => sourceFiles(join(root, folder)));
  const innerHtml = ours.filter((file) => readFileSync(file, 'utf8').includes('dangerouslySetInnerHTML'));
  for (const w of report.warnings)
    console.log(`warning ${w.code} ${w.file ?? ''}${unexplained.includes(w) ? '  (NOT EXPLAINED)' : ''}`);
  for (const e of report.errors) console.log(`error ${e.code} ${e.file ?? ''}: ${e.message}`);
  for (const file of innerHtml) console.log(`error: ${relative(root, file)} uses dangerouslySetInnerHTML`);
  console.log(
    `addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} not explained), ${report.notices.length} notices`,
  );
  if (report.errors.length > 0 || unexplained.length > 0 || innerHtml.length > 0) process.exit(1);
}

main();
