import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { spanOf, type ComponentDetector } from '../passage';
import { outermostSpans } from '../spans';
import { NUMBER_WORDS } from '../data/quantity-words';
import {
  DEICTIC_PERIODS,
  MONTHS,
  NAMED_PERIODS,
  PERIOD_AFTER,
  PERIOD_EVENTS,
  PERIOD_FILLERS,
  PERIOD_PREPOSITIONS,
  PERIOD_UNITS,
  YEAR,
} from '../data/time';
import type { Prepared } from '../prepare';
import type { Span } from '../types';

const PREPOSITIONS = wordSet(PERIOD_PREPOSITIONS);
const EVENTS = wordSet(PERIOD_EVENTS);
const FILLERS = wordSet(PERIOD_FILLERS);
const DEICTIC = wordSet(DEICTIC_PERIODS);
const AFTER = wordSet(PERIOD_AFTER);
const DATE_PREPOSITIONS = wordSet([
  'in',
  'by',
  'since',
  'until',
  'till',
  'from',
  'through',
  'before',
  'after',
  'during',
  'between',
  'over',
  'early',
  'late',
  'mid',
]);
const UNIT_WORDS = compileLexicon(PERIOD_UNITS);
const MONTH_WORDS = compileLexicon(MONTHS);
/** First letters of named periods: q3, h2, fy24, and digits for "2024-q1". */
const PERIOD_INITIALS = new Set([...'qhf0123456789'].map((c) => c.charCodeAt(0)));

/** When, or over how long: "in 30 days", "over two quarters", "in Q3", "a three-week test". Rates ("60 a week") are not. */
export const timeframe: ComponentDetector = {
  id: 'timeframe',
  question: 'Over what period?',
  detect({ prep, measures }) {
    const tokens = prep.tokens;
    const spans: Span[] = [];
    // Numbers the measures already read as periods: "the rewrite took five weeks".
    for (const m of measures)
      if (m.role === 'period') spans.push(spanOf(prep, m.quantity.firstToken, m.quantity.lastToken));
    // Hyphenated periods ("three-week") are durations the measures read already.
    for (const { first: k } of findPhrases(prep, UNIT_WORDS)) {
      // "by half", "in half": an amount; "in the first half" is a period.
      if (tokens[k]!.lower === 'half' && PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) continue;
      const first = periodStart(prep, k);
      // "before the spring release", "over the holiday peak": the event the period names.
      const event = EVENTS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 1]!.clause === tokens[k]!.clause;
      if (first !== undefined) spans.push(spanOf(prep, first, event ? k + 1 : k));
    }
    for (const { first: k } of findPhrases(prep, MONTH_WORDS)) {
      const before = tokens[k - 1];
      if (
        (tokens[k]!.lower !== 'may' || tokens[k]!.text === 'May') &&
        before &&
        DATE_PREPOSITIONS.has(before.lower) &&
        before.sentence === tokens[k]!.sentence
      )
        spans.push(spanOf(prep, k - 1, k));
    }
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const lower = t.lower;
      if (t.kind === 'number') {
        const before = tokens[k - 1];
        if (YEAR.test(lower) && before && DATE_PREPOSITIONS.has(before.lower) && before.sentence === t.sentence)
          spans.push(spanOf(prep, k - 1, k));
      } else if (
        t.kind === 'word' &&
        lower.length <= 9 &&
        PERIOD_INITIALS.has(lower.charCodeAt(0)) &&
        NAMED_PERIODS.test(lower)
      ) {
        const before = tokens[k - 1];
        spans.push(
          spanOf(prep, before && DATE_PREPOSITIONS.has(before.lower) && before.kind === 'word' ? k - 1 : k, k),
        );
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
    if (
      PREPOSITIONS.has(lower) &&
      !(lower === 'over' && FILLERS.has(tokens[j - 1]?.lower ?? '') && PREPOSITIONS.has(tokens[j - 1]?.lower ?? ''))
    )
      return j;
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
  if (
    after &&
    after.clause === tokens[k]!.clause &&
    AFTER.has(after.lower) &&
    (after.lower === 'later' || after.lower === 'after' || after.lower.startsWith('afterward'))
  ) {
    const start = j + 1;
    if (start < k && (sawCount || tokens[start]!.lower === 'a')) return start;
  }
  return undefined;
}
