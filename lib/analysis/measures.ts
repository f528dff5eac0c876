/**
 * What each number in the passage is doing: a measured outcome, the baseline before the work,
 * a forecast or target, a period, a confidence level, a share of users in a test, or a size.
 * Components and rules ask this one classification, so "projected a 5% lift" and "measured
 * 6.1%" are told apart in one place.
 */
import { compileLexicon, findPhrases, wordSet } from './lexicon';
import { isI } from './grammar';
import type { Prepared, Token } from './prepare';
import type { Quantity } from './quantities';
import { CHANGE_NOUNS, CHANGE_VERBS } from './data/verbs';
import { DEBUNK_PHRASES, FORECAST_MARKERS, FORECAST_MODALS, FORECAST_NOUNS, RESULT_MARKERS } from './data/hedges';
import { BASELINE_VERBS } from './data/claims';
import { PEOPLE_NOUNS } from './data/function-words';
import { METRIC_TERMS } from './data/metrics';
import { DURATION_VERBS, PERIOD_PREPOSITIONS, PERIOD_FILLERS, WORK_NOUNS } from './data/time';
import {
  BASELINE_FILLERS,
  CONFIDENCE_WORDS,
  COMPARISON_WORDS,
  LATER_WORDS,
  MONEY_INPUT_WORDS,
  MONEY_PRICE_WORDS,
  MONEY_RESULT_AFTER,
  MONEY_RESULT_BEFORE,
  SHARE_LEADS,
  SHARE_NOUNS,
  TIME_UNITS,
  APPROXIMATORS,
} from './data/quantity-words';

export type QuantityRole = 'outcome' | 'baseline' | 'forecast' | 'period' | 'confidence' | 'share' | 'size' | 'other';

export interface Measure {
  quantity: Quantity;
  role: QuantityRole;
  /** Evidence span in tokens: the change verb or "from" through the number, for outcomes. */
  first: number;
  last: number;
  /** Token of the verb that moved it, when there is one ("fell", "improved"). */
  changeVerb?: number;
}

const CHANGE = wordSet(CHANGE_VERBS);
const CHANGE_AFTER = wordSet(CHANGE_NOUNS);
const RESULT_VERBS = wordSet(RESULT_MARKERS);
const FORECAST = wordSet([...FORECAST_MODALS, ...FORECAST_MARKERS]);
const CONFIDENCE = wordSet(CONFIDENCE_WORDS);
const SHARE_OF = wordSet(SHARE_NOUNS);
const SHARE_LEAD = wordSet(SHARE_LEADS);
const BASELINE = wordSet([...BASELINE_VERBS, ...BASELINE_FILLERS]);
const BASELINE_PAST = wordSet([...BASELINE_VERBS, 'used', 'costing']);
const PERIOD_LEAD = wordSet([...PERIOD_PREPOSITIONS, ...PERIOD_FILLERS]);
const PERIOD_PREP = wordSet(PERIOD_PREPOSITIONS);
const DURATION = wordSet(DURATION_VERBS);
const WORK = wordSet(WORK_NOUNS);
const MONEY_INPUT = wordSet(MONEY_INPUT_WORDS);
const MONEY_NOT_RESULT = wordSet(MONEY_PRICE_WORDS);
const LOOKBACK = 8;
const BACK_STOP = new Set([';', '—', '–', '(', ')', ',']);
const FORECAST_REACH = 16;
/** A colon starts a new statement: "I would not change it: churn fell 2%". */
const FORECAST_STOP = new Set([...BACK_STOP, ':']);
const NEGATED = wordSet(['not', 'never', "n't", 'have']);
const MONEY_BEFORE = wordSet(MONEY_RESULT_BEFORE);
const MONEY_AFTER = wordSet(MONEY_RESULT_AFTER);

/** Token indices of the words before `from`, in the same sentence, stopping at clause punctuation. */
function lookback(prep: Prepared, from: number, max = LOOKBACK, stops: ReadonlySet<string> = BACK_STOP): number[] {
  const out: number[] = [];
  const sentence = prep.tokens[from]?.sentence;
  for (let k = from - 1; k >= 0 && out.length < max; k--) {
    const t = prep.tokens[k]!;
    if (t.sentence !== sentence || stops.has(t.text)) break;
    if (t.kind !== 'punct') out.push(k);
  }
  return out;
}

