/**
 * `npm run fit-score -- [--write]`: fits the score's component weights and finding penalties to
 * the labelled passages, instead of tuning them by hand.
 *
 * The model is an ordinal logistic fit on the score itself. The formula in lib/analysis/score.ts
 * (weights summing to 100, penalties that grow with repeats, the cap, the two ceilings) is kept;
 * only its table is fitted. A passage's score s gives P(at least partial) = σ((s − 39.5) / τ) and
 * P(strong) = σ((s − 69.5) / τ); a pair gives P(better above worse) = σ((s_b − s_w) / τ). The fit
 * maximises the likelihood of every band and pair label, with a small pull toward the current
 * table and the model's rule that decision, metric, outcome and method weigh most.
 *
 * It prints agreement before and after on every set; with --write it rewrites the table in
 * score.ts. The verification set (held-out/blind-b, when it exists) is never fitted on.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, CATEGORIES, COMPONENT_IDS, type Category, type ComponentId } from '@/lib/analysis';
import { preparePassage } from '@/lib/analysis/passage';
import { bandOf, ownershipScore, SCORE_TABLES, type ScoreInput, type ScoreTables } from '@/lib/analysis/score';
import { CORPUS_DIR, readJsonl, type Labelled } from './unit/analysis/labelled';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'tests', 'fixtures', 'analyzer');
/** Every labelled set the table is fitted on; the verification set is left out on purpose. */
export const FIT_SETS: Array<{ name: string; passages: string; pairs?: string }> = [
  { name: 'shared corpus', passages: join(CORPUS_DIR, 'dev.jsonl'), pairs: join(CORPUS_DIR, 'pairs.jsonl') },
  { name: 'our stories', passages: join(fixtures, 'stories.jsonl') },
  {
    name: 'second labeller',
    passages: join(fixtures, 'second-labeller.jsonl'),
    pairs: join(fixtures, 'second-labeller-pairs.jsonl'),
  },
  ...['bullets', 'corpus-like', 'messy-notes', 'blind-a'].map((set) => ({
    name: set,
    passages: join(fixtures, 'held-out', `${set}.jsonl`),
    pairs: join(fixtures, 'held-out', `${set}-pairs.jsonl`),
  })),
];

const TAU = 5;
const PULL = 0.02;
/** Floors, so the fit cannot switch a component or a kind of finding off: the model says each one counts. */
const MIN_WEIGHT = 3;
const MIN_PENALTY = 3;
/** A choice stated as such adds a little to the decision, never enough to outweigh a component. */
const MAX_CHOICE_BONUS = 4;
/** Sets whose every label the unit tests assert: a table that breaks one of them is not acceptable. */
const CONTRACT_SETS = new Set(['shared corpus', 'our stories', 'second labeller']);
const HEAVY: readonly ComponentId[] = ['decision', 'metric', 'outcome', 'method'];

interface Sample {
  set: string;
  id: string;
  band: Labelled['band'];
  input: ScoreInput;
}

const bandHolds = (label: Labelled['band'], band: string) =>
  label === 'any' || (label === 'partial+' ? band !== 'weak' : band === label);
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const logOf = (p: number) => Math.log(Math.max(p, 1e-9));

export function samplesOf(sets = FIT_SETS): { samples: Sample[]; pairs: Array<{ better: Sample; worse: Sample }> } {
  const samples: Sample[] = [];
  const pairs: Array<{ better: Sample; worse: Sample }> = [];
  for (const set of sets) {
    const byId = new Map<string, Sample>();
    for (const p of readJsonl<Labelled>(set.passages)) {
      const a = analyze(p.text);
      const findings: Partial<Record<Category, number>> = {};
      for (const f of a.findings) findings[f.category] = (findings[f.category] ?? 0) + 1;
      const present = new Set(COMPONENT_IDS.filter((id) => a.components[id].present));
      const hasNumber = preparePassage(p.text).prep.quantities.length > 0;
      const input = { present, findings, hasNumber, statedChoice: a.scoring.statedChoice };
      const sample = { set: set.name, id: p.id, band: p.band, input };
      samples.push(sample);
      byId.set(p.id, sample);
    }
    if (!set.pairs) continue;
    for (const { better, worse } of readJsonl<{ better: string; worse: string }>(set.pairs)) {
      const b = byId.get(better);
      const w = byId.get(worse);
      if (b && w) pairs.push({ better: b, worse: w });
    }
  }
  return { samples, pairs };
}

