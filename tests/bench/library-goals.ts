/** The library issue's speed goals, judged from the measurements, and the printed report. */
import { median } from './measure';

export const LIBRARY_GOALS = {
  /** Median prefix-search time, for every prefix measured. */
  searchMs: 15,
  /** Importing a 10,000-snippet file into an empty library. */
  importMs: 3_000,
  /** From navigation start to the first snippet in the panel's list, with 10,000 stored. */
  firstListMs: 200,
} as const;

export type Verdict = 'MET' | 'MISSED' | 'NOT RUN';

export interface LibraryGoalCheck {
  verdict: Verdict;
  statement: string;
}

export function judge(goal: string, value: number | undefined, limit: number): LibraryGoalCheck {
  if (value === undefined || !Number.isFinite(value)) return { verdict: 'NOT RUN', statement: goal };
  return { verdict: value < limit ? 'MET' : 'MISSED', statement: `${goal} (measured ${formatMs(value)})` };
}

export function formatMs(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)} ms`;
}

/** Nearest-rank percentile of samples (p in 0…100). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export interface SearchRow {
  label: string;
  samples: readonly number[];
  total: number;
  shown: number;
}

/** Every search must meet the goal on its own: the slowest median is the one judged. */
export function checkSearches(rows: readonly SearchRow[]): LibraryGoalCheck {
  if (rows.length === 0)
    return judge(`median prefix search < ${LIBRARY_GOALS.searchMs} ms`, undefined, LIBRARY_GOALS.searchMs);
  const slowest = rows.reduce((a, b) => (median(b.samples) > median(a.samples) ? b : a));
  return judge(
    `median prefix search < ${LIBRARY_GOALS.searchMs} ms for every prefix, slowest "${slowest.label}"`,
    median(slowest.samples),
    LIBRARY_GOALS.searchMs,
  );
}

export function renderSearchTable(rows: readonly SearchRow[]): string {
  const header = ['query', 'median', 'p90', 'max', 'matches', 'shown'];
  const cells = rows.map((r) => [
    r.label,
    formatMs(median(r.samples)),
    formatMs(percentile(r.samples, 90)),
    formatMs(Math.max(...r.samples)),
    r.total.toLocaleString('en'),
    String(r.shown),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    `  ${c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('   ')}`.trimEnd();
  return [line(header), ...cells.map(line)].join('\n');
}

export function renderChecks(checks: readonly LibraryGoalCheck[]): string {
  return ['Goals', ...checks.map((c) => `  ${c.verdict.padEnd(7)}  ${c.statement}`)].join('\n');
}
