import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { clauseBounds } from '../grammar';
import { spanOf, type ComponentDetector, type Passage } from '../passage';
import { outermostSpans } from '../spans';
import { PROBLEM_PHRASES } from '../data/claims';
import type { Span } from '../types';

const PHRASES = compileLexicon(PROBLEM_PHRASES);
const MAX_WORDS = 14;
const TRAILING = new Set([',', ';', ':', '.', '!', '?', '—', '–', '(', ')']);
const NEGATIONS = wordSet(['no', 'without', 'zero', 'never', 'not', 'nor']);

/** A baseline or a gap before the work: "refund tickets had doubled to 1,200 a week". */
export const problem: ComponentDetector = {
  id: 'problem',
  question: 'What was broken before you started, and how big was the gap?',
  detect(passage) {
    const { prep, measures } = passage;
    const spans: Span[] = [];
    const clauseSpan = (at: number) => {
      const { first, last } = clauseBounds(prep, at);
      const end = Math.min(last, first + MAX_WORDS);
      let stop = end;
      while (stop > first && TRAILING.has(prep.tokens[stop]!.text)) stop--;
      return spanOf(prep, first, Math.max(stop, at));
    };
    for (const m of measures) {
      if (m.role !== 'baseline') continue;
      // "from 2.1% to 0.3%": the range's first end is the baseline itself.
      // "direct share 22% -> 26%": the state before ends at its own number, not at the result.
      const next = prep.tokens[m.quantity.lastToken + 1];
      const rangeStart = next && RANGE_JOINS.has(next.text.toLowerCase());
      spans.push(
        prep.tokens[m.first]!.lower === 'from'
          ? spanOf(prep, m.first, m.last)
          : rangeStart
            ? spanOf(prep, clauseBounds(prep, m.quantity.firstToken).first, m.quantity.lastToken)
            : clauseSpan(m.quantity.firstToken),
      );
    }
    for (const m of findPhrases(prep, PHRASES)) {
      // "with no missed incident" names the absence of a problem.
      if (NEGATIONS.has(prep.tokens[m.first - 1]?.lower ?? '')) continue;
      spans.push(clauseSpan(m.first));
    }
    for (const at of openingTrouble(passage)) spans.push(clauseSpan(at));
    return outermostSpans(spans);
  },
};

const RANGE_JOINS = new Set(['->', '→', '=>', 'to', '-', '–', '—']);
const BE_PAST = wordSet(['was', 'were', 'had', 'kept', 'started', 'began', 'been']);
const SPEAKER = wordSet(['i', 'we', "i'd", "we'd"]);

/**
 * The state before the work, told before the speaker acts: "patients were coming back too soon",
 * "returns started going up", "donors were dropping off". A progressive in the opening, with
 * someone other than the speaker as its subject, is the gap the story closes.
 */
function openingTrouble({ prep, acts }: Passage): number[] {
  const tokens = prep.tokens;
  const firstAct = acts.find((a) => (a.actor === 'i' || a.actor === 'bullet') && !a.negated && !a.hypothetical);
  const until = firstAct ? firstAct.first : tokens.length;
  const out: number[] = [];
  for (let k = 1; k < until; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !t.lower.endsWith('ing') || t.lower.length < 6 || !BE_PAST.has(tokens[k - 1]!.lower))
      continue;
    if (SPEAKER.has(tokens[k - 2]?.lower ?? '') || tokens[k + 1]?.lower === 'to') continue;
    out.push(k);
  }
  return out;
}
