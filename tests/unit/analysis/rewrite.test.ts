import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, RULES, STORY_TEMPLATE } from '@/lib/analysis';
import { fillTemplate } from '@/lib/analysis/rewrite';
import { devPassages, ourStories } from './labelled';

const NUMBER = /\d+(?:[.,]\d+)*/g;
const numbersIn = (s: string) => s.match(NUMBER) ?? [];
const passages = [...devPassages(), ...ourStories()].map((p) => p.text);

function rewritesOf(text: string) {
  const a = analyze(text);
  return [...a.findings.map((f) => f.rewrite), a.storyTemplate];
}

describe('rewrites', () => {
  it('never hold a number in a template, so any number in a rewrite came from the passage', () => {
    for (const rule of RULES) expect(numbersIn(rule.rewrite), rule.id).toEqual([]);
    expect(numbersIn(STORY_TEMPLATE)).toEqual([]);
  });

  it.each(passages.map((t) => [t] as const))('invent no number for %j', (text) => {
    for (const rewrite of rewritesOf(text)) {
      for (const n of numbersIn(rewrite.filled)) expect(text, `${n} in ${rewrite.filled}`).toContain(n);
    }
  });

  it('invent no number for any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...passages), fc.string(), fc.integer().map(String)), { maxLength: 6 }),
        (parts) => {
          const text = parts.join(' ');
          for (const rewrite of rewritesOf(text)) for (const n of numbersIn(rewrite.filled)) expect(text).toContain(n);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("fill slots from the finding's own sentence: its metric, numbers and verbs", () => {
    const text = 'I lowered the API error rate from 2.1% to 0.3% within a month. We should boost engagement.';
    const hedge = analyze(text).findings.find((f) => f.category === 'hedge')!;
    expect(hedge.rewrite.template).toBe('I [verb] [metric] by [X%] [over what period], measured with [method].');
    // The other sentence's month belongs to the error rate; borrowing it would state a wrong fact.
    expect(hedge.rewrite.filled).toBe('I boosted engagement by [X%] [over what period], measured with [method].');
    const ahead = analyze('The overhaul should boost signups by next year.').findings.find(
      (f) => f.category === 'hedge',
    )!;
    // A period still to come cannot be the period of a result.
    expect(ahead.rewrite.filled).toBe('I boosted signups by [X%] [over what period], measured with [method].');
    const becoming = analyze('The overhaul should make the site usable for more people.').findings.find(
      (f) => f.category === 'hedge',
    )!;
    expect(becoming.rewrite.filled).toMatch(/^I \[verb\] /);
    const scoped = analyze('The dashboards for station managers were rebuilt.').findings.find(
      (f) => f.category === 'passive',
    )!;
    // A scope phrase belongs to the subject; the clause is said again whole.
    expect(scoped.rewrite.filled).toBe('[who] rebuilt the dashboards for station managers');
    const text2 = 'The migration was completed last year.';
    const passive = analyze(text2).findings.find((f) => f.category === 'passive')!;
    // The clause is said again with its actor, in place of the clause: the rest of the sentence stays.
    expect(passive.rewrite.filled).toBe('[who] completed the migration');
    const { start, end } = passive.rewrite.target!;
    expect(text2.slice(start, end)).toBe('The migration was completed');
  });

  it("put a slot for the amount where a degree word stood, in the clause's own words", () => {
    const rewrite = (text: string) =>
      analyze(text).findings.find((f) => f.ruleId === 'unquantified-improvement')!.rewrite.filled;
    expect(rewrite('The new cache made checkout much faster.')).toBe('made checkout [X%] faster');
    expect(rewrite('The supplier relationship got a lot better.')).toBe('got [X%] better');
    expect(rewrite('It made onboarding more efficient.')).toBe('made onboarding [X%] more efficient');
  });

  it('keep every unfilled slot visible, exactly as the template wrote it', () => {
    const { findings, storyTemplate } = analyze('I worked on the billing migration.');
    const weak = findings.find((f) => f.ruleId === 'weak-verb')!;
    expect(weak.rewrite.filled).toBe('I [your own action] the billing migration, which changed [metric] by [X%].');
    expect(storyTemplate.filled).toBe(storyTemplate.template);
  });

  it('fill the whole-story template in Problem → Action → Result → Learning order', () => {
    const strong = devPassages().find((p) => p.id === 'd-21')!.text;
    const { filled } = analyze(strong).storyTemplate;
    const order = ['Problem:', 'Action:', 'Result:', 'Learning:'].map((h) => filled.indexOf(h));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(filled).toContain('Trial-to-paid conversion was stuck at 8%');
    expect(filled).toContain('I learned to agree on the guardrail metrics before launch');
    expect(filled).not.toContain('[what was broken, with its number]');
  });
});

describe('fillTemplate', () => {
  it('replaces only slots it has a value for, and treats blank values as missing', () => {
    expect(fillTemplate('[a] and [b] and [c]', { a: 'one', b: '  ' })).toBe('one and [b] and [c]');
  });
});