export function classifyQuantities(prep: Prepared): Measure[] {
  const tokens = prep.tokens;
  const measures: Measure[] = [];
  const stateBaselines: Array<{ unit: Quantity['unit']; clause: number }> = [];
  const ranges = pairRanges(prep);
  for (let qi = 0; qi < prep.quantities.length; qi++) {
    const q = prep.quantities[qi]!;
    const back = lookback(prep, q.firstToken);
    const prev = back[0] === undefined ? undefined : tokens[back[0]]!;
    const next = tokens[q.lastToken + 1];
    const nextWordToken = next && next.kind !== 'punct' ? next : undefined;
    let role: QuantityRole = q.unit === 'count' ? 'size' : 'other';
    let first = q.firstToken;
    let changeVerb: number | undefined;

    // "were down 35%", "are up to 240", "conversion up 11%": down or up after a state verb or a noun moves the number too.
    const changeAt = back.find(
      (k) =>
        CHANGE.has(tokens[k]!.lower) ||
        (UP_DOWN.has(tokens[k]!.lower) &&
          (STATE_BE.has(tokens[k - 1]?.lower ?? '') ||
            (tokens[k - 1]?.kind === 'word' &&
              nearNumber(tokens, k, q.firstToken) &&
              // "swaps up to 4h before departure": "up to" after a noun is a bound.
              !(tokens[k]!.lower === 'up' && tokens[k + 1]?.lower === 'to')))),
    );
    const resultAt = back.find((k) => RESULT_VERBS.has(tokens[k]!.lower));
    // A forecast governs its whole clause: "We expect the new caching layer to cut p99 latency by 40%".
    // …unless a result verb stands between: "I predicted a 5% drop and measured 4.8%".
    const forecast = lookback(prep, q.firstToken, FORECAST_REACH, FORECAST_STOP).some(
      (k) =>
        FORECAST.has(tokens[k]!.lower) &&
        governsAsForecast(tokens, k) &&
        !NEGATED.has(tokens[k + 1]?.lower ?? '') &&
        (resultAt === undefined || k > resultAt),
    );
    const changeNounAfter = [q.lastToken + 1, q.lastToken + 2].find(
      (k) =>
        tokens[k] &&
        tokens[k]!.kind !== 'punct' &&
        CHANGE_AFTER.has(tokens[k]!.lower) &&
        tokens[k]!.clause === tokens[q.lastToken]!.clause,
    );
    const range = ranges.get(qi);
    // "tickets had doubled to 1,200": a past perfect describes the state before the work.
    const pastPerfect = changeAt !== undefined && tokens[changeAt - 1]?.lower === 'had';

    if (range) {
      // "from 2.1% to 0.3%", "22% -> 16.5%": the first end is the state before, the second the result.
      const start = range.start ? undefined : measures[range.partner];
      role = forecast ? 'forecast' : range.start || pastPerfect ? 'baseline' : 'outcome';
      first = range.start ? range.lead : (start?.first ?? q.firstToken);
      if (!range.start) changeVerb = changeAt ?? start?.changeVerb;
      else if (changeAt !== undefined) changeVerb = changeAt;
    } else if (
      q.unit === 'duration' &&
      ((q.firstToken === q.lastToken && tokens[q.firstToken]!.lower.includes('-') && !qualifiesMetric(prep, q)) ||
        leadsWithPeriod(prep, back) ||
        lengthOfWork(prep, back))
    ) {
      role = 'period';
    } else if (nextWordToken && CONFIDENCE.has(nextWordToken.lower)) {
      role = 'confidence';
    } else if (forecast) {
      role = 'forecast';
    } else if (q.unit !== 'count' && attributive(prep, q)) {
      // "the first 30% markdown", "a $5 tier": the number describes a thing, it moved nothing.
      role = 'other';
    } else if (q.sign && q.unit !== 'count') {
      // "+1.4pp vs holdout", "cost -30%": a signed figure is a change.
      role = 'outcome';
    } else if (verbal(q)) {
      role = tokens[q.firstToken - 1]?.lower === 'had' ? 'baseline' : 'outcome';
    } else if (
      pastPerfect ||
      (resultAt === undefined && changeNounAfter === undefined && baselineVerbAt(prep, back) >= 0)
    ) {
      role = 'baseline';
      // "Tickets were 1,400 when I joined; by March they were 600": a later state is the result.
      // "Nobody knew, so I measured it: 41% finished. … Two weeks later completion was 58%": a
      // plain earlier figure in the same unit is the state before, too.
      const earlierState = stateBaselines.find((b) => b.unit === q.unit && b.clause < tokens[q.firstToken]!.clause);
      const earlierFigure =
        earlierState || q.unit === 'count'
          ? undefined
          : measures.find(
              (m) =>
                m.role === 'other' &&
                m.quantity.unit === q.unit &&
                tokens[m.last]!.sentence < tokens[q.firstToken]!.sentence,
            );
      if (!pastPerfect && (earlierState || earlierFigure) && sentenceHas(prep, q.firstToken, LATER)) {
        role = 'outcome';
        if (earlierFigure) earlierFigure.role = 'baseline';
      } else if (!pastPerfect) stateBaselines.push({ unit: q.unit, clause: tokens[q.firstToken]!.clause });
    } else if (
      (changeAt !== undefined || resultAt !== undefined || changeNounAfter !== undefined) &&
      (q.unit !== 'count' || countMoved(prep, q, back, changeAt ?? resultAt, changeNounAfter))
    ) {
      // "raised a $2M budget" is money spent; "cut AWS costs by $40K" is a result.
      if (q.unit === 'money' && back.some((k) => MONEY_INPUT.has(tokens[k]!.lower))) role = 'other';
      else {
        role = 'outcome';
        changeVerb = changeAt;
        // The verb nearest the number anchors it: "a 5% drop … and measured 4.8%".
        const anchor =
          changeAt === undefined ? resultAt : resultAt === undefined ? changeAt : Math.max(changeAt, resultAt);
        if (anchor !== undefined) first = anchor;
      }
    } else if (
      prev &&
      SHARE_LEAD.has(prev.lower) &&
      next?.lower === 'of' &&
      SHARE_OF.has(tokens[q.lastToken + 2]?.lower ?? '')
    ) {
      role = 'share';
    } else if (q.unit === 'money' && moneyResult(prep, q, back)) {
      role = 'outcome';
    }

    const last = role === 'outcome' && changeNounAfter !== undefined ? changeNounAfter : q.lastToken;
    measures.push({ quantity: q, role, first, last, ...(changeVerb === undefined ? {} : { changeVerb }) });
  }
  markComparedResults(prep, measures);
  markOpeningState(prep, measures);
  markDebunked(prep, measures);
  return measures;
}

