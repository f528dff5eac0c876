import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { phraseAfter } from '../grammar';
import { matchOf, type Rule } from '../passage';
import { NOT_VAGUE_BEFORE, NOT_VAGUE_PHRASES, VAGUE_QUANTIFIERS } from '../data/vague';
import { BE_FORMS, CLAUSE_JOINERS, PREPOSITIONS } from '../data/function-words';

const PHRASES = compileLexicon(VAGUE_QUANTIFIERS);
const NOT_BEFORE = wordSet(NOT_VAGUE_BEFORE);
const EXEMPT = compileLexicon(NOT_VAGUE_PHRASES);
const DETERMINERS = wordSet(['the', 'our', 'my', 'their', 'these', 'those', 'its', 'his', 'her', 'them', 'us', 'it']);
const DEGREE = wordSet(['so', 'too', 'very', 'that']);
/** Plurals without an s, which take a count: "[exact number] people". */
const PLURALS = wordSet([
  'people',
  'staff',
  'children',
  'men',
  'women',
  'folks',
  'personnel',
  'data',
  'criteria',
  'feet',
  'teeth',
  'mice',
  'geese',
  'media',
]);
const NOUN_STOP = wordSet([...CLAUSE_JOINERS, 'or', 'that', 'who', ...PREPOSITIONS, ...BE_FORMS]);

function countInBrackets(
  tokens: ReadonlyArray<{ text: string; kind: string; sentence: number }>,
  after: number,
): boolean {
  for (let k = after + 1; k < tokens.length && k <= after + 4 && tokens[k]!.sentence === tokens[after]!.sentence; k++) {
    if (tokens[k]!.text === '(') return tokens[k + 1]?.kind === 'number';
  }
  return false;
}

export const vagueQuantifier: Rule = {
  id: 'vague-quantifier',
  category: 'vague-quantity',
  severity: 'info',
  description: 'A fuzzy count where a number belongs: "a lot of", "many", "various", "several".',
  message: 'A fuzzy amount stands where a number belongs.',
  why: '"Several" could be two or twenty; the exact count is what makes the scope believable.',
  question: 'How many, exactly?',
  rewrite: '[exact number]',
  match({ prep }) {
    const tokens = prep.tokens;
    const exempt = new Set(findPhrases(prep, EXEMPT).map((e) => e.first));
    return findPhrases(prep, PHRASES).flatMap((m) => {
      if (exempt.has(m.first)) return [];
      const before = tokens[m.first - 1];
      // "how many users", "as many as 40": a question or an exact bound, not a fuzzy claim.
      if (before && NOT_BEFORE.has(before.lower) && before.clause === tokens[m.first]!.clause) return [];
      if (tokens[m.last + 1]?.lower === 'as' && tokens[m.last + 2]?.kind === 'number') return [];
      // "several stores (9 in the region)": the exact count follows in brackets.
      if (countInBrackets(tokens, m.last)) return [];
      // "so many teams", "too many steps": the degree word goes with the amount it sizes.
      const first = DEGREE.has(tokens[m.first - 1]?.lower ?? '') ? m.first - 1 : m.first;
      // A mass noun has an amount, not a count: "a lot of rework" → "[how much] rework".
      const noun = phraseAfter(prep, m.last, 3, NOUN_STOP);
      const head = noun ? tokens[noun.last]!.lower : '';
      const mass = head !== '' && !head.endsWith('s') && !PLURALS.has(head);
      // "a lot of the code reviews" keeps its "of": "[exact number] of the code reviews".
      const partitive = tokens[m.last]!.lower === 'of' && DETERMINERS.has(tokens[m.last + 1]?.lower ?? '');
      const template = partitive ? '[exact number] of' : mass ? '[how much]' : undefined;
      return [{ ...matchOf(prep, first, m.last), ...(template ? { template } : {}) }];
    });
  },
  examples: {
    bad: [
      { text: 'We saw a lot of improvement after the release.', span: 'a lot of' },
      { text: 'I participated in several planning meetings.', span: 'several' },
      { text: 'Various improvements were made to onboarding.', span: 'Various' },
    ],
    good: [
      'How many users did we lose after the price change? 3.2% in the first month.',
      'I interviewed 14 customers across three regions.',
      'As many as 40 teams adopted the checklist.',
      'Errors averaged 14 per 10k scripts across our several stores (9 in the region).',
    ],
  },
};
