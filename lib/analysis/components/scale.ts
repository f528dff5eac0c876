import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { spanOf, type ComponentDetector } from '../passage';
import {
  CARRY_VERB_WORDS,
  NOT_SCOPE_TARGETS,
  NOT_WORK_OBJECTS,
  PUT_IN_PLACE_VERBS,
  SCALE_PHRASES,
  TAKE_UP_VERBS,
} from '../data/claims';
import { subjectOf } from '../grammar';
import { FORECAST_MODALS } from '../data/hedges';
import { MONTHS, QUARTERS, WEEKDAYS } from '../data/time';
import { outermostSpans } from '../spans';
import type { Prepared, Token } from '../prepare';
import type { Span } from '../types';

const PHRASES = compileLexicon(SCALE_PHRASES);
/** Verbs that, done by the speaker, are also a decision ("I rolled it out to 40 sites"). */
export const SCALE_VERB_WORDS = [
  'rolled',
  'expanded',
  'extended',
  'scaled',
  'reverted',
  'open-sourced',
  'standardized',
  'standardised',
  'replicated',
];
export const SCALE_VERBS = wordSet(SCALE_VERB_WORDS);
const PLANNED = wordSet([
  ...FORECAST_MODALS,
  'plan',
  'planning',
  'planned',
  'hope',
  'hoping',
  'want',
  'wanted',
  'intend',
  'aim',
  'next',
  'going',
  'will',
]);
const SPAN_STOP = wordSet(['and', 'but', 'which', 'so', 'because', 'while', 'with', 'after']);

/** What happened next at a larger scope: rolled out, adopted by, made the default, rolled back. */
export const scale: ComponentDetector = {
  id: 'scale',
  question: 'What did you do next: did it roll out, get adopted, or get rolled back?',
  detect({ prep }) {
    const spans: Span[] = [];
    const tokens = prep.tokens;
    // "we plan to roll it out" is a forecast, not what happened.
    const planned = (m: { first: number }) => {
      for (let k = m.first - 1; k >= 0 && k >= m.first - 6 && tokens[k]!.clause === tokens[m.first]!.clause; k--) {
        if (PLANNED.has(tokens[k]!.lower)) return true;
      }
      return false;
    };
    for (const m of findPhrases(prep, PHRASES)) {
      if (planned(m)) continue;
      let last = m.last;
      for (let k = m.last + 1; k < tokens.length && k <= m.last + 5; k++) {
        const t = tokens[k]!;
        if (t.clause !== tokens[m.last]!.clause || SPAN_STOP.has(t.lower)) break;
        if (t.kind !== 'punct') last = k;
      }
      spans.push(spanOf(prep, m.first, last));
    }
    for (const at of widerScopes(prep)) {
      if (!planned(at)) spans.push(spanOf(prep, at.first, at.last));
    }
    return outermostSpans(spans);
  },
};

const CARRY_VERBS = wordSet([...SCALE_VERB_WORDS, ...CARRY_VERB_WORDS]);
/** Verbs that put work in place, before "on all 22 wards": a scope, not a list of people spoken to. */
const PUT_IN_PLACE = wordSet([...SCALE_VERB_WORDS, ...CARRY_VERB_WORDS, ...PUT_IN_PLACE_VERBS]);
const TAKE_UP = wordSet(TAKE_UP_VERBS);
const CARRY_TO = wordSet(['out', 'to', 'across', 'into']);
const SCOPE_PREPOSITIONS = wordSet(['to', 'across', 'on', 'for']);
const ALL = wordSet(['all', 'every']);
/** Objects that are a date or a deal, not a piece of work: "extended the deadline to May". */
const NOT_WORK = wordSet(NOT_WORK_OBJECTS);
const ACROSS_THINGS = wordSet(['the', 'a', 'an', 'it', 'this', 'them', 'my', 'our']);
/** Where a date or a stage, not a wider scope, follows: "pushed the release to next week", "to production". */
const WHEN_WORDS = wordSet([...MONTHS, ...WEEKDAYS, ...QUARTERS, ...NOT_SCOPE_TARGETS]);

/** What each word can start, looked up once per token. */
const CARRY = 1;
const SCOPE = 2;
const TAKES_UP = 4;
const STARTS = new Map<string, number>();
for (const [words, flag] of [
  [CARRY_VERBS, CARRY],
  [SCOPE_PREPOSITIONS, SCOPE],
  [TAKE_UP, TAKES_UP],
] as const) {
  for (const w of words) STARTS.set(w, (STARTS.get(w) ?? 0) | flag);
}

/**
 * Work carried to a wider scope: "extended the model to the marketplace", "rolled the quizzes
 * out across the year group", "adopted the rule on all 22 wards", "to every category", "went
 * farm-wide", and work others took up: "the state then adopted the fast lane".
 */
function widerScopes(prep: Prepared): Array<{ first: number; last: number }> {
  const tokens = prep.tokens;
  const found: Array<{ first: number; last: number }> = [];
  for (let k = 0; k < tokens.length - 2; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    // "went farm-wide", "a company-wide rollout".
    if (t.lower.length > 6 && t.lower.endsWith('-wide')) found.push({ first: k, last: k });
    const starts = STARTS.get(t.lower);
    if (starts === undefined) continue;
    if (starts & CARRY) {
      // The object, then where it went: up to four words, none of them a date or a deal.
      for (let j = k + 1; j < tokens.length && j <= k + 5 && tokens[j]!.clause === t.clause; j++) {
        const w = tokens[j]!;
        if (w.kind === 'punct' || NOT_WORK.has(w.lower)) break;
        if (j > k + 1 && CARRY_TO.has(w.lower) && ACROSS_THINGS.has(tokens[k + 1]!.lower)) {
          const target = tokens[j + 1];
          if (
            w.lower === 'out' ||
            (target && target.kind === 'word' && target.clause === t.clause && !WHEN_WORDS.has(target.lower))
          ) {
            found.push({ first: k, last: Math.min(j + 2, lastInClause(tokens, j)) });
          }
          break;
        }
      }
    }
    // "on all 22 adult wards", "to every category": a preposition, then all or every, then what.
    if (starts & SCOPE && ALL.has(tokens[k + 1]!.lower) && putInPlaceBefore(tokens, k)) {
      const what = tokens[k + 2]!;
      if (
        what.clause === t.clause &&
        (what.kind === 'number' ||
          (what.kind === 'word' && what.lower !== 'of' && what.lower !== 'the' && what.lower !== 'that'))
      ) {
        found.push({ first: k, last: Math.min(k + 5, lastInClause(tokens, k)) });
      }
    }
    // "the iOS team reused it": others took the work up (the speaker adopting a tool is no scale).
    if (starts & TAKES_UP && k > 0 && tokens[k - 1]!.kind === 'word' && tokens[k + 1]!.kind === 'word') {
      const who = subjectOf(prep, k);
      if (who === 'other' || who === 'we') found.push({ first: k, last: Math.min(k + 3, lastInClause(tokens, k)) });
    }
  }
  return found;
}

function lastInClause(tokens: readonly Token[], at: number): number {
  let last = at;
  while (
    last + 1 < tokens.length &&
    tokens[last + 1]!.clause === tokens[at]!.clause &&
    tokens[last + 1]!.kind !== 'punct'
  )
    last++;
  return last;
}

function putInPlaceBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 6 && tokens[k]!.clause === tokens[at]!.clause; k--)
    if (PUT_IN_PLACE.has(tokens[k]!.lower)) return true;
  return false;
}
