/**
 * Just enough grammar to tell who did what, without a part-of-speech tagger: the subject of a
 * verb, clause edges, and adverbs to step over. Heuristics, tuned for first-person stories.
 */
import type { Prepared, Token } from './prepare';
import { PAST_TENSE } from './data/verbs';
import { NEGATION_WORDS, PHRASE_ENDERS } from './data/function-words';
import { wordSet } from './lexicon';

export type Subject = 'i' | 'we' | 'other' | 'none';

const FIRST_SINGULAR = new Set(['i', 'me', 'myself']);
const FIRST_PLURAL = new Set(['we', 'us', 'ourselves']);
const OTHER_PRONOUNS = new Set([
  'they',
  'he',
  'she',
  'it',
  'you',
  'this',
  'that',
  'which',
  'who',
  'these',
  'those',
  'everyone',
  'nobody',
  'someone',
]);
/** Words stepped over between a subject and its verb: "I then shipped", "I had already decided". */
const ADVERBS = new Set([
  'then',
  'also',
  'later',
  'finally',
  'eventually',
  'first',
  'next',
  'personally',
  'both',
  'had',
  'have',
  'has',
  'just',
  'quickly',
  'immediately',
  'ultimately',
  'successfully',
  'myself',
  'jointly',
  'directly',
  'actively',
  'really',
  'never',
  'not',
  "didn't",
  'did',
  'once',
  'thereby',
  'subsequently',
  'afterwards',
  'already',
  'still',
  'soon',
  'again',
  'even',
  'only',
  'always',
  'often',
  'rarely',
  'instead',
  'basically',
  'initially',
  'originally',
]);
/** Words that join two verbs sharing a subject: "I audited …, and deleted …". */
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'so', 'to', 'then', 'after', 'since', 'once', 'before']);
const TEAM_NOUNS = new Set(['team', 'teams', 'squad', 'org', 'we']);
/** How far back a subject is looked for; stories rarely put it further from the verb. */
const MAX_SUBJECT_DISTANCE = 40;
const CLAUSE_STOP = new Set([';', ':', '—', '–', '(', ')']);

/** Words ending in -ly that are adjectives or nouns, not adverbs: "the nightly pipeline", "supply". */
const LY_NOT_ADVERBS = new Set([
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'nightly',
  'hourly',
  'early',
  'friendly',
  'costly',
  'likely',
  'family',
  'supply',
  'assembly',
  'only',
  'italy',
  'july',
  'reply',
  'apply',
  'rely',
  'anomaly',
  'holy',
  'ugly',
  'lonely',
  'lovely',
  'timely',
  'orderly',
  'elderly',
  'user-friendly',
]);

/** An adverb to step over: "I then shipped", "was quickly rewritten". */
function isLyAdverb(lower: string): boolean {
  return lower.endsWith('ly') && lower.length > 4 && !LY_NOT_ADVERBS.has(lower);
}

export function isAdverb(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  return isLyAdverb(token.lower) || ADVERBS.has(token.lower);
}

const FIRST_PERSON_I = new Set(['i', "i'm", "i've", "i'd", "i'll"]);

/** The first-person "I", also as people type it in quick notes ("i decided"), and its contractions. */
export function isI(token: Token | undefined): boolean {
  return !!token && token.kind === 'word' && FIRST_PERSON_I.has(token.lower);
}

/**
 * Who performs the verb at `verb`. Steps back over adverbs, parentheticals ("I, together with
 * the platform lead, decided") and coordinated verbs ("I audited …, deleted …") to the nearest
 * pronoun in the sentence; a noun right before the verb is its own subject ("conversion fell").
 */
export function subjectOf(prep: Prepared, verb: number): Subject {
  const tokens = prep.tokens;
  const sentence = tokens[verb]!.sentence;
  let k = verb - 1;
  while (k >= 0 && tokens[k]!.sentence === sentence && isAdverb(tokens[k]) && !isI(tokens[k])) k--;
  const adjacent = tokens[k];
  if (!adjacent || adjacent.sentence !== sentence) return 'none';
  if (isI(adjacent) || FIRST_SINGULAR.has(adjacent.lower)) return 'i';
  if (FIRST_PLURAL.has(adjacent.lower)) return 'we';
  if (OTHER_PRONOUNS.has(adjacent.lower)) return 'other';
  if (adjacent.kind !== 'punct' && !CONJUNCTIONS.has(adjacent.lower)) {
    return TEAM_NOUNS.has(adjacent.lower) ? 'we' : 'other';
  }
  for (let j = k; j >= 0 && j > k - MAX_SUBJECT_DISTANCE && tokens[j]!.sentence === sentence; j--) {
    const t = tokens[j]!;
    if (CLAUSE_STOP.has(t.text) && j < k) break;
    if (isI(t) || FIRST_SINGULAR.has(t.lower)) return 'i';
    if (FIRST_PLURAL.has(t.lower)) return 'we';
    if (t.lower === 'they' || t.lower === 'he' || t.lower === 'she' || t.lower === 'it') return 'other';
  }
  return 'none';
}

/** First and last token of the clause holding token `i` (clause edges are punctuation). */
export function clauseBounds(prep: Prepared, i: number): { first: number; last: number } {
  return prep.clauses[prep.tokens[i]!.clause] ?? { first: i, last: i };
}

/** Index of the next word or number token after `i` within the sentence, or -1. */
export function nextWord(prep: Prepared, i: number): number {
  const tokens = prep.tokens;
  for (let k = i + 1; k < tokens.length && tokens[k]!.sentence === tokens[i]!.sentence; k++) {
    if (tokens[k]!.kind !== 'punct') return k;
    if (tokens[k]!.text !== '-' && tokens[k]!.text !== '/') return -1;
  }
  return -1;
}

