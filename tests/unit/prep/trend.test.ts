import { describe, expect, it } from 'vitest';
import type { RehearsalRow } from '@/lib/library/model';
import { rehearsalTrend } from '@/lib/prep/trend';

const session = (id: number, at: number, seconds: number, scores: number[]): RehearsalRow => ({
  id,
  storyId: 1,
  at,
  seconds,
  answers: scores.map((score) => ({ question: 'Q?', answer: 'A', score, band: score >= 70 ? 'strong' : 'weak' })),
});

describe('rehearsalTrend', () => {
  it('summarizes each session and the change since the one before, in time order', () => {
    const trend = rehearsalTrend([session(2, 200, 110, [60, 71]), session(1, 100, 140, [20, 30, 31])]);
    expect(trend.sessions.map((s) => [s.id, s.seconds, s.average])).toEqual([
      [1, 140, 27],
      [2, 110, 66],
    ]);
    expect(trend.scoreChange).toBe(39);
    expect(trend.secondsChange).toBe(-30);
  });

  it('compares scores across sessions that had answers only, and says nothing with one session', () => {
    const trend = rehearsalTrend([session(1, 1, 100, [40]), session(2, 2, 90, []), session(3, 3, 80, [50])]);
    expect(trend.scoreChange).toBe(10);
    expect(trend.sessions[1]!.average).toBeNull();
    expect(rehearsalTrend([session(1, 1, 100, [40])])).toMatchObject({ scoreChange: null, secondsChange: null });
  });
});
