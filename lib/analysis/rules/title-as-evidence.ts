import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { objectOf } from '../grammar';
import { matchOf, type Rule } from '../passage';
import { ROLE_TITLE_PHRASES } from '../data/claims';
import { PEOPLE_NOUNS } from '../data/function-words';

const PHRASES = compileLexicon(ROLE_TITLE_PHRASES);
const SIZE_NOUNS = wordSet(PEOPLE_NOUNS);

export const titleAsEvidence: Rule = {
  id: 'title-as-evidence',
  category: 'role-title',
  severity: 'warning',
  description: 'A title or a duty offered as evidence: "I was responsible for", "I was the lead", "I led a team of 6".',
  message: 'This names a role, not something you decided or achieved.',
  why: 'Titles and team sizes say what you were allowed to do; a bar raiser wants the decision you made with that authority and what it changed.',
  question: 'What did you personally decide in that role, and what changed because of it?',
  rewrite: 'I decided [what you decided] for [area], which moved [metric] from [before] to [after].',
  match({ prep }) {
    const tokens = prep.tokens;
    return findPhrases(prep, PHRASES).map((m) => {
      let last = m.last;
      // "I led a team of 6 engineers": the size belongs to the role claim.
      if (tokens[last + 1]?.kind === 'number') {
        last++;
        if (SIZE_NOUNS.has(tokens[last + 1]?.lower ?? '')) last++;
      }
      const area = objectOf(prep, last);
      const slots = area ? { area } : undefined;
      return matchOf(prep, m.first, last, slots);
    });
  },
  examples: {
    bad: [
      { text: 'I was the owner of the growth roadmap.', span: 'I was the owner of' },
      { text: 'I was responsible for the billing migration.', span: 'I was responsible for' },
      { text: 'I led a team of 6 engineers on the rewrite.', span: 'I led a team of 6 engineers' },
    ],
    good: [
      'I owned that metric and ran a pricing experiment with the finance lead.',
      'I defined alert precision as the metric and deleted 70% of the alerts.',
    ],
  },
};
