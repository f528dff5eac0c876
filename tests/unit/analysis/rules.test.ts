import { describe, expect, it } from 'vitest';
import { analyze, CATEGORIES, RULES } from '@/lib/analysis';

// One table drives every rule: each BAD example must report its exact span, each GOOD near-miss nothing.
describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it.each(rule.examples.bad.map((e) => [e.text, e] as const))('fires on %j', (_text, example) => {
    const hits = analyze(example.text).findings.filter((f) => f.ruleId === rule.id);
    expect(hits.map((f) => f.text)).toContain(example.span);
    for (const f of hits) {
      expect(f.category).toBe(rule.category);
      expect(example.text.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it.each(rule.examples.good.map((text) => [text] as const))('stays quiet on %j', (text) => {
    expect(analyze(text).findings.filter((f) => f.ruleId === rule.id)).toEqual([]);
  });

  it('only fires when switched on', () => {
    const example = rule.examples.bad[0]!.text;
    const byId = analyze(example, { disabledRules: [rule.id] }).findings;
    const byCategory = analyze(example, { disabledCategories: [rule.category] }).findings;
    expect(byId.some((f) => f.ruleId === rule.id)).toBe(false);
    expect(byCategory.some((f) => f.category === rule.category)).toBe(false);
  });
});

describe('every category', () => {
  it.each(CATEGORIES.map((c) => [c] as const))('%s has a rule', (category) => {
    expect(RULES.some((r) => r.category === category)).toBe(true);
  });
});

describe('ignored matches', () => {
  it('drops exactly the ignored match and scores as if it were not there', () => {
    const text = 'I worked on the billing migration and helped the team hit the deadline.';
    const before = analyze(text);
    const weak = before.findings.filter((f) => f.ruleId === 'weak-verb');
    expect(weak.map((f) => f.text)).toEqual(['worked on', 'helped']);
    const after = analyze(text, { ignoredMatches: [{ ruleId: 'weak-verb', text: 'worked on' }] });
    expect(after.findings.filter((f) => f.ruleId === 'weak-verb').map((f) => f.text)).toEqual(['helped']);
    const none = analyze(text, {
      ignoredMatches: [
        { ruleId: 'weak-verb', text: 'worked on' },
        { ruleId: 'weak-verb', text: 'helped' },
      ],
    });
    expect(none.findings.some((f) => f.ruleId === 'weak-verb')).toBe(false);
    expect(none.score).toBeGreaterThanOrEqual(after.score);
  });
});
