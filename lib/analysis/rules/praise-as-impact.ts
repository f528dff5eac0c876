import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { outermostSpans } from '../spans';
import type { Prepared } from '../prepare';
import { DEGREE_WORDS } from '../data/function-words';
import { negatedAt } from '../grammar';
import { matchOf, type Rule } from '../passage';
import { EVALUATION_LINKS, EVALUATIVE_WORDS, PRAISE_AS_IMPACT } from '../data/vague';

const PHRASES = compileLexicon(PRAISE_AS_IMPACT);

const LINKING = wordSet(EVALUATION_LINKS);
const DEGREE = wordSet([...DEGREE_WORDS, 'v', 'realy', 'super', 'overwhelmingly', 'generally', 'mostly']);
const EVALUATIVE = wordSet(EVALUATIVE_WORDS);

/** "The feedback we got was very good", "Adoption was bad", "it went realy well": a verdict, no number. */
function evaluations(prep: Prepared): Array<{ first: number; last: number }> {
  const tokens = prep.tokens;
  const out: Array<{ first: number; last: number }> = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!LINKING.has(tokens[k]!.lower)) continue;
    let j = k + 1;
    while (j < tokens.length && j <= k + 3 && DEGREE.has(tokens[j]!.lower)) j++;
    const word = tokens[j];
    if (!word || word.clause !== tokens[k]!.clause || !EVALUATIVE.has(word.lower)) continue;
    // "was good at negotiating", "was better than 4%": a skill or a comparison with a figure.
    const next = tokens[j + 1];
    const skill = next?.lower === 'at' && !!tokens[j + 2]?.lower.endsWith('ing');
    if (skill || (next?.lower === 'than' && tokens[j + 2]?.kind === 'number')) continue;
    out.push({ first: k, last: j });
  }
  return out;
}

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
    const hits = [...findPhrases(prep, PHRASES), ...evaluations(prep)].sort((a, b) => a.first - b.first);
    return outermostSpans(
      hits
        .filter((m) => !measured.has(tokens[m.first]!.sentence) && !negatedAt(prep, m.first))
        .map((m) => matchOf(prep, m.first, m.last)),
    );
  },
  examples: {
    bad: [
      { text: 'The feedback we got was very good.', span: 'was very good' },
      { text: 'Adoption was bad at first.', span: 'was bad' },
      { text: 'Our launch went great and customers really loved the new look.', span: 'went great' },
      { text: 'It was a huge success.', span: 'was a huge success' },
      { text: 'The team and I delivered the project and everyone was happy with it.', span: 'was happy' },
    ],
    good: [
      'She was good at negotiating, so I gave her the vendor calls; costs fell 12%.',
      "It wasn't a success: conversion stayed at 2.1%.",

      'Customers loved it: NPS rose from 31 to 44 in a quarter.',
      'I measured whether the launch worked: activation went from 40% to 52%.',
    ],
  },
};
