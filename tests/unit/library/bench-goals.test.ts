/** The library benchmark's own arithmetic: a wrong verdict would mislead more than no benchmark. */
import { describe, expect, it } from 'vitest';
import { checkSearches, judge, LIBRARY_GOALS, percentile, renderSearchTable } from '../../bench/library-goals';

describe('library benchmark verdicts', () => {
  it('judges strictly below the goal, and says NOT RUN without a figure', () => {
    expect(judge('x', 14.9, 15).verdict).toBe('MET');
    expect(judge('x', 15, 15).verdict).toBe('MISSED');
    expect(judge('x', undefined, 15)).toEqual({ verdict: 'NOT RUN', statement: 'x' });
    expect(judge('x', Number.NaN, 15).verdict).toBe('NOT RUN');
  });

  it('judges search by its slowest prefix: one slow prefix misses the goal for all', () => {
    const fast = { label: 'conv', samples: [2, 3, 4], total: 10, shown: 10 };
    const slow = { label: 'c', samples: [20, 30, 1], total: 10, shown: 10 };
    expect(checkSearches([fast]).verdict).toBe('MET');
    const verdict = checkSearches([fast, slow]);
    expect(verdict.verdict).toBe('MISSED');
    expect(verdict.statement).toContain('slowest "c"');
    expect(verdict.statement).toContain('20.0 ms');
    expect(checkSearches([]).verdict).toBe('NOT RUN');
  });

  it('reads percentiles by nearest rank and prints every query', () => {
    expect(percentile([5, 1, 3, 2, 4], 90)).toBe(5);
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(renderSearchTable([{ label: 'co', samples: [1, 2, 3], total: 8_716, shown: 50 }])).toMatch(
      /co\s+2\.00 ms\s+3\.00 ms\s+3\.00 ms\s+8,716\s+50/,
    );
    expect(LIBRARY_GOALS).toEqual({ searchMs: 15, importMs: 3_000, firstListMs: 200 });
  });
});
