import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { bandHolds, labelCounts, labelMisses, type Labelled } from './labelled';

const weakPassage = 'We worked on the dashboard and the team really loved it.';

describe('labelMisses', () => {
  it('is empty when every label holds', () => {
    const p: Labelled = {
      id: 't-1',
      band: 'weak',
      text: weakPassage,
      expect: ['team-only'],
      forbid: ['over-claim'],
      missing: ['outcome'],
    };
    expect(labelMisses(p, analyze(p.text))).toEqual([]);
  });

  it('names each label that does not hold', () => {
    const p: Labelled = {
      id: 't-2',
      band: 'strong',
      text: weakPassage,
      expect: ['hedge'],
      expect_any: ['role-title', 'passive'],
      forbid: ['team-only'],
      components: ['decision'],
      missing: ['collaboration'],
    };
    const a = analyze(p.text);
    expect(labelMisses(p, a).map((m) => m.kind)).toEqual([
      'band',
      'expect',
      'expect_any',
      'forbid',
      'component',
      ...(a.components.collaboration.present ? ['missing'] : []),
    ]);
    expect(labelMisses(p, a)[0]!.detail).toMatch(/^band strong, scored \d+ \(weak\)$/);
    expect(labelMisses(p, a)[3]!.detail).toContain('"We"');
  });

  it('counts the labels a passage carries; "any" carries no band', () => {
    expect(
      labelCounts(
        { id: 'x', band: 'any', text: '', forbid: ['hedge', 'passive'], components: ['decision'] },
        analyze(''),
      ),
    ).toEqual({
      band: 0,
      expect: 0,
      expect_any: 0,
      forbid: 2,
      component: 1,
      missing: 0,
      component_span: 0,
      finding_span: 0,
    });
  });

  it('holds a "partial" band only between 40 and 69, and "partial+" from 40 up', () => {
    const strong = analyze(
      'Refund tickets were 1,200 a week. I chose to rewrite the macros, tested them for four weeks against a control group with the support lead and the finance team, and tickets fell 45%; I rolled it out to all regions.',
    );
    expect(strong.band).toBe('strong');
    expect(bandHolds('partial', strong)).toBe(false);
    expect(bandHolds('partial+', strong)).toBe(true);
  });

  it('checks a labelled span against the spans found for that component or category', () => {
    const text = 'I worked on the dashboard and churn fell from 5% to 4% in March.';
    const a = analyze(text);
    const held: Labelled = {
      id: 's',
      band: 'any',
      text,
      spans: { outcome: 'fell from 5% to 4%' },
      finding_spans: [{ category: 'weak-verb', text: 'worked on' }],
    };
    expect(labelMisses(held, a)).toEqual([]);
    expect(labelCounts(held, a)).toMatchObject({ component_span: 1, finding_span: 1 });
    const wrong: Labelled = {
      ...held,
      spans: { outcome: 'the dashboard' },
      finding_spans: [{ category: 'weak-verb', text: 'in March' }],
    };
    expect(labelMisses(wrong, a).map((m) => m.kind)).toEqual(['component_span', 'finding_span']);
  });
});