/** Negative log-likelihood of every label under a table, plus the pull and the ordering rule. */
function loss(tables: ScoreTables, samples: Sample[], pairs: Array<{ better: Sample; worse: Sample }>): number {
  const score = (s: Sample) => ownershipScore(s.input, tables).score;
  let total = 0;
  for (const s of samples) {
    const x = score(s);
    const atLeastPartial = sigmoid((x - 39.5) / TAU);
    const strong = sigmoid((x - 69.5) / TAU);
    if (s.band === 'weak') total -= logOf(1 - atLeastPartial);
    else if (s.band === 'partial') total -= logOf(atLeastPartial - strong);
    else if (s.band === 'strong') total -= logOf(strong);
    else if (s.band === 'partial+') total -= logOf(atLeastPartial);
    if (CONTRACT_SETS.has(s.set) && !bandHolds(s.band, bandOf(x))) total += 50;
  }
  for (const { better, worse } of pairs) {
    total -= logOf(sigmoid((score(better) - score(worse) - 1) / TAU));
    if (CONTRACT_SETS.has(better.set) && score(better) <= score(worse)) total += 50;
  }
  for (const id of COMPONENT_IDS) total += PULL * (tables.weights[id] - SCORE_TABLES.weights[id]) ** 2;
  for (const c of CATEGORIES) total += PULL * (tables.penalties[c] - SCORE_TABLES.penalties[c]) ** 2;
  const lightest = Math.min(...HEAVY.map((id) => tables.weights[id]));
  for (const id of COMPONENT_IDS) if (!HEAVY.includes(id)) total += 10 * Math.max(0, tables.weights[id] + 1 - lightest);
  return total;
}

/** Whole-number weights summing to exactly 100 (largest remainder), and whole-number penalties. */
export function rounded(tables: ScoreTables): ScoreTables {
  const raw = COMPONENT_IDS.map((id) => tables.weights[id]);
  const sum = raw.reduce((a, b) => a + b, 0);
  const scaled = raw.map((w) => (100 * w) / sum);
  const floors = scaled.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = scaled.map((w, i) => [w - floors[i]!, i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) if (left-- > 0) floors[i]!++;
  const weights = Object.fromEntries(COMPONENT_IDS.map((id, i) => [id, floors[i]!])) as Record<ComponentId, number>;
  const choiceBonus = Math.round(tables.choiceBonus);
  const penalties = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.max(1, Math.round(tables.penalties[c]))]),
  ) as Record<Category, number>;
  return { weights, penalties, choiceBonus };
}

/** Coordinate search on whole points: try each weight and penalty one step up and down, keep what lowers the loss. */
export function fit(
  samples: Sample[],
  pairs: Array<{ better: Sample; worse: Sample }>,
  start = SCORE_TABLES,
): ScoreTables {
  let best = rounded(start);
  let bestLoss = loss(best, samples, pairs);
  for (let round = 0; round < 200; round++) {
    let improved = false;
    for (const step of [3, 1]) {
      // A weight moves against another, so the weights keep summing to 100.
      for (const from of COMPONENT_IDS) {
        for (const to of COMPONENT_IDS) {
          if (from === to || best.weights[from] - step < MIN_WEIGHT) continue;
          const weights = { ...best.weights, [from]: best.weights[from] - step, [to]: best.weights[to] + step };
          const candidate = { ...best, weights };
          const l = loss(candidate, samples, pairs);
          if (l < bestLoss - 1e-9) [best, bestLoss, improved] = [candidate, l, true];
        }
      }
      for (const c of CATEGORIES) {
        for (const delta of [-step, step]) {
          const value = best.penalties[c] + delta;
          if (value < MIN_PENALTY || value > 30) continue;
          const candidate = { ...best, penalties: { ...best.penalties, [c]: value } };
          const l = loss(candidate, samples, pairs);
          if (l < bestLoss - 1e-9) [best, bestLoss, improved] = [candidate, l, true];
        }
      }
    }
    for (const delta of [-1, 1]) {
      const value = best.choiceBonus + delta;
      if (value < 0 || value > MAX_CHOICE_BONUS) continue;
      const candidate = { ...best, choiceBonus: value };
      const l = loss(candidate, samples, pairs);
      if (l < bestLoss - 1e-9) [best, bestLoss, improved] = [candidate, l, true];
    }
    if (!improved) break;
  }
  return best;
}