/** Words between a range's join and its number: "to under 1", "from about 1,150". */
const QUALIFIERS = wordSet(APPROXIMATORS);
const RANGE_JOIN = wordSet(['to', 'into', '→', '⇒', '➔', '➜']);

interface RangeEnd {
  start: boolean;
  /** The other end's index in prep.quantities. */
  partner: number;
  /** First token of the range as quoted: "from", or the first number. */
  lead: number;
}

/**
 * Pairs of numbers that state a before and an after: "from 4 seconds to under 1", "22% -> 16.5%",
 * "bill $68k → $39k/mo". The unit carries over from the end that states it: "under 1" is
 * seconds, "31 -> 38%" starts at 31%.
 */
function pairRanges(prep: Prepared): Map<number, RangeEnd> {
  const tokens = prep.tokens;
  const out = new Map<number, RangeEnd>();
  const quantities = prep.quantities;
  for (let i = 0; i + 1 < quantities.length; i++) {
    const a = quantities[i]!;
    const b = quantities[i + 1]!;
    let lead = a.firstToken - 1;
    while (
      lead >= 0 &&
      QUALIFIERS.has(tokens[lead]!.lower) &&
      tokens[lead]!.sentence === tokens[a.firstToken]!.sentence
    )
      lead--;
    const from = tokens[lead]?.lower === 'from';
    let k = a.lastToken + 1;
    // "from about 300 a month to 40": a rate after the first number does not break the pair.
    while (
      k < b.firstToken &&
      k <= a.lastToken + 3 &&
      RATE_WORDS.has(tokens[k]!.lower) &&
      !RANGE_JOIN.has(tokens[k]!.lower)
    )
      k++;
    let arrow = false;
    if (tokens[k]?.text === '-' || tokens[k]?.text === '=' || tokens[k]?.text === '–') {
      arrow = tokens[k + 1]?.text === '>' && tokens[k + 1]!.start === tokens[k]!.end;
      if (!arrow) continue;
      k += 2;
    } else if (RANGE_JOIN.has(tokens[k]?.lower ?? '')) {
      arrow = tokens[k]!.lower !== 'to' && tokens[k]!.lower !== 'into';
      k++;
    } else continue;
    while (k < b.firstToken && QUALIFIERS.has(tokens[k]!.lower)) k++;
    if (k !== b.firstToken || (!from && !arrow) || tokens[k]!.sentence !== tokens[a.lastToken]!.sentence) continue;
    if (a.unit === 'count' && b.unit !== 'count') a.unit = b.unit;
    else if (b.unit === 'count' && a.unit !== 'count') b.unit = a.unit;
    out.set(i, { start: true, partner: i + 1, lead: from ? lead : a.firstToken });
    out.set(i + 1, { start: false, partner: i, lead: from ? lead : a.firstToken });
    i++;
  }
  return out;
}

