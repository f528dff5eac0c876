import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { isI } from '../grammar';
import { spanOf, type ComponentDetector } from '../passage';
import { METRIC_HEADS, METRIC_STATE_VERBS, METRIC_TERMS, NOT_METRICS } from '../data/metrics';
import { PERIOD_UNITS } from '../data/time';
import { BE_FORMS } from '../data/function-words';
import { APPROXIMATORS } from '../data/quantity-words';
import { CHANGE_VERBS, DECISION_VERBS, OUTPUT_VERBS } from '../data/verbs';
import { outermostSpans } from '../spans';
import type { Token } from '../prepare';
import type { Span } from '../types';

const TERMS = compileLexicon(METRIC_TERMS);
const HEADS = wordSet(METRIC_HEADS);
const NOT = wordSet(NOT_METRICS);
/** Words before a head that make it ordinary English, not a metric: "the time", "first time". */
const NOT_MODIFIERS = wordSet([
  'the',
  'a',
  'an',
  'this',
  'that',
  'first',
  'last',
  'next',
  'same',
  'long',
  'short',
  'some',
  'any',
  'every',
  'each',
  'full',
  'part',
  'real',
  'on',
  'in',
  'at',
  'for',
  'of',
  'spare',
  'free',
  'hard',
  'good',
  'great',
  'tough',
  'difficult',
  'whole',
  'no',
  'my',
  'our',
  'their',
  'its',
  'his',
  'her',
  'your',
  'high',
  'low',
  'huge',
  'big',
  'small',
  'high',
  'lower',
  'higher',
  'total',
  'what',
  'which',
  'little',
  'much',
  'more',
  'less',
  'extra',
  'enough',
  'second',
  'third',
  'one',
  'two',
  'three',
  'many',
  'several',
  'all',
  'both',
  'to',
  'and',
  'or',
  'by',
  'from',
  'with',
  'into',
  'i',
  'we',
  'it',
  'they',
  'was',
  'were',
  'is',
  'are',
]);
const PERIODS = wordSet(PERIOD_UNITS);
/** Verbs that often stand right before a metric: "cut p99 latency", "drive conversion rate". */
const VERBS = wordSet([
  ...CHANGE_VERBS,
  ...DECISION_VERBS,
  ...OUTPUT_VERBS,
  'drive',
  'drove',
  'track',
  'tracked',
  'measure',
  'own',
]);
/** State verbs whose subject is a measured quantity: "churn was 4%", "attendance averaged 42". */
const STATE_VERBS = wordSet(METRIC_STATE_VERBS);
const APPROX = wordSet(APPROXIMATORS);
/** Adverbs that sit between a subject and its verb: "transfers also fell". */
const BETWEEN = wordSet(['also', 'still', 'even', 'then', 'now', 'just', 'only', 'too', 'further', 'again']);
const BE = wordSet(BE_FORMS);
/** Prepositions that tie a metric to its scope: "complaints in reviews", "sell-through at full price". */
const SCOPE_LINKS = wordSet(['in', 'on', 'at', 'for', 'across', 'of', 'per', 'among']);
const BREAKS = wordSet(['and', 'or', 'but', 'then', 'which', 'that', 'while', 'so']);
const OBJECT_SKIP = wordSet([
  'the',
  'a',
  'an',
  'our',
  'my',
  'its',
  'their',
  'by',
  'from',
  'to',
  'of',
  'in',
  'on',
  'it',
  'them',
  'this',
  'that',
  'up',
  'down',
  'back',
  'off',
  'out',
]);

