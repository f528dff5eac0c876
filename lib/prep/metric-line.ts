/**
 * The one-sentence metric line: "I own the metric X, which moved Y over T". Every filled slot
 * is words of the story itself, taken whole from the analyzer's spans: the metric, the outcome
 * and the timeframe. A slot the story has no words for stays a visible slot ("[metric]"), so
 * the line never carries a number the user did not write.
 */
import type { Analysis, Span } from '@/lib/analysis';

export type MetricSlot = 'metric' | 'change' | 'period';

export type LinePart = { kind: 'text'; text: string } | { kind: 'slot'; slot: MetricSlot; value: string | null };

export interface MetricLine {
  parts: LinePart[];
  /** The line as plain text, empty slots in brackets. */
  text: string;
  /** Every slot has the story's words. */
  complete: boolean;
}

export const SLOT_NAMES: Record<MetricSlot, string> = { metric: 'metric', change: 'change', period: 'period' };

/** A change that starts with what it did reads "which fell 45%"; one that starts with a number reads "which moved from 8% to 9.6%". */
const MOVED =
  /^(?:rose|fell|grew|went|cut|shrank|sank|dropped|climbed|jumped|doubled|halved|tripled|increased|decreased|declined|improved|reduced|lifted|raised|lowered|saved|dipped|slipped|moved)\b/i;
/** A period that starts with its number ("30 days") needs "over"; one with its own word ("in Q3") does not. */
const BARE_PERIOD = /^[\d(]|^(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several)\b/i;
const SENTENCE_END = /[.!?](?:\s|$)|\n/;

/** The metric span nearest before the outcome in its sentence: the metric that moved; else the story's first. */
function metricFor(text: string, metrics: readonly Span[], outcome: Span | undefined): Span | undefined {
  if (outcome) {
    const before = metrics
      .filter((m) => m.end <= outcome.start && !SENTENCE_END.test(text.slice(m.end, outcome.start)))
      .at(-1);
    if (before) return before;
  }
  return metrics[0];
}

/** The timeframe span nearest the outcome, or the story's first. */
function periodFor(periods: readonly Span[], outcome: Span | undefined): Span | undefined {
  if (!outcome || periods.length === 0) return periods[0];
  const distance = (p: Span) => (p.start >= outcome.end ? p.start - outcome.end : outcome.start - p.end);
  return [...periods].sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0];
}

const oneLine = (span: Span | undefined) => (span ? span.text.replace(/\s+/g, ' ').trim() || null : null);

export function metricLine(text: string, analysis: Pick<Analysis, 'components'>): MetricLine {
  const { metric, outcome, timeframe } = analysis.components;
  const change = outcome.spans[0];
  const metricWords = oneLine(metricFor(text, metric.spans, change));
  const changeWords = oneLine(change);
  const periodWords = oneLine(periodFor(timeframe.spans, change));
  const parts: LinePart[] = [
    { kind: 'text', text: 'I own the metric ' },
    { kind: 'slot', slot: 'metric', value: metricWords },
    { kind: 'text', text: changeWords && MOVED.test(changeWords) ? ', which ' : ', which moved ' },
    { kind: 'slot', slot: 'change', value: changeWords },
    { kind: 'text', text: periodWords && !BARE_PERIOD.test(periodWords) ? ' ' : ' over ' },
    { kind: 'slot', slot: 'period', value: periodWords },
    { kind: 'text', text: '.' },
  ];
  return {
    parts,
    text: parts.map((p) => (p.kind === 'text' ? p.text : (p.value ?? `[${SLOT_NAMES[p.slot]}]`))).join(''),
    complete: metricWords !== null && changeWords !== null && periodWords !== null,
  };
}