/** "7-day retention", "30-day readmissions": a length that names the metric, not a period. */
function qualifiesMetric(prep: Prepared, q: Quantity): boolean {
  const tokens = prep.tokens;
  for (let k = q.lastToken + 1; k <= q.lastToken + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.clause !== tokens[q.lastToken]!.clause) return false;
    if (PERIOD_NOUN.has(t.lower)) return false;
    if (METRIC_WORD.has(t.lower)) return true;
  }
  return false;
}
const PERIOD_NOUN = wordSet([
  ...WORK_NOUNS,
  'window',
  'period',
  'sprint',
  'sprints',
  'trial',
  'study',
  'cycle',
  'plan',
  'freeze',
  'push',
  'holdout',
  'run',
  'programme',
  'course',
  'stint',
  'contract',
  'engagement',
  'a/b',
  'ab',
  'split',
  'canary',
  'beta',
]);
const METRIC_WORD = wordSet([
  ...METRIC_TERMS,
  'retention',
  'churn',
  'active',
  'average',
  'rolling',
  'readmissions',
  'readmission',
  'return',
  'returns',
  'repeat',
  'survival',
  'mortality',
  'conversion',
  'activation',
  'revenue',
  'sales',
  'users',
  'arpu',
  'ltv',
  'dso',
]);

const DEBUNKED = compileLexicon(DEBUNK_PHRASES);

/**
 * "the ~120% lift turned out to be selection bias", "the 40% was double-counted": a figure the
 * passage itself takes back is not the outcome.
 */
function markDebunked(prep: Prepared, measures: Measure[]): void {
  const tokens = prep.tokens;
  const hits = findPhrases(prep, DEBUNKED);
  if (hits.length === 0) return;
  for (const m of measures) {
    if (m.role !== 'outcome') continue;
    const at = m.quantity.lastToken;
    if (hits.some((h) => h.first > at && h.first <= at + 8 && tokens[h.first]!.sentence === tokens[at]!.sentence))
      m.role = 'other';
  }
}

const FORECAST_NOUN = wordSet(FORECAST_NOUNS);
const GOVERNED_BY_NOUN = wordSet([
  'of',
  'was',
  'is',
  'were',
  'are',
  ':',
  'to',
  '=',
  'for',
  'at',
  'around',
  'about',
  'been',
  'had',
  'would',
  'said',
  'called',
]);

/**
 * "a goal of 10%", "our plan was to cut costs by 10%": a planning noun governs a number only
 * when it introduces it. "churn on the basic plan from 4.1% to 3.2%" names a product, not a plan.
 */
function governsAsForecast(tokens: readonly Token[], k: number): boolean {
  // "in the final exam of May": the month, not the modal.
  if (tokens[k]!.text === 'May' && k > 0 && tokens[k - 1]!.sentence === tokens[k]!.sentence) return false;
  if (!FORECAST_NOUN.has(tokens[k]!.lower)) return true;
  const next = tokens[k + 1];
  return !!next && (GOVERNED_BY_NOUN.has(next.lower) || next.kind === 'number' || next.text === '$');
}

/** The speaker acting; "our" and "my" only say whose thing it was ("our game", "my students"). */
const SPEAKER_ACTING = wordSet(['we', 'us', 'me']);

/**
 * The passage's opening, before the speaker appears, sets the scene: "Only 54% of students were
 * reaching a grade 5", "Our game lost 40% of players at level 12". When a later sentence has a
 * result of its own, a figure in a first sentence that names no one acting is the state before
 * the work, not the result.
 */