/** A named business or system metric: conversion, p99 latency, pick time, support contacts. */
export const metric: ComponentDetector = {
  id: 'metric',
  question: 'Which metric did you own?',
  detect({ prep, measures }) {
    const tokens = prep.tokens;
    const spans: Span[] = [];
    for (const m of findPhrases(prep, TERMS)) spans.push(spanOf(prep, m.first, m.last));
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!HEADS.has(t.lower)) continue;
      const before = tokens[k - 1]!;
      if (
        before.kind !== 'word' ||
        before.clause !== t.clause ||
        NOT_MODIFIERS.has(before.lower) ||
        NOT.has(before.lower) ||
        isVerb(before.lower)
      )
        continue;
      let first = k - 1;
      const outer = tokens[k - 2];
      if (
        outer &&
        outer.kind === 'word' &&
        outer.clause === t.clause &&
        !NOT_MODIFIERS.has(outer.lower) &&
        !VERBS.has(outer.lower) &&
        !outer.lower.endsWith('ed') &&
        !outer.lower.endsWith('ing')
      )
        first = k - 2;
      spans.push(spanOf(prep, first, k));
    }
    // The thing a measured change moved is a metric, named or not: "cut onboarding drop-off by 20%".
    for (const m of measures) {
      if (m.role !== 'outcome' || m.changeVerb === undefined || m.changeVerb >= m.quantity.firstToken) continue;
      let first = m.changeVerb + 1;
      // A range's object ends before its "from": "cut checkout latency from 900 ms to 400 ms".
      let last = (tokens[m.first]!.lower === 'from' ? m.first : m.quantity.firstToken) - 1;
      while (first <= last && (skippable(tokens[first]!) || tokens[first]!.kind === 'punct')) first++;
      if (hasBreak(tokens, first, last)) continue;
      while (last >= first && (skippable(tokens[last]!) || tokens[last]!.kind !== 'word')) last--;
      if (first <= last && last - first < 5 && !NOT.has(tokens[last]!.lower)) spans.push(spanOf(prep, first, last));
    }
    // …and so is the subject of the verb that moved: "refund rate fell 30%".
    for (const m of measures) {
      if (m.role !== 'outcome' || m.changeVerb === undefined) continue;
      const subject = subjectBefore(tokens, m.changeVerb);
      if (subject) spans.push(spanOf(prep, subject.first, subject.last));
    }
    // "completion was 58%", "attendance averaged 42": the subject of a state measured before or
    // after the work is a metric too.
    for (const m of measures) {
      if ((m.role !== 'outcome' && m.role !== 'baseline') || m.changeVerb !== undefined) continue;
      const q = m.quantity.firstToken;
      let verb = -1;
      for (let k = q - 1; k >= 0 && k >= q - 3; k--) {
        if (STATE_VERBS.has(tokens[k]!.lower)) {
          verb = k;
          break;
        }
      }
      if (verb < 1) continue;
      const subject = subjectBefore(tokens, verb);
      if (subject) spans.push(spanOf(prep, subject.first, subject.last));
    }
    // "made checkout 30% faster": the noun before the number is what got faster.
    for (const m of measures) {
      if (m.role !== 'outcome' || m.last === m.quantity.lastToken) continue;
      const noun = m.quantity.firstToken - 1;
      if (noun >= 0 && isNounish(tokens[noun]!, tokens[m.quantity.firstToken]!.clause))
        spans.push(spanOf(prep, noun, noun));
    }
    return outermostSpans(spans.map(withoutLead));
  },
};

/** "whose p99 latency", "the refund rate": the metric is the noun phrase, not its determiner. */
function withoutLead(span: Span): Span {
  const lead = LEAD.exec(span.text);
  if (!lead || lead[0].length >= span.text.length) return span;
  return { start: span.start + lead[0].length, end: span.end, text: span.text.slice(lead[0].length) };
}
const LEAD = /^(?:whose|which|that|the|a|an|our|my|their|its|his|her|this|these|those|about|around|has|have|had)\s+/iu;

const skippable = (t: Token) => OBJECT_SKIP.has(t.lower) || APPROX.has(t.lower) || BETWEEN.has(t.lower);

