import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { subjectOf } from '../grammar';
import { spanOf, type ComponentDetector } from '../passage';
import { speakerActs } from '../reading';
import { DECISION_PHRASES } from '../data/verbs';
import { outermostSpans } from '../spans';
import type { Span } from '../types';

const PHRASES = compileLexicon(DECISION_PHRASES);
const SPAN_STOP = wordSet(['and', 'but', 'which', 'so', 'because', 'while', 'then', 'after', 'before']);
const OWNED_WORDS = wordSet(['my', 'the']);
const TRAILING = wordSet(['by', 'to', 'of', 'for', 'in', 'on', 'at', 'from', 'with', 'the', 'a', 'an']);

/**
 * A decision: a choice the speaker made ("I chose…", "I killed…", "made the call"), or a
 * concrete action the speaker took themselves ("I ran a pilot with 10 agents", "moved batch jobs
 * to spot instances"). Weak verbs, duties, titles, talk and output stay out (reading.ts).
 */
export const decision: ComponentDetector = {
  id: 'decision',
  question: 'What did you decide, and what did you give up?',
  detect({ prep, acts }) {
    const tokens = prep.tokens;
    const spans: Span[] = [];
    for (const m of findPhrases(prep, PHRASES)) {
      if (!OWNED_WORDS.has(tokens[m.first]!.lower) && subjectOf(prep, m.first) !== 'i') continue;
      let last = m.last;
      for (let k = m.last + 1; k < tokens.length && k <= m.last + 10; k++) {
        const t = tokens[k]!;
        if (t.clause !== tokens[m.last]!.clause || SPAN_STOP.has(t.lower)) break;
        last = k;
      }
      while (last > m.last && (TRAILING.has(tokens[last]!.lower) || tokens[last]!.kind === 'punct')) last--;
      spans.push(spanOf(prep, m.first, last));
    }
    for (const act of speakerActs(acts)) spans.push(spanOf(prep, act.first, act.last));
    return outermostSpans(spans);
  },
};
