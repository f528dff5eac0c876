import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { spanOf, type ComponentDetector, type Passage } from '../passage';
import { outermostSpans } from '../spans';
import { NULL_CHANGE_NOUNS, NULL_RESULT_PHRASES, NULL_VERBS } from '../data/claims';
import type { Span } from '../types';

const NULL_PHRASES = compileLexicon(NULL_RESULT_PHRASES);
const NULL_VERB = wordSet(NULL_VERBS);
const NULL_NOUN = wordSet(NULL_CHANGE_NOUNS);
const NOT_MEASURES = new Set(['period', 'share', 'size', 'forecast', 'confidence']);

/**
 * An achieved, quantified change: "fell 45%", "from 480 ms to 310 ms", "$1.1M a year". A measured
 * null result is a result too: "did not improve engagement" or "no change in churn over 6 weeks",
 * when the passage measured it.
 */
export const outcome: ComponentDetector = {
  id: 'outcome',
  question: 'What was the number before and after?',
  detect(passage, found) {
    const { prep, measures } = passage;
    const spans: Span[] = measures.filter((m) => m.role === 'outcome').map((m) => spanOf(prep, m.first, m.last));
    const measured = found.method?.present ?? false;
    const counted = measuredSentences(passage);
    for (const at of nullResults(passage))
      if (measured || counted.has(prep.tokens[at.first]!.sentence)) spans.push(spanOf(prep, at.first, at.last));
    return outermostSpans(spans);
  },
};

/** "did not improve engagement", "no significant difference in churn", "stayed flat on the holdout". */
function nullResults({ prep }: Passage): Array<{ first: number; last: number }> {
  const tokens = prep.tokens;
  const out: Array<{ first: number; last: number }> = [];
  for (const m of findPhrases(prep, NULL_PHRASES)) out.push({ first: m.first, last: extendObject(prep, m.last) });
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const negator = NULL_VERB.has(t.lower) ? denialBefore(prep, k) : -1;
    if (negator >= 0) out.push({ first: negator, last: extendObject(prep, k, false) });
    else if (NULL_NOUN.has(t.lower) && tokens[k - 1]!.lower === 'no')
      out.push({ first: k - 1, last: extendObject(prep, k) });
  }
  return out;
}

/** "did not improve", "never moved", "failed to lift": where the denial of the verb at `at` starts, or -1. */
function denialBefore(prep: Passage['prep'], at: number): number {
  const tokens = prep.tokens;
  let k = at - 1;
  if (tokens[k]?.lower === 'to' && tokens[k - 1]?.lower === 'failed') return k - 1;
  if (!DENIERS.has(tokens[k]?.lower ?? '') && !tokens[k]?.lower.endsWith("n't")) return -1;
  if ((tokens[k]!.lower === 'not' || tokens[k]!.lower === 'never') && AUX.has(tokens[k - 1]?.lower ?? '')) k--;
  return k;
}
const DENIERS = wordSet(['not', 'never', 'didnt', 'doesnt', 'dont']);
const AUX = wordSet(['did', 'does', 'do', 'could', 'would', 'has', 'have', 'had']);

/** The thing that did not move: "in churn", "engagement", "on the holdout". */
function extendObject(prep: Passage['prep'], at: number, ofWhat = true): number {
  const tokens = prep.tokens;
  let last = at;
  for (let k = at + 1; k < tokens.length && k <= at + 4 && tokens[k]!.clause === tokens[at]!.clause; k++) {
    // "no change in churn" names what did not move; "did not improve engagement in a test" ends at its object.
    if (tokens[k]!.kind === 'punct' || STOP.has(tokens[k]!.lower) || (!ofWhat && ADJUNCT.has(tokens[k]!.lower))) break;
    last = k;
  }
  return last;
}
const ADJUNCT = wordSet(['in', 'on', 'at', 'by', 'from', 'to', 'across', 'after', 'during']);
const STOP = wordSet([
  'and',
  'but',
  'so',
  'because',
  'which',
  'while',
  'after',
  'when',
  'for',
  'over',
  'within',
  'during',
  'with',
]);

/** Sentences that hold a figure other than a period, a share, a size, a forecast or a confidence. */
function measuredSentences({ prep, measures }: Passage): Set<number> {
  const out = new Set<number>();
  for (const m of measures) if (!NOT_MEASURES.has(m.role)) out.add(prep.tokens[m.quantity.firstToken]!.sentence);
  return out;
}