/** Index of the previous word token before `i` within the clause, or -1. */
export function previousWord(prep: Prepared, i: number): number {
  const tokens = prep.tokens;
  const k = i - 1;
  if (k < 0 || tokens[k]!.clause !== tokens[i]!.clause || tokens[k]!.kind === 'punct') return -1;
  return k;
}

/** True when any token from..to (inclusive) is in the set. */
export function anyIn(prep: Prepared, from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, from); k <= to && k < prep.tokens.length; k++)
    if (words.has(prep.tokens[k]!.lower)) return true;
  return false;
}

/** Words of a noun phrase after `i`: stops at punctuation, verbs we know, and conjunctions. */
export function phraseAfter(
  prep: Prepared,
  i: number,
  maxWords = 6,
  stop: ReadonlySet<string> = PHRASE_STOP,
): { first: number; last: number } | undefined {
  const tokens = prep.tokens;
  let last = -1;
  for (let k = i + 1, n = 0; k < tokens.length && n < maxWords; k++, n++) {
    const t = tokens[k]!;
    if (
      t.clause !== tokens[i + 1]?.clause ||
      (t.kind === 'punct' && t.text !== '-' && t.text !== '/' && t.text !== "'")
    )
      break;
    if (stop.has(t.lower)) break;
    last = k;
  }
  return last < 0 ? undefined : { first: i + 1, last };
}

const LEADING_PARTICLES = new Set(['out', 'on', 'in', 'with', 'up', 'to', 'about', 'into', 'around']);

/**
 * What a verb acts on, as text: "helped out on [the new onboarding checklist]", "should cut [late payments]
 * significantly". Steps over particles after the verb; stops at joiners, prepositions, adverbs and be-verbs.
 */
export function objectOf(prep: Prepared, verbLast: number, maxWords = 5): string | undefined {
  const tokens = prep.tokens;
  let at = verbLast;
  while (
    tokens[at + 1] &&
    tokens[at + 1]!.clause === tokens[verbLast]!.clause &&
    LEADING_PARTICLES.has(tokens[at + 1]!.lower)
  )
    at++;
  let last = -1;
  for (let k = at + 1, n = 0; k < tokens.length && n < maxWords; k++, n++) {
    const t = tokens[k]!;
    if (t.clause !== tokens[verbLast]!.clause || (t.kind === 'punct' && t.text !== '-' && t.text !== '/')) break;
    if (OBJECT_STOP.has(t.lower) || (t.kind === 'word' && isLyAdverb(t.lower))) break;
    last = k;
  }
  return last < 0 ? undefined : prep.text.slice(tokens[at + 1]!.start, tokens[last]!.end);
}

export const PHRASE_STOP: ReadonlySet<string> = new Set([...PHRASE_ENDERS, 'it', 'we', 'i', 'they', 'he', 'she']);

const PAST_FORMS = new Set(Object.values(PAST_TENSE));

/** The simple past of a verb we know, for rewrites: "boost" → "boosted", "improving" → "improved". */
export function pastTense(word: string): string | undefined {
  const w = word.toLowerCase();
  if (PAST_TENSE[w]) return PAST_TENSE[w];
  if (PAST_FORMS.has(w) || w.endsWith('ed')) return w;
  if (w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    return PAST_TENSE[stem] ?? PAST_TENSE[`${stem}e`];
  }
  if (w.endsWith('s')) return PAST_TENSE[w.slice(0, -1)];
  return undefined;
}

const OBJECT_STOP: ReadonlySet<string> = new Set([
  ...PHRASE_STOP,
  'once',
  'be',
  'been',
  'being',
  'had',
  'has',
  'have',
  'will',
  'would',
  'should',
]);

const NEGATION = wordSet(NEGATION_WORDS);

/**
 * Walks back from token `from` (exclusive) through the same clause, nearest first, at most
 * `max` tokens; stops early when `visit` returns true and says so. The one "look back N tokens
 * in this clause" loop for rules and components.
 */
export function someBefore(
  prep: Prepared,
  from: number,
  max: number,
  visit: (token: Token, at: number) => boolean,
): boolean {
  const tokens = prep.tokens;
  const clause = tokens[from]?.clause;
  for (let k = from - 1; k >= 0 && k >= from - max && tokens[k]!.clause === clause; k--)
    if (visit(tokens[k]!, k)) return true;
  return false;
}

/**
 * True when the clause denies what stands at `at`: "did not improve engagement", "No ticket or
 * alert had been raised", "never launched". A measured null result is a result, not a vague claim.
 */
export function negatedAt(prep: Prepared, at: number, max = 6): boolean {
  return someBefore(prep, at, max, (t) => NEGATION.has(t.lower) || t.lower.endsWith("n't"));
}

/** "engagment even more" → "engagment": degree words are no part of what moved. */
const trimDegree = (text: string) =>
  text.replace(/\s+(?:even|more|less|much|further|still|too|so|significantly|quite|a lot)\b.*$/iu, '');
/** An object names a metric when it starts with a word, not a pronoun, a determiner alone or a particle. */
const METRIC_LIKE =
  /^(?!(?:it|this|that|them|things|the app|the product|around|about|roughly|up|to|by|another|some|more|less|over|under|first|down|back|away|live|well)\b)\p{L}/iu;

/** The metric an object names, without degree words: "should cut late payments even more" → "late payments". */
export function metricNamed(object: string): string | undefined {
  return METRIC_LIKE.test(object) ? trimDegree(object) : undefined;
}
