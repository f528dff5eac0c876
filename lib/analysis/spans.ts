import type { Span } from './types';

/** Spans sorted by start, without any span that lies inside another one. */
export function outermostSpans<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start >= last.start && s.end <= last.end) continue;
    out.push(s);
  }
  return out;
}

export function overlaps(a: Span | { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Index of the first item whose position is at or after `from`, in a list sorted by position. */
export function lowerBound<T>(items: readonly T[], from: number, position: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (position(items[mid]!) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Answers "does any of these ranges cover [first, last]?" in O(log n): ranges sorted by start,
 * with the furthest end seen so far. Any range starting at or before `first` that reaches `last`
 * covers it.
 */
export function coverIndex(
  ranges: ReadonlyArray<{ first: number; last: number }>,
): (first: number, last: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a.first - b.first);
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const r of sorted) reach.push((furthest = Math.max(furthest, r.last)));
  return (first, last) => {
    const i = lowerBound(sorted, first + 1, (r) => r.first) - 1;
    return i >= 0 && reach[i]! >= last;
  };
}
