/** The panel benchmark's plan, arithmetic and report, apart from the browser, so they are tested. */

/** The goal: a selection change shows in the panel in under 100 ms (median). */
export const PANEL_GOAL_MS = 100;
export const SELECTIONS = 50;

export interface Sample {
  /** Selection changed in the page → the panel showed its analysis. */
  totalMs: number;
  /** Selection changed → the content script captured it (its debounce and capture). */
  pageMs: number;
  /** Captured → shown: messaging, analysis and rendering in the panel. */
  panelMs: number;
}

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile (p in 0..100) of values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export function summarize(values: readonly number[]): Summary {
  return {
    n: values.length,
    median: percentile(values, 50),
    p95: percentile(values, 95),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
  };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export function formatReport({
  samples,
  missed,
  chromium,
  debounceMs,
}: {
  samples: readonly Sample[];
  missed: number;
  chromium: string;
  debounceMs?: number;
}): { lines: string[]; met: boolean } {
  const total = summarize(samples.map((s) => s.totalMs));
  const page = summarize(samples.map((s) => s.pageMs));
  const panel = summarize(samples.map((s) => s.panelMs));
  const met = samples.length > 0 && missed === 0 && total.median < PANEL_GOAL_MS;
  const row = (name: string, s: Summary) =>
    `  ${name.padEnd(44)} median ${ms(s.median).padStart(9)}   p95 ${ms(s.p95).padStart(9)}   (min ${ms(s.min)}, max ${ms(s.max)})`;
  const lines = [
    `Panel benchmark: ${samples.length} selection changes in a fixture page, ${chromium}`,
    row('selection change → panel updated', total),
    row('  of which: change → captured (page side)', page),
    row('  of which: captured → shown (panel side)', panel),
    ...(missed > 0 ? [`  ${missed} selection change(s) never reached the panel within the wait.`] : []),
    `Goal: median under ${PANEL_GOAL_MS} ms from a selection change to the updated panel — ${met ? 'MET' : 'MISSED'} (median ${ms(total.median)}).`,
  ];
  if (!met && debounceMs !== undefined && page.median >= debounceMs) {
    lines.push(
      `  The page side alone takes ${ms(page.median)}: the content script waits ${debounceMs} ms for selection events to settle before it captures.`,
    );
  }
  return { lines, met };
}

/**
 * `count` distinct ranges of the notes, each a run of whole words inside one note, consecutive
 * ones far apart. Distinct, because the page hands a selection made again its first capture.
 */
export function selectionPlan(value: string, count: number): Array<{ start: number; end: number }> {
  const words = [...value.matchAll(/\S+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    note: value.slice(0, m.index).split('\n\n').length,
  }));
  const ranges: Array<{ start: number; end: number }> = [];
  for (let length = 40; length >= 8 && ranges.length < count; length -= 7) {
    for (let first = 0; first + length <= words.length && ranges.length < count; first += 5) {
      const last = first + length - 1;
      if (words[first]!.note === words[last]!.note) ranges.push({ start: words[first]!.start, end: words[last]!.end });
    }
  }
  if (ranges.length < count)
    throw new Error(`The notes give only ${ranges.length} distinct selections; ${count} are needed.`);
  // Interleave the first and second halves, so no change is a small step from the last.
  const half = Math.ceil(count / 2);
  return Array.from({ length: count }, (_, i) => ranges[i % 2 === 0 ? i / 2 : half + (i - 1) / 2]!);
}
