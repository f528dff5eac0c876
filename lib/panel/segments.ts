/**
 * Splits a passage into runs for display, so overlapping findings can all be shown: every
 * finding's start and end is a cut, and each run lists the findings that cover it.
 */
import { CATEGORIES, type Category, type Finding } from '@/lib/analysis';

export interface Segment {
  start: number;
  end: number;
  /** Indexes into the findings array of every finding covering this run, in that array's order. */
  findings: number[];
}

export function segmentPassage(textLength: number, findings: ReadonlyArray<Pick<Finding, 'start' | 'end'>>): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(textLength, n));
  const cuts = new Set<number>([0, textLength]);
  for (const f of findings) {
    const start = clamp(f.start);
    const end = clamp(f.end);
    if (end > start) {
      cuts.add(start);
      cuts.add(end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering: number[] = [];
    findings.forEach((f, index) => {
      if (clamp(f.start) <= start && clamp(f.end) >= end && f.end > f.start) covering.push(index);
    });
    segments.push({ start, end, findings: covering });
  }
  return segments;
}

/** How many findings of each category, in the model's category order, leaving out those with none. */
export function countByCategory(findings: ReadonlyArray<Pick<Finding, 'category'>>): Array<{ category: Category; count: number }> {
  const counts = new Map<Category, number>();
  for (const f of findings) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  return CATEGORIES.filter((c) => counts.has(c)).map((category) => ({ category, count: counts.get(category)! }));
}
