/**
 * `npm run calibrate -- <passages.jsonl> [pairs.jsonl]`: how well the analyzer agrees with a set
 * of hand-labelled passages in the shared corpus's format (band, expect, expect_any, forbid,
 * components, missing) and, given a pairs file, how many pairs it puts in order.
 *
 * A report, not a test: a label the analyzer misses is printed and the exit status stays 0, so
 * a new labelled set can be measured before anything is changed. Unreadable input exits 2.
 * With no file it measures every set in tests/fixtures/analyzer/held-out/: passages labelled
 * from the model alone by people who had not read the analyzer, which `npm test` does not run.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '@/lib/analysis';
import { labelCounts, labelMisses, readJsonl, type LabelKind, type Labelled } from './unit/analysis/labelled';

const root = fileURLToPath(new URL('..', import.meta.url));
const HELD_OUT = join(root, 'tests', 'fixtures', 'analyzer', 'held-out');
const KINDS: Array<[LabelKind, string]> = [
  ['band', 'bands'],
  ['expect', 'expected findings'],
  ['expect_any', 'expected one of'],
  ['forbid', 'traps (must not fire)'],
  ['component', 'components present'],
  ['missing', 'components missing'],
  ['component_span', 'component spans'],
  ['finding_span', 'finding spans'],
];
const BANDS = ['strong', 'partial', 'weak'] as const;

interface Pair {
  better: string;
  worse: string;
}

function share(held: number, total: number): string {
  return total === 0 ? '—' : `${held}/${total} (${((100 * held) / total).toFixed(1)}%)`;
}

const row = (label: string, value: string) => `  ${label.padEnd(24)}${value}`;

export function report(passagesFile: string, pairsFile?: string): string[] {
  const passages = readJsonl<Labelled>(passagesFile);
  const pairs = pairsFile ? readJsonl<Pair>(pairsFile) : [];
  const lines = [
    `${relative(root, passagesFile)}: ${passages.length} passages${pairsFile ? `, ${pairs.length} pairs` : ''}`,
  ];
  const total = Object.fromEntries(KINDS.map(([k]) => [k, 0])) as Record<LabelKind, number>;
  const missed = { ...total };
  const misses: string[] = [];
  const scores = new Map<string, number>();
  const byBand = Object.fromEntries(BANDS.map((b) => [b, { held: 0, total: 0, scores: [] as number[] }]));
  for (const p of passages) {
    if (typeof p.id !== 'string' || typeof p.text !== 'string')
      throw new Error(`${passagesFile}: every line needs a string "id" and "text"`);
    const a = analyze(p.text);
    scores.set(p.id, a.score);
    const band = byBand[p.band];
    if (band) {
      band.total++;
      band.scores.push(a.score);
      if (a.band === p.band) band.held++;
    }
    for (const [k, n] of Object.entries(labelCounts(p, a)) as Array<[LabelKind, number]>) total[k] += n;
    for (const m of labelMisses(p, a)) {
      missed[m.kind]++;
      misses.push(`    ${p.id}: ${m.detail}`);
    }
  }
  for (const [kind, label] of KINDS)
    if (total[kind] > 0) lines.push(row(label, `${share(total[kind] - missed[kind], total[kind])} held`));
  // Recall per exact band: strong is a score of 70 and up, weak below 40, partial in between.
  for (const b of BANDS) {
    const { held, total: n, scores: s } = byBand[b]!;
    if (n > 0) lines.push(row(`${b} recall`, `${share(held, n)}, mean score ${Math.round(mean(s))}`));
  }
  const components = total.component + total.missing;
  if (components > 0)
    lines.push(row('component agreement', share(components - missed.component - missed.missing, components)));
  if (pairsFile) {
    const unordered = pairs.filter((p) => !((scores.get(p.better) ?? -1) > (scores.get(p.worse) ?? Infinity)));
    lines.push(row('pairs in order', share(pairs.length - unordered.length, pairs.length)));
    for (const p of unordered)
      misses.push(
        `    pair ${p.better} (${scores.get(p.better) ?? 'no such id'}) over ${p.worse} (${scores.get(p.worse) ?? 'no such id'})`,
      );
  }
  if (misses.length) lines.push('  not held:', ...misses);
  return lines;
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

function heldOutSets(): Array<[string, string | undefined]> {
  return readdirSync(HELD_OUT)
    .filter((f) => f.endsWith('.jsonl') && !f.endsWith('-pairs.jsonl'))
    .sort()
    .map((f) => {
      const pairs = join(HELD_OUT, f.replace(/\.jsonl$/, '-pairs.jsonl'));
      return [join(HELD_OUT, f), existsSync(pairs) ? pairs : undefined];
    });
}

export function main(args: string[]): number {
  if (args.some((a) => a.startsWith('-'))) {
    console.error(
      `Unknown option ${args.find((a) => a.startsWith('-'))}. Usage: npm run calibrate -- [passages.jsonl [pairs.jsonl]]`,
    );
    return 2;
  }
  const sets: Array<[string, string | undefined]> = args.length ? [[args[0]!, args[1]]] : heldOutSets();
  for (const [passages, pairs] of sets) {
    try {
      console.log(`${report(passages, pairs).join('\n')}\n`);
    } catch (error) {
      console.error(`Cannot measure ${passages}: ${(error as Error).message.split('\n')[0]}`);
      return 2;
    }
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main(process.argv.slice(2));
