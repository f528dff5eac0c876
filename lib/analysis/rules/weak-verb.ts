import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { objectOf, subjectOf } from '../grammar';
import { matchOf, type Rule } from '../passage';
import { verbBase } from '../reading';
import type { Prepared } from '../prepare';
import { GERUND_STOPS, HELPED_PARTY_VERBS, WEAK_VERB_PHRASES } from '../data/verbs';

const PHRASES = compileLexicon(WEAK_VERB_PHRASES);

const THEIR_VERBS = wordSet(HELPED_PARTY_VERBS);
const GERUND_STOP = wordSet(GERUND_STOPS);
const WH = wordSet(['wherever', 'whenever', 'however', 'where', 'when', 'how', 'what', 'why', 'whatever', 'which']);

/**
 * What the speaker's own verb should act on, as the rewrite will say it: "the billing migration";
 * "to get it out" for "involved in getting it out"; "the team" for "helped the team rethink how …".
 */
function actedOn(prep: Prepared, verbLast: number): string | undefined {
  const tokens = prep.tokens;
  let at = verbLast + 1;
  while (PARTICLES.has(tokens[at]?.lower ?? '') && tokens[at]!.clause === tokens[verbLast]!.clause) at++;
  // Notes' "helped w/ tastings".
  if (tokens[at]?.lower === 'w' && tokens[at + 1]?.text === '/') at += 2;
  // A gerund names an act: "involved in getting it out" → "to get it out".
  const gerund = tokens[at];
  if (gerund && gerund.kind === 'word' && gerund.lower.endsWith('ing') && gerund.lower.length > 4) {
    let last = at;
    while (
      last + 1 < tokens.length &&
      last < at + 4 &&
      tokens[last + 1]!.kind === 'word' &&
      tokens[last + 1]!.clause === gerund.clause &&
      !GERUND_STOP.has(tokens[last + 1]!.lower)
    )
      last++;
    const rest = last > at ? ` ${prep.text.slice(tokens[at + 1]!.start, tokens[last]!.end)}` : '';
    return `to ${verbBase(gerund.lower)}${rest}`;
  }
  const object = at > verbLast + 1 ? objectOf(prep, at - 1) : objectOf(prep, verbLast);
  if (!object) return undefined;
  const words = object.split(/\s+/);
  const cut = words.findIndex((w) => WH.has(w.toLowerCase()));
  // "helped the clinic go paperless": after the one helped comes their verb.
  const theirVerb = words.findIndex((w, i) => i >= 2 && THEIR_VERBS.has(w.toLowerCase()));
  if (cut < 0 && theirVerb > 0) return words.slice(0, theirVerb).join(' ');
  if (cut < 0) return object;
  // "helped the team rethink how …": the word before "how" is the team's verb; the team is what was helped.
  const kept = words.slice(0, cut);
  return kept.length >= 2 ? kept.slice(0, -1).join(' ') : undefined;
}
const PARTICLES = wordSet(['out', 'on', 'in', 'with', 'up', 'to', 'about', 'into', 'around']);

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
      const object = actedOn(prep, m.last);
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
