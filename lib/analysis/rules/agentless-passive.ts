import { wordSet } from '../lexicon';
import { isAdverb, isI, negatedAt } from '../grammar';
import { matchOf, type Rule, type RuleMatch } from '../passage';
import { midSentence } from '../rewrite';
import { IRREGULAR_PARTICIPLES, PARTICIPLE_PAST, STATIVE_PARTICIPLES } from '../data/verbs';
import { BE_FORMS, CLAUSE_JOINERS, PARTICLES, RAISING_PARTICIPLES, SUBJECT_LEADS } from '../data/function-words';
import type { Prepared } from '../prepare';

const BE = wordSet(BE_FORMS);
const IRREGULAR = wordSet(IRREGULAR_PARTICIPLES);
const STATIVE = wordSet(STATIVE_PARTICIPLES);
const PHRASAL = wordSet(PARTICLES);
const NOT_AGENT =
  /^(\d|the end|end|march|april|may|june|july|q[1-4]|h[12]|half|a factor|a third|a quarter|day|week|month|year|then|now|launch|default|design|hand)/;
const SUBJECT_STOP = wordSet([...CLAUSE_JOINERS, ...SUBJECT_LEADS]);
const SCOPE = wordSet(['for', 'of', 'on', 'in', 'at', 'across']);
/** The passive's clause said again with its actor, in place of the clause. */
const CLAUSE = '[who] [verb] [object]';

function participle(lower: string): boolean {
  return (IRREGULAR.has(lower) || (lower.endsWith('ed') && lower.length > 4)) && !STATIVE.has(lower);
}

/** "by the security team", "by me": an agent, not an amount ("by 40%") or a date ("by March"). */
function hasAgent(prep: Prepared, after: number): boolean {
  const tokens = prep.tokens;
  for (let k = after + 1; k < tokens.length && k <= after + 6 && tokens[k]!.clause === tokens[after]!.clause; k++) {
    if (tokens[k]!.lower !== 'by') continue;
    const rest = prep.text
      .slice(tokens[k + 1]?.start ?? 0, tokens[k + 3]?.end ?? tokens[k + 1]?.end ?? 0)
      .toLowerCase();
    if (tokens[k + 1] && tokens[k + 1]!.kind !== 'number' && !/^[$€£]/.test(rest) && !NOT_AGENT.test(rest)) return true;
  }
  return false;
}

const RAISING = wordSet(RAISING_PARTICIPLES);

/** "was asked to lead", "is expected to": a request or an expectation, not the work. "was made to …" still hides who. */
function raisingTo(prep: Prepared, participleAt: number): boolean {
  return RAISING.has(prep.tokens[participleAt]!.lower) && prep.tokens[participleAt + 1]?.lower === 'to';
}

export const agentlessPassive: Rule = {
  id: 'agentless-passive',
  category: 'passive',
  severity: 'warning',
  description: 'An agentless passive that hides who acted: "the API was rewritten", "a decision was made".',
  message: 'This hides who did it.',
  why: 'A passive with no "by" leaves the bar raiser guessing whether you acted, watched, or were not there.',
  question: 'Who did this: you, or someone else?',
  rewrite: '[who] [verb] [object].',
  match({ prep }) {
    const tokens = prep.tokens;
    const out: RuleMatch[] = [];
    for (let k = 0; k < tokens.length; k++) {
      // "people getting logged out" describes what happened to someone; it hides no doer.
      if (!BE.has(tokens[k]!.lower) || tokens[k]!.lower === 'getting') continue;
      let p = k + 1;
      while (p < tokens.length && isAdverb(tokens[p]) && !participle(tokens[p]!.lower)) p++;
      const part = tokens[p];
      if (!part || part.clause !== tokens[k]!.clause || part.kind !== 'word' || !participle(part.lower)) continue;
      // "I was promoted", "we were asked": the speaker is the subject, so no actor is hidden from the story.
      const subject = tokens[k - 1];
      if (isI(subject) || subject?.lower === 'we') continue;
      // "No ticket or alert had been raised": nothing happened, so no one is hidden.
      if (raisingTo(prep, p) || hasAgent(prep, p) || negatedAt(prep, k)) continue;
      let last = p;
      if (PHRASAL.has(tokens[p + 1]?.lower ?? '') && tokens[p + 1]!.clause === part.clause) last = p + 1;
      // The subject: the noun phrase right before the verb of being, without an adverb or a lead-in.
      let first = k - 1;
      const inSubject = (t: (typeof tokens)[number] | undefined) =>
        !!t && t.clause === tokens[k]!.clause && t.kind === 'word' && !SUBJECT_STOP.has(t.lower) && !isAdverb(t);
      // "the dashboards for station managers were rebuilt": a scope phrase belongs to the subject.
      while (
        first >= 0 &&
        first >= k - 8 &&
        (inSubject(tokens[first]) || (SCOPE.has(tokens[first]!.lower) && inSubject(tokens[first - 1])))
      )
        first--;
      // A subject longer than the walk is cut mid-phrase: say the whole sentence again instead.
      const whole = first < 0 || !inSubject(tokens[first]);
      const object = first + 1 < k && whole ? prep.text.slice(tokens[first + 1]!.start, tokens[k - 1]!.end) : undefined;
      const verb = [PARTICIPLE_PAST[part.lower] ?? part.lower, last > p ? tokens[last]!.lower : '']
        .filter(Boolean)
        .join(' ');
      const slots: Record<string, string> = { verb };
      if (object) slots.object = midSentence(object);
      // The rewrite says the clause again with its actor: "the API was rewritten" → "[who] rewrote the API".
      const replaces = object ? { start: tokens[first + 1]!.start, end: tokens[last]!.end } : undefined;
      out.push({ ...matchOf(prep, k, last, slots), ...(replaces ? { replaces, template: CLAUSE } : {}) });
      k = last;
    }
    return out;
  },
  examples: {
    bad: [
      { text: 'The migration was completed and the old cluster was shut down.', span: 'was completed' },
      { text: 'Various improvements were made to the onboarding process.', span: 'were made' },
      { text: 'A decision was eventually made to delay the launch.', span: 'was eventually made' },
    ],
    good: [
      // Nothing happened, so no one is hidden.
      'No ticket or alert had been raised.',

      'The design was reviewed by the security team and approved by me.',
      'Trial-to-paid conversion was stuck at 8% for a year.',
      'Errors fell to 5 per 10k in the pilot stores and were unchanged in the rest.',
      'Costs were reduced by me and the finance lead over two quarters.',
    ],
  },
};
