import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import {
  devPassages,
  labelMisses,
  ourStories,
  pairs,
  secondLabeller,
  secondLabellerPairs,
  type Labelled,
} from './labelled';

function check(p: Labelled) {
  const a = analyze(p.text);
  const findings = JSON.stringify(a.findings.map((f) => [f.category, f.text]));
  expect(labelMisses(p, a), `${p.id} scored ${a.score} (${a.band}); findings ${findings}`).toEqual([]);
}

function checkPairs(passages: Labelled[], ordered: Array<{ better: string; worse: string }>) {
  const scores = new Map(passages.map((p) => [p.id, analyze(p.text).score]));
  for (const { better, worse } of ordered) {
    expect(scores.has(better) && scores.has(worse), `pair ${better} > ${worse} names passages that exist`).toBe(true);
    expect(
      scores.get(better),
      `${better} (${scores.get(better)}) over ${worse} (${scores.get(worse)})`,
    ).toBeGreaterThan(scores.get(worse)!);
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
