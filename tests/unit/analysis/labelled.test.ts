import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { labelCounts, labelMisses, type Labelled } from './labelled';

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
      labelCounts({ id: 'x', band: 'any', text: '', forbid: ['hedge', 'passive'], components: ['decision'] }),
    ).toEqual({
      band: 0,
      expect: 0,
      expect_any: 0,
      forbid: 2,
      component: 1,
      missing: 0,
    });
  });
});
