import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { spanOf, type ComponentDetector } from '../passage';
import { SCALE_PHRASES } from '../data/claims';
import { FORECAST_MODALS } from '../data/hedges';
import { outermostSpans } from '../spans';
import type { Span } from '../types';

const PHRASES = compileLexicon(SCALE_PHRASES);
/** Verbs that, done by the speaker, are also a decision ("I rolled it out to 40 sites"). */
export const SCALE_VERB_WORDS = ['rolled', 'expanded', 'extended', 'scaled', 'reverted', 'open-sourced', 'standardized', 'standardised', 'replicated'];
export const SCALE_VERBS = wordSet(SCALE_VERB_WORDS);
const PLANNED = wordSet([...FORECAST_MODALS, 'plan', 'planning', 'planned', 'hope', 'hoping', 'want', 'wanted', 'intend', 'aim', 'next', 'going', 'will']);
const SPAN_STOP = wordSet(['and', 'but', 'which', 'so', 'because', 'while', 'with', 'after']);

/** What happened next at a larger scope: rolled out, adopted by, made the default, rolled back. */
export const scale: ComponentDetector = {
  id: 'scale',
  question: 'What did you do next: did it roll out, get adopted, or get rolled back?',
  detect({ prep }) {
    const spans: Span[] = [];
    const tokens = prep.tokens;
    for (const m of findPhrases(prep, PHRASES)) {
      // "we plan to roll it out" is a forecast, not what happened.
      let planned = false;
      for (let k = m.first - 1; k >= 0 && k >= m.first - 3 && tokens[k]!.clause === tokens[m.first]!.clause; k--) {
        if (PLANNED.has(tokens[k]!.lower)) planned = true;
      }
      if (planned) continue;
      let last = m.last;
      for (let k = m.last + 1; k < tokens.length && k <= m.last + 5; k++) {
        const t = tokens[k]!;
        if (t.clause !== tokens[m.last]!.clause || SPAN_STOP.has(t.lower)) break;
        if (t.kind !== 'punct') last = k;
      }
      spans.push(spanOf(prep, m.first, last));
    }
    return outermostSpans(spans);
  },
};
