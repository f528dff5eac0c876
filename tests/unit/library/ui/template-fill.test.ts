import { describe, expect, it } from 'vitest';
import { analyze, RULES } from '@/lib/analysis';
import { builtInTemplates } from '@/components/library/built-in-templates';
import { fillSlots, slotValuesOf } from '@/components/library/template-fill';

describe('filling the user’s templates from a finding', () => {
  it('reads back the values the analyzer filled, and leaves open slots open', () => {
    const values = slotValuesOf({
      template: 'I cut [metric] by [X%] over [period].',
      filled: 'I cut refund tickets by 45% over [period].',
    });
    expect(values).toEqual({ metric: 'refund tickets', 'X%': '45%' });
    expect(fillSlots('[metric] fell [X%]; measured by [method].', values)).toBe(
      'refund tickets fell 45%; measured by [method].',
    );
  });

  it('never invents a value: with nothing filled, every slot stays', () => {
    expect(
      slotValuesOf({
        template: 'I [decided what] and [metric] moved.',
        filled: 'I [decided what] and [metric] moved.',
      }),
    ).toEqual({});
    expect(slotValuesOf({ template: 'A [x].', filled: 'Something else entirely' })).toEqual({});
  });

  it('agrees with the analyzer on real findings: refilling its own template gives its own text', () => {
    const text =
      'I helped with a lot of projects and was responsible for the roadmap. Users loved it. Conversion should rise.';
    const findings = analyze(text).findings;
    expect(findings.length).toBeGreaterThan(2);
    for (const f of findings) expect(fillSlots(f.rewrite.template, slotValuesOf(f.rewrite))).toBe(f.rewrite.filled);
  });

  it('offers one built-in per rule and the whole-story template', () => {
    expect(builtInTemplates()).toHaveLength(RULES.length + 1);
    expect(builtInTemplates().filter((t) => t.scope === 'story')).toHaveLength(1);
  });
});
