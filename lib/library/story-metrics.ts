/**
 * The metrics a story cites, each with its number, read from the story's own words: the
 * analyzer's metric spans name them, its quantities give the numbers. Quantities inside a
 * timeframe span ("in 30 days") are periods, not results, and are left out. A quantity is
 * credited to the nearest metric span before it in its sentence, or to the first one after it
 * ("a 45% drop in refund tickets"). With no metric span, the metric keeps an empty name for
 * the user to fill in; nothing is invented.
 */
import type { Analysis, Span } from '@/lib/analysis';
import { prepare } from '@/lib/analysis/prepare';
import type { Quantity } from '@/lib/analysis/quantities';
import { overlaps } from '@/lib/analysis/spans';
import { LIMITS } from './limits';
import type { StoryMetric } from './model';

const RANGE_JOIN = /^\s*(?:to|→|->|–|-)\s*$/i;

/**
 * "8%" and "9.6%" joined by "to" read as "8% → 9.6%"; other numbers are listed with commas.
 * Only numbers written in digits form a range: "doubled to 1,200" is a change and a level, not a range.
 */
function formatValue(text: string, quantities: readonly Quantity[]): string {
  const parts: string[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    const prev = quantities[i - 1];
    if (prev?.digits && q.digits && RANGE_JOIN.test(text.slice(prev.end, q.start)))
      parts[parts.length - 1] += ` → ${q.text}`;
    else parts.push(q.text);
  }
  return parts.join(', ');
}

export function deriveStoryMetrics(text: string, analysis: Analysis): StoryMetric[] {
  const prep = prepare(text);
  const periods = analysis.components.timeframe?.spans ?? [];
  const names = [...(analysis.components.metric?.spans ?? [])].sort((a, b) => a.start - b.start);
  const metrics: StoryMetric[] = [];
  const seen = new Set<string>();

  for (const sentence of prep.sentences) {
    const numbers = prep.quantities.filter(
      (q) => q.start >= sentence.start && q.end <= sentence.end && !periods.some((p) => overlaps(p, q)),
    );
    if (numbers.length === 0) continue;
    const spans = names.filter(
      (n) => n.start >= sentence.start && n.end <= sentence.end && !numbers.some((q) => overlaps(q, n)),
    );
    const groups = new Map<Span | undefined, Quantity[]>();
    for (const q of numbers) {
      const before = spans.filter((n) => n.end <= q.start).at(-1);
      const owner = before ?? spans[0];
      groups.set(owner, [...(groups.get(owner) ?? []), q]);
    }
    const quote = text.slice(sentence.start, sentence.end).trim();
    for (const [span, quantities] of groups) {
      const metric: StoryMetric = {
        name: span?.text.trim() ?? '',
        value: formatValue(text, quantities),
        origin: 'text',
        quote,
      };
      const key = `${metric.name.toLowerCase()}|${metric.value}`;
      if (!seen.has(key)) {
        seen.add(key);
        metrics.push(metric);
      }
    }
  }
  return metrics;
}

/** `text` cut to `max` characters with an ellipsis, at the last ", " when there is one: a list keeps whole numbers. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const comma = cut.lastIndexOf(', ');
  return `${comma > 0 ? cut.slice(0, comma) : cut}…`;
}

/** A derived metric within the sizes import accepts (../limits), so a saved story always exports and imports. */
function withinLimits(metric: StoryMetric): StoryMetric {
  const fitted = {
    ...metric,
    name: clip(metric.name, LIMITS.metricText),
    value: clip(metric.value, LIMITS.metricText),
  };
  if (metric.quote !== undefined) fitted.quote = clip(metric.quote, LIMITS.storyPart);
  return fitted;
}

/**
 * The user's metrics stay as edited; derived ones are replaced by a fresh derivation, except
 * where the user already keeps a metric with that number. At most LIMITS.metrics in all, the
 * user's first, each within the sizes import accepts.
 */
export function refreshMetrics(current: readonly StoryMetric[], derived: readonly StoryMetric[]): StoryMetric[] {
  const own = current.filter((m) => m.origin === 'user');
  const ownValues = new Set(own.map((m) => m.value));
  return [...own, ...derived.filter((m) => !ownValues.has(m.value)).map(withinLimits)].slice(0, LIMITS.metrics);
}