function markOpeningState(prep: Prepared, measures: Measure[]): void {
  const tokens = prep.tokens;
  const opening = prep.sentences[0];
  if (!opening || prep.sentences.length < 2) return;
  for (let k = opening.firstToken; k < opening.endToken; k++) {
    if (isI(tokens[k]) || SPEAKER_ACTING.has(tokens[k]!.lower)) return;
  }
  const laterResult = measures.some((m) => m.role === 'outcome' && tokens[m.quantity.firstToken]!.sentence > 0);
  if (!laterResult) return;
  for (const m of measures) {
    if (tokens[m.quantity.firstToken]!.sentence > 0) break;
    if (m.role === 'outcome' || (m.role === 'other' && m.quantity.unit === 'percent')) m.role = 'baseline';
  }
}

const ARTICLES = wordSet([
  'a',
  'an',
  'the',
  'our',
  'my',
  'their',
  'this',
  'that',
  'its',
  'his',
  'her',
  'each',
  'every',
]);
const ORDINALS = wordSet([
  'first',
  'second',
  'third',
  'last',
  'final',
  'new',
  'extra',
  'flat',
  'standard',
  'usual',
  'old',
]);

/** A figure between an article and a noun that is no change: "the first 30% markdown", "a $5 tier". */
function attributive(prep: Prepared, q: Quantity): boolean {
  const tokens = prep.tokens;
  let k = q.firstToken - 1;
  while (k >= 0 && ORDINALS.has(tokens[k]!.lower)) k--;
  if (!ARTICLES.has(tokens[k]?.lower ?? '')) return false;
  const next = tokens[q.lastToken + 1];
  return (
    !!next &&
    next.kind === 'word' &&
    next.clause === tokens[q.lastToken]!.clause &&
    !CHANGE_AFTER.has(next.lower) &&
    next.lower !== 'of' &&
    !RATE_WORDS.has(next.lower) &&
    !MONEY_AFTER.has(next.lower)
  );
}

/** Down or up right before the number, over "to", "by" or a hedge: "up 11%", "down to about 240". */
function nearNumber(tokens: readonly Token[], k: number, number: number): boolean {
  for (let j = k + 1; j < number; j++) if (!NEAR_FILLERS.has(tokens[j]!.lower)) return false;
  return true;
}
const NEAR_FILLERS = wordSet([
  'to',
  'by',
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'just',
  'only',
  'over',
  'under',
  'another',
  'a',
  '~',
]);

const RATE_WORDS = wordSet(['a', 'an', 'per', 'each', ...TIME_UNITS]);
const UP_DOWN = wordSet(['down', 'up']);
const STATE_BE = wordSet(['was', 'were', 'is', 'are', "'s", 'been', 'be']);
const VERSUS = wordSet(COMPARISON_WORDS);

/**
 * "the test deals closed at 31% against 20% for the rest", "8,000 a week instead of 4,000": a
 * figure set against its control or its old value is a measured result.
 */
function markComparedResults(prep: Prepared, measures: Measure[]): void {
  const tokens = prep.tokens;
  for (let i = 0; i + 1 < measures.length; i++) {
    const m = measures[i]!;
    const control = measures[i + 1]!;
    if (
      (m.role !== 'other' && m.role !== 'size') ||
      control.quantity.unit !== m.quantity.unit ||
      control.role === 'forecast'
    )
      continue;
    // "in two depots against two control depots" sizes the arms; a result differs from its control.
    if (m.quantity.value === control.quantity.value || (m.role === 'size' && !m.quantity.digits)) continue;
    const from = m.quantity.lastToken + 1;
    const to = control.quantity.firstToken;
    if (to - from > 5 || tokens[from]?.sentence !== tokens[to]?.sentence) continue;
    for (let k = from; k < to; k++) {
      if (VERSUS.has(tokens[k]!.lower)) {
        m.role = 'outcome';
        break;
      }
      // A count compared is a result only as a rate ("8,000 a week instead of 4,000"), not when
      // it counts the test's arms ("in 3 stores against 6 control stores").
      if (m.role === 'size' && !RATE_WORDS.has(tokens[k]!.lower)) break;
    }
  }
}

/**
 * "were 900 a month", "was stuck at 8%": a state verb, then only filler words, then the number.
 * Returns where that verb stands in `back` (nearest word first), or -1 when there is none.
 */
