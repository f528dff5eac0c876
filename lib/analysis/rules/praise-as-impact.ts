import { compileLexicon, findPhrases } from '../lexicon';
import { negatedAt } from '../grammar';
import { matchOf, type Rule } from '../passage';
import { PRAISE_AS_IMPACT } from '../data/vague';

const PHRASES = compileLexicon(PRAISE_AS_IMPACT);

export const praiseAsImpact: Rule = {
  id: 'praise-as-impact',
  category: 'vague-impact',
  severity: 'warning',
  description: 'Praise offered as impact: "users loved it", "a big success", "everyone was happy".',
  message: 'This reports a feeling about the result, not the result.',
  why: 'Applause is not evidence; a bar raiser asks what number moved and by how much.',
  question: 'What number moved, and by how much?',
  rewrite: 'It moved [metric] from [before] to [after] [over what period].',
  match({ prep, measures }) {
    const tokens = prep.tokens;
    // Praise backed by a measured result in the same sentence is colour, not a vague claim.
    const measured = new Set(
      measures.filter((m) => m.role === 'outcome').map((m) => tokens[m.quantity.firstToken]!.sentence),
    );
    return findPhrases(prep, PHRASES)
      .filter((m) => !measured.has(tokens[m.first]!.sentence) && !negatedAt(prep, m.first))
      .map((m) => matchOf(prep, m.first, m.last));
  },
  examples: {
    bad: [
      { text: 'Our launch went great and customers really loved the new look.', span: 'went great' },
      { text: 'It was a huge success.', span: 'was a huge success' },
      { text: 'The team and I delivered the project and everyone was happy with it.', span: 'was happy' },
    ],
    good: [
      "It wasn't a success: conversion stayed at 2.1%.",

      'Customers loved it: NPS rose from 31 to 44 in a quarter.',
      'I measured whether the launch worked: activation went from 40% to 52%.',
    ],
  },
};