function isNounish(t: Token, clause: number): boolean {
  return (
    t.kind === 'word' &&
    !APPROX.has(t.lower) &&
    !BETWEEN.has(t.lower) &&
    t.clause === clause &&
    !NOT_MODIFIERS.has(t.lower) &&
    !OBJECT_SKIP.has(t.lower) &&
    !PERIODS.has(t.lower) &&
    !t.lower.endsWith('ly') &&
    !isVerb(t.lower) &&
    !isI(t)
  );
}

function isVerb(word: string): boolean {
  return VERBS.has(word) || (word.endsWith('ed') && word.length > 4);
}

/** An object that runs across "and" or another verb is two things, not one metric. */
function hasBreak(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (BREAKS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * The noun phrase a verb's measured subject is: "refund rate fell", "transfers also reduce",
 * "sell-through at full price was up", "abandoned applications dropped". A scope phrase stays when
 * the whole stays short ("login complaints in reviews"); otherwise the head alone ("dropped calls").
 */
function subjectBefore(tokens: readonly Token[], verb: number): { first: number; last: number } | undefined {
  const clause = tokens[verb]!.clause;
  let last = verb - 1;
  while (
    last >= 0 &&
    tokens[last]!.clause === clause &&
    (BETWEEN.has(tokens[last]!.lower) || BE.has(tokens[last]!.lower))
  )
    last--;
  const head = phraseEndingAt(tokens, last, clause);
  if (head === undefined) return undefined;
  let first = head;
  let chainFirst = head;
  for (;;) {
    const link = chainFirst - 1;
    if (link < 1 || !SCOPE_LINKS.has(tokens[link]!.lower) || tokens[link]!.clause !== clause) break;
    const before = phraseEndingAt(tokens, link - 1, clause);
    if (before === undefined) break;
    chainFirst = before;
  }
  if (chainFirst < first) {
    if (last - chainFirst < 6) first = chainFirst;
    else return { first: chainFirst, last: headEnd(tokens, chainFirst, clause) };
  }
  return { first, last };
}

/** Where a noun phrase of up to three words that ends at `last` starts, or undefined. */
function phraseEndingAt(tokens: readonly Token[], last: number, clause: number): number | undefined {
  if (last < 0 || !nounLike(tokens[last]!, clause)) return undefined;
  let first = last;
  while (first > 0 && first > last - 2 && nounLike(tokens[first - 1]!, clause) && !NOT.has(tokens[first - 1]!.lower))
    first--;
  // "abandoned applications", "dropped calls": a participle opening the phrase describes the noun.
  const before = tokens[first - 1];
  if (
    before &&
    before.clause === clause &&
    before.kind === 'word' &&
    before.lower.endsWith('ed') &&
    before.lower.length > 4 &&
    !(
      tokens[first - 2]?.kind === 'word' &&
      tokens[first - 2]!.clause === clause &&
      !OBJECT_SKIP.has(tokens[first - 2]!.lower) &&
      !BREAKS.has(tokens[first - 2]!.lower)
    )
  )
    first--;
  return first;
}

function headEnd(tokens: readonly Token[], first: number, clause: number): number {
  let last = first;
  while (last + 1 < tokens.length && last < first + 2 && nounLike(tokens[last + 1]!, clause)) last++;
  return last;
}

/** A word of a noun phrase, or a code like "4G" or "p99". */
function nounLike(t: Token, clause: number): boolean {
  if (t.clause !== clause) return false;
  if (t.kind === 'number') return /\p{L}/u.test(t.text);
  // Adjectives count here ("full price", "high-value orders"); closed-class words and verbs do not.
  return isNounish(t, clause) || (ADJECTIVE_LIKE.has(t.lower) && t.kind === 'word');
}
/** Describing words that NOT_MODIFIERS keeps out of a bare head but that belong inside a subject. */
const ADJECTIVE_LIKE = wordSet([
  'full',
  'high',
  'low',
  'first',
  'second',
  'total',
  'real',
  'long',
  'short',
  'free',
  'whole',
  'part',
]);