function baselineVerbAt(prep: Prepared, back: number[]): number {
  const tokens = prep.tokens;
  const reach = Math.min(6, back.length);
  let verbAt = 0;
  while (verbAt < reach && !BASELINE_PAST.has(tokens[back[verbAt]!]!.lower)) verbAt++;
  if (verbAt === reach) return -1;
  const subject = back[verbAt + 1] === undefined ? undefined : tokens[back[verbAt + 1]!]!;
  if (isI(subject)) return -1;
  for (let i = 0; i < verbAt; i++) {
    const lower = tokens[back[i]!]!.lower;
    if (!BASELINE.has(lower) && lower !== 'the') return -1;
  }
  return verbAt;
}

/**
 * A bare count is an outcome only when it is plainly the moved quantity: "fell to 12", "by 300",
 * "saved 40 engineers' time" right after the verb, or "12 fewer". "drop the feature and reassign
 * its two engineers" is a count of people, not a result.
 */
function countMoved(
  prep: Prepared,
  q: Quantity,
  back: number[],
  anchor: number | undefined,
  changeNounAfter: number | undefined,
): boolean {
  if (changeNounAfter !== undefined) return true;
  const prev = back[0] === undefined ? undefined : prep.tokens[back[0]]!.lower;
  if (prev === 'to' || prev === 'by' || prev === 'from' || prev === 'at') return true;
  // "moved its two engineers to search": people reassigned, not a result.
  if (PEOPLE.has(prep.tokens[q.lastToken + 1]?.lower ?? '')) return false;
  // "delivered 3 projects" counts output; only a verb of change moves a count: "added 1,200 customers".
  return (
    anchor !== undefined &&
    back.indexOf(anchor) <= 1 &&
    CHANGE.has(prep.tokens[anchor]!.lower) &&
    !FEW_WORDS.has(prep.tokens[q.lastToken + 1]?.lower ?? '')
  );
}
const FEW_WORDS = wordSet(['of', 'more']);
const PEOPLE = wordSet(PEOPLE_NOUNS);

/** "The rewrite took five weeks", "I spent two sprints": how long the work itself took. */
function lengthOfWork(prep: Prepared, back: number[]): boolean {
  const verb = back.slice(0, 3).find((k) => DURATION.has(prep.tokens[k]!.lower));
  if (verb === undefined) return false;
  const subject = prep.tokens[verb - 1];
  return !!subject && (WORK.has(subject.lower) || isI(subject));
}

/**
 * "in six weeks", "over the next two quarters", "for 30 days": a period, not an amount. "to
 * under 1 second" and "down to 4 days" are where a measure ended up, not when.
 */
function leadsWithPeriod(prep: Prepared, back: number[]): boolean {
  for (const k of back) {
    const lower = prep.tokens[k]!.lower;
    if (PERIOD_PREP.has(lower)) {
      const before = prep.tokens[k - 1]?.lower ?? '';
      return !(before === 'to' || before === 'down' || before === 'up' || CHANGE.has(before));
    }
    if (!PERIOD_LEAD.has(lower)) return false;
  }
  return false;
}

const LATER = wordSet(LATER_WORDS);

/** "$2.6M a year", "about $800K", "$3M in new ARR": money as a result, not a price or a budget. */
function moneyResult(prep: Prepared, q: Quantity, back: number[]): boolean {
  if (back.some((k) => MONEY_NOT_RESULT.has(prep.tokens[k]!.lower))) return false;
  const before = back[0] === undefined ? '' : prep.tokens[back[0]]!.lower;
  const after = prep.tokens[q.lastToken + 1];
  const afterWord = after && after.kind === 'word' ? after.lower : '';
  return MONEY_BEFORE.has(before) || MONEY_AFTER.has(afterWord);
}

function verbal(q: Quantity): boolean {
  return !q.digits && q.unit === 'multiplier' && q.firstToken === q.lastToken && q.text.toLowerCase().endsWith('ed');
}

/** True when the sentence holding token `at` has any of the words, before or after it. */
function sentenceHas(prep: Prepared, at: number, words: ReadonlySet<string>): boolean {
  const s = prep.sentences[prep.tokens[at]!.sentence]!;
  for (let k = Math.max(s.firstToken, at - 12); k < s.endToken && k <= at + 12; k++)
    if (words.has(prep.tokens[k]!.lower)) return true;
  return false;
}

export function outcomes(measures: readonly Measure[]): Measure[] {
  return measures.filter((m) => m.role === 'outcome');
}
