import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { spanOf, type ComponentDetector, type Passage } from '../passage';
import {
  CARRY_VERB_WORDS,
  NOT_SCOPE_TARGETS,
  NOT_WORK_OBJECTS,
  PUT_IN_PLACE_VERBS,
  SCALE_PHRASES,
  TAKE_UP_VERBS,
} from '../data/claims';
import { negatedAt, subjectOf } from '../grammar';
import type { Act } from '../reading';
import { REVERT_BASES, SCALE_BASES, SCOPE_WORDS } from '../data/acts';
import { FORECAST_MODALS, FUTURE_WORDS } from '../data/hedges';
import { MONTHS, QUARTERS, WEEKDAYS } from '../data/time';
import { NUMBER_WORDS } from '../data/quantity-words';
import { coverIndex, outermostSpans } from '../spans';
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
  detect(passage) {
    const { prep, acts } = passage;
    const spans: Span[] = [];
    const tokens = prep.tokens;
    const denied = coverIndex(acts.filter((a) => a.negated || a.hypothetical));
    const deniedAt = (k: number) => denied(k, k) || negatedAt(prep, k, 4) || futureClause(prep, k);
    // "we plan to roll it out" is a forecast, not what happened.
    const planned = (m: { first: number }) => {
      for (let k = m.first - 1; k >= 0 && k >= m.first - 6 && tokens[k]!.clause === tokens[m.first]!.clause; k--) {
        if (PLANNED.has(tokens[k]!.lower)) return true;
      }
      return false;
    };
    for (const m of findPhrases(prep, PHRASES)) {
      if (planned(m) || deniedAt(m.first)) continue;
      let last = m.last;
      for (let k = m.last + 1; k < tokens.length && k <= m.last + 5; k++) {
        const t = tokens[k]!;
        if (t.clause !== tokens[m.last]!.clause || SPAN_STOP.has(t.lower)) break;
        if (t.kind !== 'punct') last = k;
      }
      spans.push(spanOf(prep, m.first, last));
    }
    for (const at of widerScopes(prep)) {
      if (!planned(at) && !deniedAt(at.first)) spans.push(spanOf(prep, at.first, at.last));
    }
    for (const act of acts) if (scalesUp(passage, act)) spans.push(spanOf(prep, act.first, act.last));
    return outermostSpans(spans);
  },
};

const SCALE_BASE = wordSet(SCALE_BASES);
const REVERT_BASE = wordSet(REVERT_BASES);
const BACK_BASE = wordSet(['roll', 'switch', 'bring', 'move', 'change', 'turn']);
const SCOPE_WORD = wordSet(SCOPE_WORDS);
const SAME_THINGS = wordSet([
  'approach',
  'model',
  'playbook',
  'pattern',
  'protocol',
  'process',
  'rule',
  'rules',
  'change',
  'fix',
  'format',
  'setup',
  'script',
  'template',
  'method',
  'system',
  'design',
  'policy',
  'program',
  'programme',
  'idea',
]);
const CARRYING_KINDS = new Set<Act['kind']>(['action', 'choice', 'measure', 'change', 'output']);
const STOP_BASE = wordSet(['shut', 'kill', 'stop', 'end', 'pause', 'cancel', 'scrap', 'wind', 'pull', 'drop', 'close']);
const TRIED = wordSet([
  'pilot',
  'test',
  'experiment',
  'trial',
  'tier',
  'feature',
  'fee',
  'change',
  'program',
  'programme',
  'rollout',
  'beta',
  'variant',
  'canary',
  'it',
]);
const FIRST_TIME = wordSet([
  'launch',
  'ship',
  'deploy',
  'introduce',
  'implement',
  'offer',
  'add',
  'put',
  'run',
  'open',
  'release',
  'publish',
  'switch',
  'move',
  'migrate',
  'turn',
  'enable',
  'use',
  'make',
  'teach',
  'train',
  'sell',
  'share',
]);
const RELATIVE_SCOPE = wordSet(['other', 'remaining', 'rest', 'more', 'another', 'sister']);
const SCOPE_LEADS = wordSet(['to', 'across', 'for', 'at', 'in', 'on', 'into', 'throughout', 'over']);

/**
 * "rolled the pattern out to 6 other data teams", "the district then funded double blocks at
 * four more high schools", "I shut the pilot down", "we copied it to lines 1 and 4": an act that
 * carries the work to a wider scope, or takes it back, after the first try.
 */
function scalesUp({ prep }: Passage, act: Act): boolean {
  if (act.negated || act.hypothetical || !CARRYING_KINDS.has(act.kind)) return false;
  const tokens = prep.tokens;
  const particle = tokens[act.verbLast]!.lower;
  if (REVERT_BASE.has(act.base)) return true;
  // "I shut the pilot down", "killed the free tier in week nine": the tried work taken back.
  if (
    STOP_BASE.has(act.base) &&
    act.object &&
    tokens.slice(act.object.first, act.object.last + 1).some((t) => TRIED.has(t.lower))
  )
    return true;
  if (BACK_BASE.has(act.base) && (particle === 'back' || tokens[act.verbLast + 1]?.lower === 'back')) return true;
  let same = false;
  for (let k = act.verb + 1; k <= act.last; k++) {
    const w = tokens[k]!.lower;
    if (w === 'same' && SAME_THINGS.has(tokens[k + 1]?.lower ?? '')) same = true;
    if (!SCALE_BASE.has(act.base)) continue;
    // "to all 40 tables", "at four more high schools", "for the other three sites", "to 100%".
    if (SCOPE_LEADS.has(w)) {
      let j = k + 1;
      if (tokens[j]?.lower === 'the') j++;
      const target = tokens[j];
      // A first launch "in all 300 stores" is the work itself; carrying it on needs "the other", "more", "remaining".
      const scopes = FIRST_TIME.has(act.base) ? RELATIVE_SCOPE : SCOPE_WORD;
      const counted = target && (target.kind === 'number' || Object.hasOwn(NUMBER_WORDS, target.lower));
      if (target && (scopes.has(target.lower) || (counted && scopes.has(tokens[j + 1]?.lower ?? '')))) return true;
      if (target?.text === '100' && tokens[j + 1]?.text === '%') return true;
    }
    // "another 120 vehicles", "4 more stores", "6 other teams".
    if (
      (w === 'another' && tokens[k + 1]?.kind === 'number') ||
      (tokens[k]!.kind === 'number' && (tokens[k + 1]?.lower === 'more' || tokens[k + 1]?.lower === 'other'))
    )
      return true;
    if ((w === 'well' && tokens[k - 1]?.lower === 'as') || w === 'too') return true;
  }
  return same && (SCALE_BASE.has(act.base) || act.passive);
}

/** A clause about what is still to come: "roll it out to the other regions soon". */
function futureClause(prep: Prepared, at: number): boolean {
  const { first, last } = prep.clauses[prep.tokens[at]!.clause] ?? { first: at, last: at };
  for (let k = first; k <= last; k++) if (FUTURE.has(prep.tokens[k]!.lower)) return true;
  return false;
}
const FUTURE = wordSet(FUTURE_WORDS);

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
