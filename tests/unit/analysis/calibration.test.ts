import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '@/lib/analysis';
import { devPassages, ourStories, pairs, secondLabeller, secondLabellerPairs, type Labelled } from './labelled';

function bandHolds(band: Labelled['band'], a: Analysis): boolean {
  if (band === 'any') return true;
  if (band === 'partial+') return a.band !== 'weak';
  return a.band === band;
}

function check(p: Labelled) {
  const a = analyze(p.text);
  const found = new Set(a.findings.map((f) => f.category));
  const describe = () => `${p.id} scored ${a.score} (${a.band}); findings ${JSON.stringify(a.findings.map((f) => [f.category, f.text]))}`;
  expect(bandHolds(p.band, a), `band ${p.band}: ${describe()}`).toBe(true);
  for (const c of p.expect ?? []) expect(found.has(c), `expects ${c}: ${describe()}`).toBe(true);
  if (p.expect_any) expect(p.expect_any.some((c) => found.has(c)), `expects any of ${p.expect_any}: ${describe()}`).toBe(true);
  for (const c of p.forbid ?? []) expect(found.has(c), `forbids ${c}: ${describe()}`).toBe(false);
  for (const c of p.components ?? []) expect(a.components[c].present, `component ${c}: ${describe()}`).toBe(true);
  for (const c of p.missing ?? []) expect(a.components[c].present, `missing ${c}: ${JSON.stringify(a.components[c].spans)}`).toBe(false);
}

function checkPairs(passages: Labelled[], ordered: Array<{ better: string; worse: string }>) {
  const scores = new Map(passages.map((p) => [p.id, analyze(p.text).score]));
  for (const { better, worse } of ordered) {
    expect(scores.has(better) && scores.has(worse), `pair ${better} > ${worse} names passages that exist`).toBe(true);
    expect(scores.get(better), `${better} (${scores.get(better)}) over ${worse} (${scores.get(worse)})`).toBeGreaterThan(scores.get(worse)!);
  }
}

describe('the shared corpus', () => {
  it.each(devPassages().map((p) => [p.id, p] as const))('%s holds every label', (_id, p) => check(p));

  it('orders every pair', () => checkPairs(devPassages(), pairs()));
});

describe("a second labeller's passages", () => {
  it.each(secondLabeller().map((p) => [p.id, p] as const))('%s holds every label', (_id, p) => check(p));

  it('orders every pair', () => checkPairs(secondLabeller(), secondLabellerPairs()));
});

describe('our own labelled stories', () => {
  it.each(ourStories().map((p) => [p.id, p] as const))('%s holds every label', (_id, p) => check(p));
});
