/**
 * `npm run audit -- <spans|rewrites> <passages.jsonl> [--sample N] [--seed S]`: a sheet for a hand
 * audit, one JSON object a line, of what no label can check by itself.
 *
 * - spans: for N passages drawn at random, every component span the panel shows as evidence and
 *   every finding's highlighted phrase, each with its sentence, so an auditor can say whether it is the phrase a person would underline.
 * - rewrites: N findings drawn at random, each with the sentence before and after its filled
 *   rewrite is applied (a sentence rewrite replaces the sentence, a phrase rewrite the words the
 *   rule matched), so an auditor can say whether the result reads as something a person would say.
 *
 * The draw is seeded, so the same command gives the same sheet.
 */
import { fileURLToPath } from 'node:url';
import { analyze, COMPONENT_IDS } from '@/lib/analysis';
import { replaceTarget, rewriteTarget, sentenceAround } from '@/lib/panel/rewrite-target';
import { mulberry32 as random } from './bench/corpus-text';
import { readJsonl, type Labelled } from './unit/analysis/labelled';

const USAGE = 'Usage: npm run audit -- <spans|rewrites> <passages.jsonl> [--sample N] [--seed S]';

function draw<T>(items: readonly T[], n: number, next: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

const sentenceOf = (text: string, start: number, end: number) => {
  const s = sentenceAround(text, start, end);
  return text.slice(s.start, s.end);
};

export function spanSheet(passages: Labelled[], n: number, seed: number): object[] {
  const rows: object[] = [];
  for (const p of draw(passages, n, random(seed))) {
    const a = analyze(p.text);
    for (const id of COMPONENT_IDS) {
      for (const span of a.components[id].spans) {
        rows.push({ id: p.id, component: id, span: span.text, sentence: sentenceOf(p.text, span.start, span.end) });
      }
    }
    for (const f of a.findings)
      rows.push({ id: p.id, finding: f.category, span: f.text, sentence: sentenceOf(p.text, f.start, f.end) });
  }
  return rows;
}

export function rewriteSheet(passages: Labelled[], n: number, seed: number): object[] {
  const all = passages.flatMap((p) => analyze(p.text).findings.map((finding) => ({ p, finding })));
  return draw(all, n, random(seed)).map(({ p, finding }) => {
    const target = rewriteTarget(p.text, finding);
    const applied = replaceTarget(p.text, target, finding.rewrite.filled);
    const before = sentenceOf(p.text, target.start, target.end);
    const start = sentenceAround(p.text, target.start, target.end).start;
    const after = sentenceOf(applied, start, start + finding.rewrite.filled.length);
    return { id: p.id, rule: finding.ruleId, finding: finding.text, before, after };
  });
}

export function main(args: string[]): number {
  const [kind, file, ...rest] = args;
  const options = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) options.set(rest[i]!, rest[i + 1] ?? '');
  const unknown = [...options.keys()].find((k) => k !== '--sample' && k !== '--seed');
  if ((kind !== 'spans' && kind !== 'rewrites') || !file || unknown) {
    console.error(unknown ? `Unknown option ${unknown}. ${USAGE}` : USAGE);
    return 2;
  }
  const n = Number(options.get('--sample') ?? 50);
  const seed = Number(options.get('--seed') ?? 1);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
    console.error(`--sample and --seed take whole numbers. ${USAGE}`);
    return 2;
  }
  let passages: Labelled[];
  try {
    passages = readJsonl<Labelled>(file);
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message.split('\n')[0]}`);
    return 2;
  }
  const rows = kind === 'spans' ? spanSheet(passages, n, seed) : rewriteSheet(passages, n, seed);
  for (const row of rows) console.log(JSON.stringify(row));
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main(process.argv.slice(2));
