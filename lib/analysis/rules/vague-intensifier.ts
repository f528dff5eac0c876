import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { someBefore } from '../grammar';
import type { Prepared } from '../prepare';
import { CHANGE_NOUNS, CHANGE_VERBS, FORECAST_VERBS } from '../data/verbs';
import { matchOf, measuresIn, type Rule } from '../passage';
import {
  COMPARATIVES,
  IMPROVEMENT_VERBS,
  NOT_VAGUE_BEFORE,
  NOT_VAGUE_PHRASES,
  VAGUE_INTENSIFIERS,
} from '../data/vague';

const IMPROVEMENT_WORDS = IMPROVEMENT_VERBS.filter((v) => !v.includes(' '));

const PHRASES = compileLexicon(VAGUE_INTENSIFIERS);
const EXEMPT = compileLexicon(NOT_VAGUE_PHRASES);
const NOT_BEFORE = wordSet([...NOT_VAGUE_BEFORE, 'statistically', 'pretty', 'very', 'so', 'not']);
const WINDOW = 8;

const CHANGE_WORD = wordSet([...CHANGE_VERBS, ...CHANGE_NOUNS, ...IMPROVEMENT_WORDS]);
const FORECAST_VERB = wordSet(FORECAST_VERBS);
const COMPARATIVE = wordSet(COMPARATIVES);
const SIZED_SENTENCE = 'It moved [metric] by [X%] [over what period].';

/** A verb or a comparative of change just before the amount: "dropped significantly", "grew a lot". */
function changeBefore(prep: Prepared, at: number): boolean {
  return someBefore(prep, at, 10, (t) => CHANGE_WORD.has(t.lower) || FORECAST_VERB.has(t.lower));
}

export const vagueIntensifier: Rule = {
  id: 'vague-intensifier',
  category: 'vague-quantity',
  severity: 'info',
  description: 'An intensifier that sizes a change without measuring it: "significantly", "dramatically", "huge".',
  message: 'This sizes the change with an adjective instead of a number.',
  why: '"Dramatically" tells the listener you were impressed, not how much moved; the number does both.',
  question: 'By how much, in numbers?',
  rewrite: 'from [before] to [after]',
  match({ prep, measures }) {
    const tokens = prep.tokens;
    const exempt = new Set<number>();
    for (const e of findPhrases(prep, EXEMPT)) for (let k = e.first; k <= e.last; k++) exempt.add(k);
    return findPhrases(prep, PHRASES).flatMap((m) => {
      if (exempt.has(m.first)) return [];
      if (tokens[m.last + 1]?.lower === 'of') return []; // "a lot of" is a quantifier, reported once.
      const before = tokens[m.first - 1];
      if (before && NOT_BEFORE.has(before.lower) && before.clause === tokens[m.first]!.clause) return [];
      // "cut latency dramatically, from 480 ms to 310 ms": the number follows, so the word is colour.
      const measuredNearby = measuresIn(measures, m.first - WINDOW, m.first + WINDOW).some(
        (q) =>
          q.role !== 'period' &&
          q.role !== 'share' &&
          tokens[q.quantity.firstToken]!.sentence === tokens[m.first]!.sentence,
      );
      if (measuredNearby) return [];
      // "learned a lot", "a little nervous": an amount with no change to size is no claim.
      const sizesChange = changeBefore(prep, m.first) || CHANGE_WORD.has(tokens[m.last + 1]?.lower ?? '');
      // A single word ("dramatically", "huge") always sizes something; "a lot", "a bit" only a change.
      if (!sizesChange && (m.phrase.includes(' ') || m.phrase === 'much' || m.phrase === 'lots')) return [];
      // "dropped substantially" takes "from [before] to [after]"; "a huge success" needs the sentence said again.
      // "much faster" → "[X%] faster"; "dropped significantly" → "dropped from [before] to [after]";
      // an amount before its verb or noun ("Significantly improved", "a huge success") needs the sentence said again.
      const comparative = COMPARATIVE.has(tokens[m.last + 1]?.lower ?? '');
      const template = comparative ? '[X%]' : changeBefore(prep, m.first) ? undefined : SIZED_SENTENCE;
      return [{ ...matchOf(prep, m.first, m.last), ...(template ? { template } : {}) }];
    });
  },
  examples: {
    bad: [
      { text: 'The new ranking model should boost engagement quite a bit.', span: 'quite a bit' },
      { text: 'It was a huge success.', span: 'huge' },
      { text: 'Latency dropped significantly after the rewrite.', span: 'significantly' },
    ],
    good: [
      'The lift was statistically significant at p < 0.05 after four weeks.',
      'Latency dropped significantly, from 480 ms to 310 ms.',
      'How much did it cost us? I priced it at $40K.',
    ],
  },
};
