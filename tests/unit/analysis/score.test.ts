import { describe, expect, it } from 'vitest';
import { bandOf, BAND_THRESHOLDS, CATEGORY_PENALTIES, COMPONENT_WEIGHTS, ownershipScore } from '@/lib/analysis/score';
import { analyze, COMPONENT_IDS, type ComponentId } from '@/lib/analysis';

const all = new Set<ComponentId>(COMPONENT_IDS);
const without = (...ids: ComponentId[]) => new Set(COMPONENT_IDS.filter((id) => !ids.includes(id)));

describe('ownershipScore', () => {
  it('weighs the nine components to exactly 100, with decision, metric, outcome and method heaviest', () => {
    expect(Object.values(COMPONENT_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    const heavy = ['decision', 'metric', 'outcome', 'method'] as const;
    const light = COMPONENT_IDS.filter((id) => !(heavy as readonly string[]).includes(id));
    expect(Math.min(...heavy.map((id) => COMPONENT_WEIGHTS[id]))).toBeGreaterThan(
      Math.max(...light.map((id) => COMPONENT_WEIGHTS[id])),
    );
  });

  it('gives 100 to a passage with every component and no finding, and 0 to an empty one', () => {
    expect(ownershipScore({ present: all, findings: {}, hasNumber: true })).toMatchObject({
      score: 100,
      band: 'strong',
    });
    expect(ownershipScore({ present: new Set(), findings: {}, hasNumber: false })).toMatchObject({
      score: 0,
      band: 'weak',
    });
  });

  it('subtracts a penalty per category that grows by half for each repeat, up to twice the base', () => {
    const base = CATEGORY_PENALTIES.hedge;
    const score = (n: number) => ownershipScore({ present: all, findings: { hedge: n }, hasNumber: true }).score;
    expect(score(1)).toBe(100 - base);
    expect(score(2)).toBe(Math.round(100 - base * 1.5));
    expect(score(3)).toBe(100 - base * 2);
    expect(score(9)).toBe(100 - base * 2);
  });

  it('never lets one soft finding drop a passage that is strong in substance to weak', () => {
    const substance = without('learning', 'collaboration', 'scale');
    const weight = [...substance].reduce((sum, id) => sum + COMPONENT_WEIGHTS[id], 0);
    for (const [category, penalty] of Object.entries(CATEGORY_PENALTIES)) {
      const { score } = ownershipScore({ present: substance, findings: { [category]: 1 }, hasNumber: true });
      expect(score, category).toBeGreaterThanOrEqual(BAND_THRESHOLDS.partial);
      expect(score).toBe(weight - penalty);
    }
  });

  it('caps the penalty at 40% of the substance, so many findings cannot erase a strong story', () => {
    const findings = Object.fromEntries(Object.keys(CATEGORY_PENALTIES).map((c) => [c, 5]));
    expect(ownershipScore({ present: all, findings, hasNumber: true }).score).toBe(60);
  });

  it('keeps a passage with no number and no decision below partial', () => {
    const wordy = without('decision', 'outcome');
    expect(ownershipScore({ present: wordy, findings: {}, hasNumber: true }).score).toBeGreaterThanOrEqual(40);
    expect(ownershipScore({ present: wordy, findings: {}, hasNumber: false })).toMatchObject({
      score: 39,
      band: 'weak',
    });
  });

  it('keeps a passage with no measured outcome below strong', () => {
    expect(ownershipScore({ present: without('outcome'), findings: {}, hasNumber: true })).toMatchObject({
      score: 69,
      band: 'partial',
    });
  });

  it('maps scores to the model bands at 40 and 70', () => {
    expect([0, 39, 40, 69, 70, 100].map(bandOf)).toEqual(['weak', 'weak', 'partial', 'partial', 'strong', 'strong']);
  });
});

describe('one phrase, one finding', () => {
  it('reports a vague amount inside a claim of impact once, as the claim, when the story has measured results', () => {
    const a = analyze('Signups rose 12% in a month after my relaunch. The relaunch was a massive success.');
    expect(a.findings.map((f) => [f.category, f.text])).toEqual([['vague-impact', 'was a massive success']]);
  });

  it('still asks for the number behind the amount when the story has none', () => {
    const a = analyze('It was a massive success.');
    expect(a.findings.map((f) => f.category).sort()).toEqual(['vague-impact', 'vague-quantity']);
  });
});
