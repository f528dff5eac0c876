import { wordSet } from '../lexicon';
import { spanOf, type ComponentDetector } from '../passage';
import { outermostSpans } from '../spans';
import { NUMBER_WORDS } from '../data/quantity-words';
import { DEICTIC_PERIODS, MONTHS, NAMED_PERIODS, PERIOD_AFTER, PERIOD_FILLERS, PERIOD_PREPOSITIONS, PERIOD_UNITS, YEAR } from '../data/time';
import type { Prepared } from '../prepare';
import type { Span } from '../types';

const UNITS = wordSet(PERIOD_UNITS);
const PREPOSITIONS = wordSet(PERIOD_PREPOSITIONS);
const FILLERS = wordSet(PERIOD_FILLERS);
const DEICTIC = wordSet(DEICTIC_PERIODS);
const AFTER = wordSet(PERIOD_AFTER);
const MONTH_NAMES = wordSet(MONTHS);
const DATE_PREPOSITIONS = wordSet(['in', 'by', 'since', 'until', 'till', 'from', 'through', 'before', 'after', 'during', 'between', 'over', 'early', 'late', 'mid']);
const HYPHEN_PERIOD = /^[a-z0-9.]+-(?:day|week|month|quarter|year|sprint|hour|minute)s?$/;

/** When, or over how long: "in 30 days", "over two quarters", "in Q3", "a three-week test". Rates ("60 a week") are not. */
export const timeframe: ComponentDetector = {
  id: 'timeframe',
  question: 'Over what period?',
  detect({ prep, measures }) {
    const tokens = prep.tokens;
    const spans: Span[] = [];
    // Numbers the measures already read as periods: "the rewrite took five weeks".
    for (const m of measures) if (m.role === 'period') spans.push(spanOf(prep, m.quantity.firstToken, m.quantity.lastToken));
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind === 'punct') continue;
      const lower = t.lower;
      if (lower.includes('-') && HYPHEN_PERIOD.test(lower) && isCount(lower.split('-')[0]!)) {
        spans.push(spanOf(prep, k, k));
      } else if (lower.length <= 9 && /[0-9]/.test(lower) && NAMED_PERIODS.test(lower)) {
        const before = tokens[k - 1];
        spans.push(spanOf(prep, before && DATE_PREPOSITIONS.has(before.lower) && before.kind === 'word' ? k - 1 : k, k));
      } else if (UNITS.has(lower)) {
        const first = periodStart(prep, k);
        if (first !== undefined) spans.push(spanOf(prep, first, k));
      } else if ((MONTH_NAMES.has(lower) && (lower !== 'may' || t.text === 'May')) || (t.kind === 'number' && YEAR.test(lower))) {
        const before = tokens[k - 1];
        if (before && DATE_PREPOSITIONS.has(before.lower) && before.sentence === t.sentence) spans.push(spanOf(prep, k - 1, k));
      }
    }
    return outermostSpans(spans);
  },
};

function isCount(word: string): boolean {
  return /^\d+(?:\.\d+)?$/.test(word) || word in NUMBER_WORDS;
}

/** Where the period phrase that ends at the unit `k` starts, or undefined for a rate or a bare noun. */
function periodStart(prep: Prepared, k: number): number | undefined {
  const tokens = prep.tokens;
  let j = k - 1;
  let sawCount = false;
  let deictic: number | undefined;
  while (j >= 0 && tokens[j]!.clause === tokens[k]!.clause) {
    const lower = tokens[j]!.lower;
    // "year over year" is one phrase.
    if (lower === 'over' && tokens[j - 1]?.lower === tokens[k]!.lower) return j - 1;
    if (PREPOSITIONS.has(lower) && !(lower === 'over' && FILLERS.has(tokens[j - 1]?.lower ?? '') && PREPOSITIONS.has(tokens[j - 1]?.lower ?? ''))) return j;
    // "next quarter" is a period on its own; "over the next quarter" keeps its preposition.
    if (DEICTIC.has(lower) && j === k - 1) deictic = j;
    if (tokens[j]!.kind === 'number' || isCount(lower)) {
      sawCount = true;
      j--;
      continue;
    }
    if (!FILLERS.has(lower) && deictic !== j) break;
    j--;
  }
  if (deictic !== undefined) return deictic;
  // "two sprints later", "a month after launch".
  const after = tokens[k + 1];
  if (after && after.clause === tokens[k]!.clause && AFTER.has(after.lower) && (after.lower === 'later' || after.lower === 'after' || after.lower.startsWith('afterward'))) {
    const start = j + 1;
    if (start < k && (sawCount || tokens[start]!.lower === 'a')) return start;
  }
  return undefined;
}
