import { compileLexicon, findPhrases } from '../lexicon';
import { spanOf, type ComponentDetector } from '../passage';
import { outermostSpans } from '../spans';
import { METHOD_PHRASES } from '../data/methods';
import type { Span } from '../types';

const PHRASES = compileLexicon(METHOD_PHRASES);

/** How it was tested or measured: A/B test, holdout, pilot, p-value, "95% confidence", SQL. */
export const method: ComponentDetector = {
  id: 'method',
  question: 'How did you measure it?',
  detect({ prep, measures }) {
    const spans: Span[] = findPhrases(prep, PHRASES).map((m) => spanOf(prep, m.first, m.last));
    for (const m of measures) {
      if (m.role === 'confidence') spans.push(spanOf(prep, m.quantity.firstToken, m.quantity.lastToken + 1));
    }
    return outermostSpans(spans);
  },
};
