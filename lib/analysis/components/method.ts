import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { negatedAt, someBefore } from '../grammar';
import { spanOf, type ComponentDetector, type Passage } from '../passage';
import type { Act } from '../reading';
import { coverIndex, outermostSpans } from '../spans';
import { METHOD_PHRASES } from '../data/methods';
import {
  COMPARE_LEADS,
  METHOD_HEAD_MODIFIERS,
  METHOD_HEADS,
  REFERENCE_GROUPS,
  SUBSET_WORDS,
  TRYING_VERBS,
} from '../data/acts';
import { FUTURE_WORDS } from '../data/hedges';
import type { Span } from '../types';

const PHRASES = compileLexicon(METHOD_PHRASES);
const HEADS = wordSet(METHOD_HEADS);
const MODIFIERS = wordSet(METHOD_HEAD_MODIFIERS);
const COMPARE = wordSet(COMPARE_LEADS);
const REFERENCE = wordSet(REFERENCE_GROUPS);
const ARTICLES = wordSet(['the', 'a', 'an', 'our', 'their', 'its', 'those', 'these']);
const FUTURE = wordSet(FUTURE_WORDS);
const TRYING = wordSet(TRYING_VERBS);
const SUBSET = wordSet(SUBSET_WORDS);
const WHOLE = wordSet(['all', 'every', 'everyone', 'everything', 'whole', 'entire']);

/**
 * How it was tested or measured, or how the approach was tried: a named method ("A/B test",
 * "propensity score matching"), the speaker measuring ("interviewed 25 churned users",
 * "verified the savings in AWS Cost Explorer"), a comparison with a reference group ("vs the
 * other half"), or a trial on a subset first ("ran it first on 6 tables of 40"). What was only
 * planned or never done ("I'd hold out a set of stores", "I didn't keep the data") is no method.
 */
export const method: ComponentDetector = {
  id: 'method',
  question: 'How did you measure it?',
  detect(passage) {
    const { prep, measures, acts } = passage;
    // A planned act denies its whole phrase; a negated one only what it acts on: "did not improve
    // engagement in a 6-week A/B test" still ran the test, "I didn't keep the data" kept none.
    const denied = acts.flatMap((a) =>
      a.hypothetical
        ? [{ first: a.first, last: a.last }]
        : a.negated
          ? [{ first: a.first, last: a.object?.last ?? a.verbLast }]
          : [],
    );
    const covered = coverIndex(denied);
    const allowed = (first: number, last: number) => !covered(first, last) && !futureClause(passage, first);
    // "without a canary", "no holdout", "never pulled it against the other sites": a method named to say it was missing.
    const named = (first: number, last: number) => allowed(first, last) && !negatedAt(prep, first, 4);
    const compared = (first: number, last: number) =>
      allowed(first, last) && !someBefore(prep, first, 8, (t) => NOT_DONE.has(t.lower) || t.lower.endsWith("n't"));
    const spans: Span[] = [];
    for (const m of findPhrases(prep, PHRASES)) if (named(m.first, m.last)) spans.push(spanOf(prep, m.first, m.last));
    for (const m of measures) {
      if (m.role === 'confidence') spans.push(spanOf(prep, m.quantity.firstToken, m.quantity.lastToken + 1));
    }
    for (const act of acts) {
      if (act.negated || act.hypothetical) continue;
      if (act.kind === 'measure' || triesOnSubset(passage, act)) spans.push(spanOf(prep, act.first, act.last));
    }
    for (const s of namedMethods(passage)) if (named(s.first, s.last)) spans.push(spanOf(prep, s.first, s.last));
    for (const s of comparisons(passage)) if (compared(s.first, s.last)) spans.push(spanOf(prep, s.first, s.last));
    return outermostSpans(spans);
  },
};

/** "an automated evaluation suite", "propensity score matching", "SQL analysis". */
function namedMethods({ prep }: Passage): Array<{ first: number; last: number }> {
  const tokens = prep.tokens;
  const out: Array<{ first: number; last: number }> = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!HEADS.has(tokens[k]!.lower)) continue;
    let first = k;
    while (
      first > 0 &&
      first > k - 3 &&
      tokens[first - 1]!.clause === tokens[k]!.clause &&
      MODIFIERS.has(tokens[first - 1]!.lower)
    )
      first--;
    if (first < k) out.push({ first, last: k });
  }
  return out;
}

/** "vs the other half", "against the rest of the city", "vs prev cycle": set against a reference group. */
function comparisons({ prep }: Passage): Array<{ first: number; last: number }> {
  const tokens = prep.tokens;
  const out: Array<{ first: number; last: number }> = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!COMPARE.has(tokens[k]!.lower)) continue;
    let j = k + 1;
    if (tokens[j]?.lower === 'to' || tokens[j]?.lower === 'with') j++;
    if (ARTICLES.has(tokens[j]?.lower ?? '')) j++;
    const group = tokens[j];
    if (!group || group.clause !== tokens[k]!.clause || !REFERENCE.has(group.lower)) continue;
    let last = j;
    while (
      last + 1 < tokens.length &&
      last < j + 3 &&
      tokens[last + 1]!.kind === 'word' &&
      tokens[last + 1]!.clause === group.clause &&
      !GROUP_END.has(tokens[last + 1]!.lower)
    )
      last++;
    out.push({ first: k, last });
  }
  return out;
}

/**
 * "I run it first with 200 claims in one branch", "ran it on half the queue", "put it on only 6
 * tables first": an approach tried on a part before the whole.
 */
function triesOnSubset({ prep }: Passage, act: Act): boolean {
  if (act.actor === 'other' || !TRYING.has(act.base)) return false;
  const tokens = prep.tokens;
  let subset = false;
  for (let k = act.verbLast + 1; k <= act.last; k++) {
    const w = tokens[k]!.lower;
    if (WHOLE.has(w)) return false;
    // "first" as an adverb ("ran it first"), not an adjective ("the first markdown").
    if (w === 'first' && !ARTICLES.has(tokens[k - 1]!.lower)) subset = true;
    // "on half the queue", "in one branch", "with 200 claims", "on only 6 tables".
    if (SCOPE.has(w)) {
      let j = k + 1;
      if (tokens[j]?.lower === 'only' || tokens[j]?.lower === 'just' || tokens[j]?.lower === 'a') j++;
      if (SUBSET.has(tokens[j]?.lower ?? '') || tokens[j]?.kind === 'number') subset = true;
    }
  }
  return subset;
}
/** Words that end a reference group's name: "vs the control group after 4 weeks". */
const GROUP_END = wordSet([
  'after',
  'before',
  'for',
  'in',
  'on',
  'and',
  'but',
  'over',
  'with',
  'by',
  'at',
  'to',
  'during',
  'within',
]);
const SCOPE = wordSet(['on', 'in', 'with', 'at', 'for', 'across']);
/** Verb negation, not "no change vs the control", which is a measured null result. */
const NOT_DONE = wordSet(['never', 'not', 'cannot']);

/** A clause about what is still to come: "the pilot section starts soon", "we will run a test". */
function futureClause({ prep }: Passage, at: number): boolean {
  const tokens = prep.tokens;
  const clause = tokens[at]!.clause;
  const { first, last } = prep.clauses[clause] ?? { first: at, last: at };
  for (let k = first; k <= last; k++) if (FUTURE.has(tokens[k]!.lower)) return true;
  return false;
}