/** Band agreement, strong and weak recall, and pairs in order, per set. */
export function agreement(tables: ScoreTables, samples: Sample[], pairs: Array<{ better: Sample; worse: Sample }>) {
  const rows = new Map<
    string,
    { bands: [number, number]; strong: [number, number]; weak: [number, number]; pairs: [number, number] }
  >();
  const row = (set: string) => {
    let r = rows.get(set);
    if (!r) rows.set(set, (r = { bands: [0, 0], strong: [0, 0], weak: [0, 0], pairs: [0, 0] }));
    return r;
  };
  for (const s of samples) {
    if (s.band === 'any') continue;
    const band = bandOf(ownershipScore(s.input, tables).score);
    const r = row(s.set);
    const held = bandHolds(s.band, band);
    r.bands[0] += held ? 1 : 0;
    r.bands[1]++;
    if (s.band === 'strong') r.strong = [r.strong[0] + (held ? 1 : 0), r.strong[1] + 1];
    if (s.band === 'weak') r.weak = [r.weak[0] + (held ? 1 : 0), r.weak[1] + 1];
  }
  for (const { better, worse } of pairs) {
    const r = row(better.set);
    r.pairs[0] += ownershipScore(better.input, tables).score > ownershipScore(worse.input, tables).score ? 1 : 0;
    r.pairs[1]++;
  }
  return rows;
}

function table(tables: ScoreTables): string {
  const weights = COMPONENT_IDS.map((id) => [id, tables.weights[id]] as const).sort((a, b) => b[1] - a[1]);
  const penalties = CATEGORIES.map((c) => [c, tables.penalties[c]] as const).sort((a, b) => b[1] - a[1]);
  const key = (k: string) => (/^[a-z]+$/.test(k) ? k : `'${k}'`);
  return [
    'export const COMPONENT_WEIGHTS: Record<ComponentId, number> = {',
    ...weights.map(([id, w]) => `  ${key(id)}: ${w},`),
    '};',
    '',
    'export const CATEGORY_PENALTIES: Record<Category, number> = {',
    ...penalties.map(([c, p]) => `  ${key(c)}: ${p},`),
    '};',
    '',
    '/** Added to the decision when the speaker states it as their own choice: "I decided…", "I chose…". */',
    `export const CHOICE_BONUS = ${tables.choiceBonus};`,
  ].join('\n');
}

const share = ([held, total]: [number, number]) =>
  total ? `${held}/${total} (${((100 * held) / total).toFixed(1)}%)` : '—';

export function main(args: string[]): number {
  const unknown = args.find((a) => a !== '--write');
  if (unknown) {
    console.error(`Unknown option ${unknown}. Usage: npm run fit-score -- [--write]`);
    return 2;
  }
  const { samples, pairs } = samplesOf();
  const before = agreement(SCORE_TABLES, samples, pairs);
  const fitted = fit(samples, pairs);
  const after = agreement(fitted, samples, pairs);
  console.log(`Fitted on ${samples.length} passages and ${pairs.length} pairs (τ = ${TAU}).\n`);
  console.log(`${'set'.padEnd(18)}${'bands'.padEnd(34)}${'strong recall'.padEnd(34)}${'weak recall'.padEnd(34)}pairs`);
  for (const [set, b] of before) {
    const a = after.get(set)!;
    const cell = (k: 'bands' | 'strong' | 'weak' | 'pairs') => `${share(b[k])} → ${share(a[k])}`.padEnd(34);
    console.log(
      `${set.padEnd(18)}${cell('bands')}${cell('strong')}${cell('weak')}${share(b.pairs)} → ${share(a.pairs)}`,
    );
  }
  console.log(`\n${table(fitted)}`);
  if (args.includes('--write')) {
    const file = join(root, 'lib', 'analysis', 'score.ts');
    const source = readFileSync(file, 'utf8');
    const next = source.replace(
      /(\/\/ BEGIN FITTED TABLE[^\n]*\n)[\s\S]*?(\n\/\/ END FITTED TABLE)/,
      (_m, begin: string, end: string) => `${begin}${table(fitted)}${end}`,
    );
    writeFileSync(file, next);
    console.log(`\nWrote the table to ${file}.`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main(process.argv.slice(2));
