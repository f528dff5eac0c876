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

function pushAt(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function segmentPassage(textLength: number, findings: ReadonlyArray<Pick<Finding, 'start' | 'end'>>): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(textLength, n));
  // A sweep over the cut points: O((n + m) log m) for n findings, whatever their overlap.
  const opens = new Map<number, number[]>();
  const closes = new Map<number, number[]>();
  const cuts = new Set<number>([0, textLength]);
  findings.forEach((f, index) => {
    const start = clamp(f.start);
    const end = clamp(f.end);
    if (end <= start) return;
    cuts.add(start);
    cuts.add(end);
    pushAt(opens, start, index);
    pushAt(closes, end, index);
  });
  const points = [...cuts].sort((a, b) => a - b);
  const active = new Set<number>();
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    for (const index of closes.get(start) ?? []) active.delete(index);
    for (const index of opens.get(start) ?? []) active.add(index);
    if (end > start) segments.push({ start, end, findings: [...active].sort((a, b) => a - b) });
  }
  return segments;
}

/** How many findings of each category, in the model's category order, leaving out those with none. */
export function countByCategory(
  findings: ReadonlyArray<Pick<Finding, 'category'>>,
): Array<{ category: Category; count: number }> {
  const counts = new Map<Category, number>();
  for (const f of findings) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  return CATEGORIES.filter((c) => counts.has(c)).map((category) => ({ category, count: counts.get(category)! }));
}
