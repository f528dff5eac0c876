import { wordSet } from '../lexicon';
import { isAdverb, isI, phraseAfter } from '../grammar';
import { matchOf, type Rule, type RuleMatch } from '../passage';
import type { Prepared, Token } from '../prepare';
import { IRREGULAR_PARTICIPLES } from '../data/verbs';
import { CLAUSE_JOINERS, IRREGULAR_PASTS, MY_ACTIONS, NOT_ACTIONS, TEAM_NOUNS } from '../data/function-words';

const TEAMS = wordSet(TEAM_NOUNS);
/** "I think", "I was the lead": an "I" that is not an action. */
const NOT_ACTING = wordSet(NOT_ACTIONS);
const PAST_IRREGULAR = wordSet([...IRREGULAR_PARTICIPLES, ...IRREGULAR_PASTS]);
const JOINERS = wordSet(CLAUSE_JOINERS);
const MY_ACTS = wordSet(MY_ACTIONS);

/** When the team's clause says no act ("than we thought"), the rewrite asks only for the speaker's part. */
const OWN_PART = 'I [decided what] and owned [which part].';
const ACTED = new Set(['choice', 'action', 'measure', 'change', 'output']);

export const weWithoutI: Rule = {
  id: 'we-without-i',
  category: 'team-only',
  severity: 'error',
  description: '"We" all through and no "I" action: the listener cannot find the speaker in the story.',
  message: 'Only "we" acts here; nothing says what you did.',
  why: 'The interview is about you. A story told only in "we" leaves the bar raiser unable to credit any of it to you.',
  question: 'What did you personally do or decide?',
  rewrite: 'We [what the team did]; I [decided what] and owned [which part].',
  match({ prep, acts }) {
    const tokens = prep.tokens;
    const subjects: number[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (isI(t) && iActs(prep, k)) return [];
      if (t.lower === 'me' && tokens[k - 1]?.lower === 'by') return [];
      if (t.lower === 'my' && MY_ACTS.has(tokens[k + 1]?.lower ?? '')) return [];
      const teamActs =
        TEAMS.has(t.lower) && /^(the|our)$/.test(tokens[k - 1]?.lower ?? '') && isPastVerb(tokens[k + 1]);
      if (t.lower === 'we' || teamActs) {
        subjects.push(TEAMS.has(t.lower) ? k - 1 : k);
      }
    }
    const seen = new Set<number>();
    const out: RuleMatch[] = [];
    for (const k of subjects) {
      const sentence = tokens[k]!.sentence;
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      const last = TEAMS.has(tokens[k + 1]?.lower ?? '') ? k + 1 : k;
      // The team's act, read once for the passage: "we launched the size-guide quiz on PDP".
      const act = acts.find((a) => a.first === k || a.first === last);
      const acted = act && ACTED.has(act.kind) && !act.negated;
      if (!acted) {
        out.push({ ...matchOf(prep, k, last), template: OWN_PART });
        continue;
      }
      const did = prep.text.slice(tokens[act.verb]!.start, tokens[act.last]!.end);
      const subject = prep.text.slice(tokens[k]!.start, tokens[last]!.end);
      out.push({
        ...matchOf(prep, k, last, { 'what the team did': did }),
        template: `${subject} [what the team did], and I [decided what] and owned [which part]`,
        replaces: { start: tokens[k]!.start, end: tokens[act.last]!.end },
      });
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
  return !!next && !NOT_ACTING.has(next.lower);
}

function isPastVerb(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (t.lower.endsWith('ed') || PAST_IRREGULAR.has(t.lower));
}
