import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { isI } from '../grammar';
import { matchOf, type Rule, type RuleMatch } from '../passage';
import type { Prepared } from '../prepare';
import { OVER_CLAIM_PHRASES, SHARED_CREDIT_CUES, SOLO_VERBS } from '../data/claims';

const PHRASES = compileLexicon(OVER_CLAIM_PHRASES);
const SOLO = wordSet(SOLO_VERBS);
const SHARED = wordSet(SHARED_CREDIT_CUES);
/** Claims soft enough that naming partners in the same sentence cancels them. */
const SOFT = new Set(['on my own', 'solely', 'by myself', 'without help']);
const NEGATIONS = wordSet(['not', "n't", 'never', 'hardly', 'nor']);

/** A negation just before the claim, in its clause: "was not solely", "wasn't entirely". */
function negated(tokens: ReadonlyArray<{ lower: string; clause: number }>, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3 && tokens[k]!.clause === tokens[at]!.clause; k--) {
    if (NEGATIONS.has(tokens[k]!.lower) || tokens[k]!.lower.endsWith("n't")) return true;
  }
  return false;
}

const SPEAKER = wordSet(['i', "i'm", "i've", "i'd", 'me', 'my', 'myself', 'mine']);

function speakerInClause(tokens: ReadonlyArray<{ lower: string; clause: number }>, at: number): boolean {
  const clause = tokens[at]!.clause;
  for (let k = at - 1; k >= 0 && tokens[k]!.clause === clause; k--) if (SPEAKER.has(tokens[k]!.lower)) return true;
  for (let k = at + 1; k < tokens.length && tokens[k]!.clause === clause; k++)
    if (SPEAKER.has(tokens[k]!.lower)) return true;
  return false;
}

/** "I did everything myself" said with the others in it, in place of the claim. */
const SAID_SHARED = 'I [your part], and [who else] owned [their part]';

/**
 * "I single-handedly turned it around" → "I, with [who else], turned it around": an adverb of
 * solo credit gives way to the others; a whole claim ("I did it all") is said again.
 */
function creditShared(prep: Prepared, first: number, last: number): RuleMatch {
  const tokens = prep.tokens;
  const match = matchOf(prep, first, last);
  const adverb = first === last || ADVERBIAL.has(tokens[first]!.lower);
  if (!adverb) return { ...match, template: SAID_SHARED };
  // Between a subject and its verb the aside takes commas; after the verb it does not.
  const afterSubject = isI(tokens[first - 1]);
  return {
    ...match,
    template: afterSubject ? ', with [who else],' : 'with [who else]',
    replaces: afterSubject
      ? { start: tokens[first - 1]!.end, end: tokens[last]!.end }
      : { start: match.start, end: match.end },
  };
}
const ADVERBIAL = wordSet([
  'single-handedly',
  'single',
  'singlehandedly',
  'solely',
  'alone',
  'all',
  'entirely',
  'on',
  'by',
]);

export const soloCredit: Rule = {
  id: 'solo-credit',
  category: 'over-claim',
  severity: 'error',
  description: 'Solo credit that erases everyone else: "single-handedly", "I did it all", "all on my own".',
  message: 'This takes all the credit and erases everyone else who worked on it.',
  why: 'Senior work is never solo; a bar raiser reads it as either untrue or as someone who does not bring others along.',
  question: 'Who else worked on it, and which part was yours?',
  rewrite: 'I [your part] together with [who else], who owned [their part].',
  match({ prep }) {
    const tokens = prep.tokens;
    const sharedBySentence = new Map<number, boolean>();
    const shared = (sentence: number) => {
      let known = sharedBySentence.get(sentence);
      if (known === undefined) {
        const s = prep.sentences[sentence]!;
        known = false;
        for (let k = s.firstToken; k < s.endToken && !known; k++) known = SHARED.has(tokens[k]!.lower);
        sharedBySentence.set(sentence, known);
      }
      return known;
    };
    const out: RuleMatch[] = [];
    const claimed = new Set<number>();
    for (const m of findPhrases(prep, PHRASES)) {
      if (SOFT.has(m.phrase) && shared(tokens[m.first]!.sentence)) continue;
      // "not solely down to me", "I never did it alone": a denied claim shares the credit.
      if (negated(tokens, m.first)) continue;
      // "The gain came solely from the new meters" is about a cause; credit needs the speaker.
      if (m.phrase === 'solely' && !speakerInClause(tokens, m.first)) continue;
      out.push(creditShared(prep, m.first, m.last));
      for (let k = m.first; k <= m.last; k++) claimed.add(k);
    }
    // "I did all the work myself": a trailing "myself" after a verb of doing, with "I" as subject.
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k]!.lower !== 'myself' || tokens[k - 1]?.lower === 'by' || claimed.has(k)) continue;
      const sentence = prep.sentences[tokens[k]!.sentence]!;
      let verb = -1;
      for (let j = k - 1; j >= sentence.firstToken && j >= k - 8; j--) {
        if (SOLO.has(tokens[j]!.lower) && isI(tokens[j - 1])) verb = j - 1;
      }
      if (verb >= 0 && !shared(tokens[k]!.sentence)) out.push({ ...matchOf(prep, verb, k), template: SAID_SHARED });
    }
    return out.sort((a, b) => a.start - b.start);
  },
  examples: {
    bad: [
      { text: 'I single-handedly turned the project around.', span: 'single-handedly' },
      { text: 'I did all the work myself, from research to launch.', span: 'I did all the work myself' },
      { text: 'I rebuilt the pipeline all on my own.', span: 'all on my own' },
    ],
    good: [
      'I, with two peers, rebuilt the pipeline in a quarter.',
      'The design was reviewed by the security team and approved by me.',
      'I taught myself SQL to check the numbers.',
      'The turnaround was not solely down to me: the ops lead rebuilt the rota.',
      'The gain came solely from the replaced meters: the untouched districts were flat.',
    ],
  },
};
