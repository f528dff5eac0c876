import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { countByCategory, segmentPassage } from '@/lib/panel/segments';

describe('segmentPassage', () => {
  it('cuts a passage at every finding edge, listing the findings over each run', () => {
    //            0123456789012345678901
    const text = 'We helped a lot today.';
    const findings = [
      { start: 3, end: 15 }, // "helped a lot"
      { start: 10, end: 15 }, // "a lot"... overlapping the first
      { start: 3, end: 9 }, // "helped"
    ];
    const runs = segmentPassage(text.length, findings).map((s) => [text.slice(s.start, s.end), s.findings]);
    expect(runs).toEqual([
      ['We ', []],
      ['helped', [0, 2]],
      [' ', [0]],
      ['a lot', [0, 1]],
      [' today.', []],
    ]);
  });

  it('gives a passage with no findings one plain run, and an empty one none', () => {
    expect(segmentPassage(5, [])).toEqual([{ start: 0, end: 5, findings: [] }]);
    expect(segmentPassage(0, [])).toEqual([]);
  });

  it('clamps findings that run past the text and drops empty ones', () => {
    expect(
      segmentPassage(4, [
        { start: 2, end: 9 },
        { start: 1, end: 1 },
      ]),
    ).toEqual([
      { start: 0, end: 2, findings: [] },
      { start: 2, end: 4, findings: [0] },
    ]);
  });

  it('always tiles the text, and each run is covered by exactly the findings that contain it', () => {
    const finding = (length: number) =>
      fc
        .tuple(fc.nat({ max: length }), fc.nat({ max: length }))
        .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(
        fc
          .nat({ max: 200 })
          .chain((length) => fc.tuple(fc.constant(length), fc.array(finding(length), { maxLength: 12 }))),
        ([length, findings]) => {
          const runs = segmentPassage(length, findings);
          let at = 0;
          for (const run of runs) {
            expect(run.start).toBe(at);
            expect(run.end).toBeGreaterThan(run.start);
            at = run.end;
            const expected = findings.flatMap((f, i) =>
              f.end > f.start && f.start <= run.start && f.end >= run.end ? [i] : [],
            );
            expect(run.findings).toEqual(expected);
          }
          expect(at).toBe(length);
        },
      ),
    );
  });

  it('handles the analyzer’s own overlapping findings', () => {
    const text = 'We significantly improved a lot of things and the demo was slick; it should reduce costs.';
    const { findings } = analyze(text);
    const runs = segmentPassage(text.length, findings);
    expect(runs.map((r) => text.slice(r.start, r.end)).join('')).toBe(text);
    for (const [i, f] of findings.entries()) {
      const covered = runs
        .filter((r) => r.findings.includes(i))
        .map((r) => text.slice(r.start, r.end))
        .join('');
      expect(covered).toBe(f.text);
    }
  });
});

describe('countByCategory', () => {
  it('counts per category in the model’s order, leaving out the absent ones', () => {
    expect(
      countByCategory([
        { category: 'weak-verb' },
        { category: 'hedge' },
        { category: 'weak-verb' },
        { category: 'passive' },
      ]),
    ).toEqual([
      { category: 'hedge', count: 1 },
      { category: 'weak-verb', count: 2 },
      { category: 'passive', count: 1 },
    ]);
  });
});
