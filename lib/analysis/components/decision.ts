import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { subjectOf } from '../grammar';
import { spanOf, type ComponentDetector } from '../passage';
import { DECISION_PHRASES, DECISION_VERBS } from '../data/verbs';
import { SCALE_VERBS, SCALE_VERB_WORDS } from './scale';
import { DETERMINERS } from '../data/function-words';
import type { Span } from '../types';

const PHRASES = compileLexicon(DECISION_PHRASES);
const VERBS = wordSet(DECISION_VERBS);
const SINGLE_VERBS = compileLexicon([...DECISION_VERBS, ...SCALE_VERB_WORDS]);
const SPAN_STOP = wordSet(['and', 'but', 'which', 'so', 'because', 'while', 'then', 'after', 'before']);
const OWNED_WORDS = wordSet(['my', 'the']);
const NOUN_MARKERS = wordSet(DETERMINERS);
const TRAILING = wordSet(['by', 'to', 'of', 'for', 'in', 'on', 'at', 'from', 'with', 'the', 'a', 'an']);

/** A decision names a choice the speaker made: "I chose…", "I killed…", "I rolled it out…". */
export const decision: ComponentDetector = {
  id: 'decision',
  question: 'What did you decide, and what did you give up?',
  detect({ prep }) {
    const spans: Span[] = [];
    const tokens = prep.tokens;
    const extend = (from: number) => {
      let last = from;
      for (let k = from + 1; k < tokens.length && k <= from + 10; k++) {
        const t = tokens[k]!;
        if (t.clause !== tokens[from]!.clause || SPAN_STOP.has(t.lower)) break;
        last = k;
      }
      while (
        last > from &&
        (TRAILING.has(tokens[last]!.lower) || (tokens[last]!.kind === 'punct' && tokens[last]!.text !== '%'))
      )
        last--;
      return last;
    };
    const claimed = new Set<number>();
    for (const m of findPhrases(prep, PHRASES)) {
      const startsOwned = OWNED_WORDS.has(tokens[m.first]!.lower);
      if (startsOwned || subjectOf(prep, m.first) === 'i') {
        spans.push(spanOf(prep, m.first, extend(m.last)));
        for (let k = m.first; k <= m.last; k++) claimed.add(k);
      }
    }
    for (const { first: k } of findPhrases(prep, SINGLE_VERBS)) {
      const lower = tokens[k]!.lower;
      if (claimed.has(k)) continue;
      // "asked me to own", "a 5% drop": an infinitive or a noun, not the speaker's own choice.
      const before = tokens[k - 1];
      if (
        before &&
        (before.lower === 'to' || NOUN_MARKERS.has(before.lower) || before.kind === 'number' || before.text === '%')
      )
        continue;
      if (SCALE_VERBS.has(lower) && !VERBS.has(lower) && !isScaleUse(prep.tokens, k)) continue;
      if (subjectOf(prep, k) === 'i') spans.push(spanOf(prep, k, extend(k)));
    }
    return spans.sort((a, b) => a.start - b.start);
  },
};

/** "rolled it out to 40 sites", "expanded it to the app": a scale verb used as one. */
function isScaleUse(tokens: ReadonlyArray<{ lower: string }>, k: number): boolean {
  const next = [tokens[k + 1]?.lower, tokens[k + 2]?.lower];
  return next.some(
    (w) => w === 'out' || w === 'to' || w === 'back' || w === 'across' || w === 'up' || w === 'the' || w === 'it',
  );
}
