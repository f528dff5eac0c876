import { wordSet } from '../lexicon';
import { isAdverb, isI, phraseAfter } from '../grammar';
import { matchOf, type Rule, type RuleMatch } from '../passage';
import type { Prepared, Token } from '../prepare';
import { IRREGULAR_PARTICIPLES } from '../data/verbs';

const TEAM_SUBJECTS = wordSet(['we']);
const TEAM_NOUNS = wordSet(['team', 'squad', 'group', 'org']);
/** "I think", "I was the lead": an "I" that is not an action. */
const NOT_ACTIONS = wordSet(['think', 'believe', 'guess', 'feel', 'felt', 'hope', 'was', 'am', 'mean', 'suppose', 'know', 'knew', 'would', 'wish']);
const PAST_IRREGULAR = wordSet([...IRREGULAR_PARTICIPLES, 'ran', 'did', 'won', 'grew', 'saw', 'wrote', 'took', 'drove', 'chose', 'began', 'rose', 'fell']);
const MY_ACTIONS = wordSet(['decision', 'call', 'idea', 'proposal', 'analysis', 'plan', 'design', 'code', 'experiment', 'model', 'query', 'recommendation', 'audit', 'checklist', 'bet', 'suggestion', 'prototype']);

export const weWithoutI: Rule = {
  id: 'we-without-i',
  category: 'team-only',
  severity: 'error',
  description: '"We" all through and no "I" action: the listener cannot find the speaker in the story.',
  message: 'Only "we" acts here; nothing says what you did.',
  why: 'The interview is about you. A story told only in "we" leaves the bar raiser unable to credit any of it to you.',
  question: 'What did you personally do or decide?',
  rewrite: 'We [what the team did]; I [decided what] and owned [which part].',
  match({ prep }) {
    const tokens = prep.tokens;
    const subjects: number[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (isI(t) && iActs(prep, k)) return [];
      if (t.lower === 'me' && tokens[k - 1]?.lower === 'by') return [];
      if (t.lower === 'my' && MY_ACTIONS.has(tokens[k + 1]?.lower ?? '')) return [];
      const teamActs = TEAM_NOUNS.has(t.lower) && /^(the|our)$/.test(tokens[k - 1]?.lower ?? '') && isPastVerb(tokens[k + 1]);
      if (TEAM_SUBJECTS.has(t.lower) || teamActs) {
        subjects.push(TEAM_NOUNS.has(t.lower) ? k - 1 : k);
      }
    }
    const seen = new Set<number>();
    const out: RuleMatch[] = [];
    for (const k of subjects) {
      const sentence = tokens[k]!.sentence;
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      const last = TEAM_NOUNS.has(tokens[k + 1]?.lower ?? '') ? k + 1 : k;
      const did = phraseAfter(prep, last, 6, wordSet(['and', 'but', 'which', 'so', 'because', 'while', 'then']));
      out.push(matchOf(prep, k, last, did ? { 'what the team did': prep.text.slice(tokens[did.first]!.start, tokens[did.last]!.end) } : undefined));
    }
    return out;
  },
  examples: {
    bad: [
      { text: 'We redesigned the settings page and shipped it before the holidays.', span: 'We' },
      { text: 'We shipped five features this quarter.', span: 'We' },
      { text: 'This year our team shipped the new billing flow.', span: 'our team' },
    ],
    good: [
      'We projected a 5% lift; after a three-week test I measured 6.1%.',
      'The team and I delivered the project in March.',
      'I, together with the platform lead, decided to delay the launch by one week.',
    ],
  },
};

function iActs(prep: Prepared, k: number): boolean {
  let v = k + 1;
  while (v < prep.tokens.length && (prep.tokens[v]!.text === ',' || isAdverb(prep.tokens[v]))) v++;
  const next = prep.tokens[v];
  return !!next && !NOT_ACTIONS.has(next.lower);
}

function isPastVerb(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (t.lower.endsWith('ed') || PAST_IRREGULAR.has(t.lower));
}
