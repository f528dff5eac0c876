import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { negatedAt, objectOf, phraseAfter, subjectOf } from '../grammar';
import { matchOf, type Rule } from '../passage';
import { OUTPUT_VERBS } from '../data/verbs';
import { CLAUSE_JOINERS, PREPOSITIONS } from '../data/function-words';

const PHRASES = compileLexicon(OUTPUT_VERBS);
const OBJECT_STOP = wordSet([...CLAUSE_JOINERS, 'that', ...PREPOSITIONS.filter((p) => p !== 'of')]);

export const outputWithoutResult: Rule = {
  id: 'output-without-result',
  category: 'output-not-outcome',
  severity: 'warning',
  description: 'Things built or shipped, with no result anywhere in the passage.',
  message: 'This counts what was shipped, not what it changed.',
  why: 'Shipping is the cost; the result is the benefit. A bar raiser discounts output that never shows a measured effect.',
  question: 'What changed because you shipped it, in numbers?',
  rewrite: 'I [verb] [output], which moved [metric] from [before] to [after] [over what period].',
  match({ prep, components }) {
    if (components.outcome.present) return [];
    const tokens = prep.tokens;
    return findPhrases(prep, PHRASES).flatMap((m) => {
      // "we never set up a proper before-and-after": nothing was shipped to count.
      if (negatedAt(prep, m.first, 3)) return [];
      // Passives are reported as passives; here the doer is named ("we shipped", "I built", "the team built").
      if (subjectOf(prep, m.first) === 'other' && !/^(team|squad|org)$/.test(tokens[m.first - 1]?.lower ?? ''))
        return [];
      const object = phraseAfter(prep, m.last, 6, OBJECT_STOP);
      const last = object ? object.last : m.last;
      const slots: Record<string, string> = {
        verb: prep.text.slice(tokens[m.first]!.start, tokens[m.last]!.end).toLowerCase(),
      };
      const output = objectOf(prep, m.last, 6);
      if (output) slots.output = output;
      return [matchOf(prep, m.first, last, slots)];
    });
  },
  examples: {
    bad: [
      { text: 'We shipped five features this quarter.', span: 'shipped five features this quarter' },
      { text: 'I built four new dashboards for the sales team.', span: 'built four new dashboards' },
      { text: 'Under my leadership, the team built a new data platform.', span: 'built a new data platform' },
    ],
    good: [
      'I shipped the checkout fix, and abandoned carts fell 1.5% in Q2.',
      'The old cluster was shut down after the migration cut costs by $40K a month.',
      "We never set up a proper before-and-after, so I can't give you a number.",
    ],
  },
};
