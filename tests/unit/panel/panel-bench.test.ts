import { describe, expect, it } from 'vitest';
import { formatReport, percentile, selectionPlan, summarize } from '../../bench/panel-stats';

const NOTES = [
  'I was responsible for the onboarding revamp. We worked on a lot of improvements with the design team and users loved it. The new flow should reduce support tickets significantly.',
  'Support tickets about account setup had climbed to 900 a week by March. I decided to cut the setup wizard from seven steps to three and ran a two-week A/B test with 20% of new sign-ups, together with the support lead and the analytics team. Tickets fell 38% to 560 a week and day-7 activation rose from 41% to 47%; we rolled the short flow out to every region in Q2. My lesson: agree on the guardrail metric before the test starts.',
].join('\n\n');

describe('panel benchmark arithmetic', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile([7], 95)).toBe(7);
    expect(summarize([3, 1, 2])).toEqual({ n: 3, median: 2, p95: 3, min: 1, max: 3 });
  });

  it('judges the goal on the median, and never as met when a change was missed', () => {
    const fast = Array.from({ length: 10 }, () => ({ totalMs: 60, pageMs: 40, panelMs: 20 }));
    expect(formatReport({ samples: fast, missed: 0, chromium: 'Chromium 1' }).met).toBe(true);
    expect(formatReport({ samples: fast, missed: 1, chromium: 'Chromium 1' }).met).toBe(false);
    const slow = fast.map(() => ({ totalMs: 180, pageMs: 150, panelMs: 30 }));
    const { lines, met } = formatReport({ samples: slow, missed: 0, chromium: 'Chromium 1', debounceMs: 150 });
    expect(met).toBe(false);
    expect(lines.join('\n')).toMatch(/MISSED \(median 180\.0 ms\)/);
    expect(lines.join('\n')).toMatch(/waits 150 ms/);
  });
});

describe('selection plan', () => {
  it('gives distinct whole-word ranges inside one note, consecutive ones different', () => {
    const plan = selectionPlan(NOTES, 52);
    expect(plan).toHaveLength(52);
    expect(new Set(plan.map((r) => `${r.start}:${r.end}`)).size).toBe(52);
    for (const [i, range] of plan.entries()) {
      const text = NOTES.slice(range.start, range.end);
      expect(text).not.toContain('\n\n');
      expect(text).toMatch(/^\S.*\S$/s);
      if (i > 0) expect(range).not.toEqual(plan[i - 1]);
    }
  });

  it('says so when the text is too short for the plan', () => {
    expect(() => selectionPlan('Too short.', 52)).toThrow(/only 0 distinct/);
  });
});
