import { compileLexicon, findPhrases } from '../lexicon';
import { objectOf, subjectOf } from '../grammar';
import { matchOf, type Rule } from '../passage';
import { WEAK_VERB_PHRASES } from '../data/verbs';

const PHRASES = compileLexicon(WEAK_VERB_PHRASES);

export const weakVerb: Rule = {
  id: 'weak-verb',
  category: 'weak-verb',
  severity: 'warning',
  description: 'A verb that hides what the speaker did: "helped", "worked on", "was involved in", "contributed to".',
  message: 'This verb hides what you actually did.',
  why: '"Helped" and "worked on" fit anyone who attended; a bar raiser will spend the follow-ups finding your part.',
  question: 'What exactly did you do yourself?',
  rewrite: 'I [your own action] [object], which changed [metric] by [X%].',
  match({ prep }) {
    return findPhrases(prep, PHRASES).flatMap((m) => {
      // "the fix helped cut costs": a thing, not a person, is the subject, and hides nobody.
      if (subjectOf(prep, m.first) === 'other') return [];
      const object = objectOf(prep, m.last);
      const slots = object ? { object } : undefined;
      return [matchOf(prep, m.first, m.last, slots)];
    });
  },
  examples: {
    bad: [
      { text: 'I worked on the billing migration.', span: 'worked on' },
      { text: 'I was involved in improving the search experience.', span: 'was involved in' },
      { text: 'I participated in planning and contributed to the strategy.', span: 'participated in' },
    ],
    good: [
      'The retry fix helped cut the error rate from 2.1% to 0.3%.',
      'I rewrote the billing migration plan and cut the cutover to one night.',
    ],
  },
};
