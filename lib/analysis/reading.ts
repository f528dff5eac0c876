/**
 * Who did what to which thing, read once per passage. No part-of-speech tagger: stories are
 * mostly "I + past-tense verb + object", résumé bullets that open on a verb, and verbs chained
 * to one subject ("I monitored …, identified …, and drove …"). For each verb we keep its actor
 * (the speaker, "we", someone else), what kind of act it is (a choice, a concrete action, a
 * measurement, a weak verb, a duty, talk, output, a state), whether it is negated or only
 * planned, and its object. Components and rules read these acts instead of word windows.
 */
import { compileLexicon, phraseAt, wordSet } from './lexicon';
import { isAdverb } from './grammar';
import type { Measure } from './measures';
import type { Prepared, Token } from './prepare';
import {
  AUXILIARIES,
  CARRY_JOINERS,
  CHOICE_VERBS,
  CHOOSING_TO,
  DATA_NOUNS,
  DATA_VERBS,
  DOING_TO,
  DUTY_VERBS,
  ED_NOT_VERBS,
  INPUT_OBJECTS,
  IRREGULAR_VERBS,
  MEANS_LEADS,
  MEASURE_VERBS,
  MODALS,
  NEGATED_AUXILIARIES,
  NEGATORS,
  NOT_GERUNDS,
  NOT_YET,
  REVERT_BASES,
  SCALE_BASES,
  RESULT_CLAIM_VERBS,
  OPENING_PARTICIPLES,
  OTHER_SUBJECTS,
  OUTPUT_VERBS_BASE,
  ROLE_VERBS,
  SPEAKER_SUBJECTS,
  STATE_VERBS,
  TALK_VERBS,
  TEAM_SUBJECTS,
  TITLE_OBJECTS,
  TRIAL_NOUNS,
  TRYING_VERBS,
  WEAK_VERBS,
  WEAK_WITH,
} from './data/acts';
import { PARTICLES, PHRASE_ENDERS } from './data/function-words';
import { CHANGE_NOUNS } from './data/verbs';
import { VAGUE_QUANTIFIERS } from './data/vague';

export type Actor = 'i' | 'we' | 'other' | 'bullet';
export type ActKind =
  | 'choice'
  | 'action'
  | 'measure'
  /** A result claimed as the act: "I cut our AWS costs by $40K a month". */
  | 'change'
  | 'weak'
  | 'duty'
  | 'talk'
  | 'output'
  | 'state';

export interface Act {
  actor: Actor;
  /** True when the subject was carried from an earlier verb, or implied by a bullet. */
  carried: boolean;
  /** First token of the act as a person would quote it: the subject, or the verb. */
  first: number;
  /** The lexical verb ("cut" in "decided to cut"), and its last token with particles ("rolled out"). */
  verb: number;
  verbLast: number;
  base: string;
  kind: ActKind;
  /** Said as a choice: "I decided to…", "I chose to…", "I opted for…". */
  chosen: boolean;
  negated: boolean;
  /** Under a modal, a plan or a wish: "I would test", "I wanted to cut". */
  hypothetical: boolean;
  passive: boolean;
  /** What the verb acts on, when it names something: "the pause offer", "a pilot with 10 agents". */
  object?: { first: number; last: number };
  /** Last token of the act's phrase: the verb and what follows it, up to a clause joiner. */
  last: number;
}

const IRREGULAR = new Map(Object.entries(IRREGULAR_VERBS));
const NOT_VERB_ED = wordSet(ED_NOT_VERBS);
const SPEAKER = wordSet(SPEAKER_SUBJECTS);
const TEAM = wordSet(TEAM_SUBJECTS);
const OTHERS = wordSet(OTHER_SUBJECTS);
const NEGATOR = wordSet(NEGATORS);
const NEGATED_AUX = wordSet(NEGATED_AUXILIARIES);
const AUX = wordSet(AUXILIARIES);
const MODAL = wordSet(MODALS);
const BE = wordSet(['was', 'were', 'am', "'m", 'is', 'are', 'been', 'be', 'being', "i'm", "'s"]);
const JOINERS = wordSet(CARRY_JOINERS);
const MEANS = wordSet(MEANS_LEADS);
const PARTICLE = wordSet(PARTICLES);
const TITLE = wordSet(TITLE_OBJECTS);
const TRIALS = wordSet(TRIAL_NOUNS);
const INPUTS = wordSet(INPUT_OBJECTS);
const CHANGE_NOUN = wordSet(CHANGE_NOUNS.filter((w) => !['more', 'less', 'up', 'down', 'better'].includes(w)));
const DATA = wordSet(DATA_NOUNS);
const VAGUE = compileLexicon(VAGUE_QUANTIFIERS);
/** Marks after which notes start a new statement even when the sentence segmenter runs on: "…). compared 3 clubs". */
const SEGMENT_MARKS = new Set([';', '.', '!', '?']);
const BULLET_MARKS = new Set(['-', '•', '*', '–', '·', '—', '>', '+']);
/** Punctuation that ends a chain of verbs; a bracket or a semicolon does not. */
const CHAIN_END = new Set(['.', '!', '?']);
/** Words that end an object: joiners, prepositions that start an adjunct, and verbs of being. */
const OBJECT_STOP = wordSet([
  ...PHRASE_ENDERS,
  'vs',
  'versus',
  'against',
  'via',
  'through',
  'per',
  'without',
  'instead',
  'once',
  'if',
  'where',
  'whereas',
  'till',
  'using',
  'under',
  'below',
  'above',
]);
/** Words that end an act's phrase. */
const PHRASE_STOP = wordSet(['and', 'but', 'which', 'so', 'because', 'while', 'then', 'after', 'before', 'whereas']);
const PHRASE_TRAILING = wordSet([
  'by',
  'to',
  'of',
  'for',
  'in',
  'on',
  'at',
  'from',
  'with',
  'the',
  'a',
  'an',
  'my',
  'vs',
  'versus',
  'against',
  'than',
  'incl',
  'including',
]);
const DETERMINER_LIKE = wordSet([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'our',
  'my',
  'their',
  'his',
  'her',
  'its',
  'your',
  'some',
  'all',
  'every',
  'each',
  'both',
  'no',
  'any',
  'it',
  'them',
  'him',
  'her',
  'us',
  'me',
]);
const PRONOUN_OBJECTS = wordSet(['it', 'this', 'that', 'them', 'everything', 'things']);

const lists = {
  choice: wordSet(CHOICE_VERBS),
  weak: wordSet(WEAK_VERBS),
  duty: wordSet(DUTY_VERBS),
  role: wordSet(ROLE_VERBS),
  talk: wordSet(TALK_VERBS),
  state: wordSet(STATE_VERBS),
  measure: wordSet(MEASURE_VERBS),
  data: wordSet(DATA_VERBS),
  trying: wordSet(TRYING_VERBS),
  output: wordSet(OUTPUT_VERBS_BASE),
  choosingTo: wordSet(CHOOSING_TO),
  doingTo: wordSet(DOING_TO),
  notYet: wordSet(NOT_YET),
  claim: wordSet(RESULT_CLAIM_VERBS),
  drive: wordSet(['drive', 'deliver', 'achieve', 'generate', 'produce', 'bring', 'create', 'lead']),
};
const KNOWN_BASES = new Set<string>([
  ...SCALE_BASES,
  ...REVERT_BASES,
  ...RESULT_CLAIM_VERBS,
  ...Object.values(lists).flatMap((s) => [...s]),
  ...IRREGULAR.values(),
  ...Object.keys(WEAK_WITH),
]);

/** The base forms a word could come from: "piloted" → pilot, "analysing" → analyse, "ran" → run. */
export function verbBases(word: string): readonly string[] {
  let bases = BASES_SEEN.get(word);
  if (!bases) {
    if (BASES_SEEN.size >= SEEN_LIMIT) BASES_SEEN.clear();
    bases = basesOf(word);
    BASES_SEEN.set(word, bases);
  }
  return bases;
}

/** Words recur across a passage, and every act asks for its verb's bases several times: remember them, boundedly. */
const BASES_SEEN = new Map<string, readonly string[]>();
const BASE_SEEN = new Map<string, string>();
const SEEN_LIMIT = 20_000;

function basesOf(word: string): string[] {
  const irregular = IRREGULAR.get(word);
  if (irregular) return [irregular, word];
  const out = [word];
  const undouble = (stem: string) =>
    stem.length > 2 && stem.at(-1) === stem.at(-2) && !'aeiouls'.includes(stem.at(-1)!) ? [stem.slice(0, -1)] : [];
  if (word.endsWith('ied') && word.length > 4) out.push(`${word.slice(0, -3)}y`);
  else if (word.endsWith('ed') && word.length > 3) {
    const stem = word.slice(0, -2);
    out.push(stem, `${stem}e`, ...undouble(stem));
  } else if (word.endsWith('ing') && word.length > 4) {
    const stem = word.slice(0, -3);
    out.push(stem, `${stem}e`, ...undouble(stem));
  } else if (word.endsWith('ies') && word.length > 4) out.push(`${word.slice(0, -3)}y`);
  else if (word.endsWith('es') && word.length > 3) out.push(word.slice(0, -2), word.slice(0, -1));
  else if (word.endsWith('s') && word.length > 3 && !word.endsWith('ss')) out.push(word.slice(0, -1));
  return out;
}

/** The one base form a verb reads as: "ran" → run, "piloted" → pilot, "moved" → move. */
export function verbBase(word: string): string {
  let base = BASE_SEEN.get(word);
  if (base === undefined) {
    if (BASE_SEEN.size >= SEEN_LIMIT) BASE_SEEN.clear();
    const bases = verbBases(word);
    base = IRREGULAR.has(word)
      ? bases[0]!
      : (bases.slice(1).find((b) => KNOWN_BASES.has(b)) ?? (KNOWN_BASES.has(word) ? word : (bases[1] ?? word)));
    BASE_SEEN.set(word, base);
  }
  return base;
}

function baseIn(bases: readonly string[], set: ReadonlySet<string>): string | undefined {
  return bases.find((b) => set.has(b));
}

/** A word that reads as a past tense or participle: "rewrote", "moved", "piloted". */
export function looksPast(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const w = token.lower;
  if (IRREGULAR.has(w)) return true;
  return w.endsWith('ed') && w.length > 3 && !NOT_VERB_ED.has(w) && !/^\p{Lu}{2,}/u.test(token.text);
}

/** A word that may be a verb in its base or -ing form, for chains in present-tense English. */
function looksVerb(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  if (looksPast(token)) return true;
  return verbBases(token.lower).some((b) => KNOWN_BASES.has(b));
}

function isSubjectWord(token: Token | undefined): Actor | undefined {
  if (!token || token.kind !== 'word') return undefined;
  if (SPEAKER.has(token.lower)) return 'i';
  if (TEAM.has(token.lower)) return 'we';
  if (OTHERS.has(token.lower)) return 'other';
  return undefined;
}

interface VerbGroup {
  first: number;
  verb: number;
  verbLast: number;
  negated: boolean;
  hypothetical: boolean;
  passive: boolean;
  /** "I was responsible for", "I was the lead": a role, not an act. */
  role: boolean;
  choice: boolean;
}

/**
 * The verb group starting at token `at`: steps over adverbs, negation, auxiliaries and modals,
 * reads "was + participle" as a passive and "decided to + verb" as a choice of that verb.
 */
function readVerbGroup(prep: Prepared, at: number, limit: number, impliedBe = false): VerbGroup | undefined {
  const tokens = prep.tokens;
  const group: VerbGroup = {
    first: at,
    verb: -1,
    verbLast: -1,
    negated: false,
    hypothetical: false,
    passive: false,
    role: false,
    choice: false,
  };
  let k = at;
  let be = impliedBe;
  for (let steps = 0; k < limit && steps < 8; steps++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return undefined;
    const w = t.lower;
    if (NEGATED_AUX.has(w) || NEGATOR.has(w) || (w === 'no' && tokens[k + 1]?.lower === 'longer')) {
      group.negated = true;
      k += w === 'no' ? 2 : 1;
      continue;
    }
    if (w === 'failed' && tokens[k + 1]?.lower === 'to') {
      group.negated = true;
      k += 2;
      continue;
    }
    if (MODAL.has(w) || w === "'d" || w === 'gonna') {
      group.hypothetical = true;
      k++;
      continue;
    }
    if (BE.has(w)) {
      be = true;
      k++;
      continue;
    }
    if (AUX.has(w)) {
      // "I had already decided" steps over "had"; "I had 3 reports", "I did the analysis" are verbs.
      if (!looksVerbAfter(tokens, k + 1, limit)) break;
      k++;
      continue;
    }
    if (isAdverb(t)) {
      k++;
      continue;
    }
    break;
  }
  if (k >= limit) return undefined;
  const t = tokens[k]!;
  if (t.kind !== 'word') return undefined;
  if (be) {
    if (t.lower === 'going' && tokens[k + 1]?.lower === 'to') {
      group.hypothetical = true;
      k += 2;
    } else if (looksPast(t)) group.passive = true;
    else if (!t.lower.endsWith('ing')) {
      // "I was the lead", "I was responsible for", "I was in charge of": a role.
      group.role = true;
      group.verb = group.verbLast = k;
      return group;
    }
  }
  const bases = verbBases(tokens[k]!.lower);
  // "decided to cut", "managed to ship", "wanted to test": the infinitive names the act.
  if (tokens[k + 1]?.lower === 'to' && looksVerbAfter(tokens, k + 2, limit) && !group.passive) {
    if (baseIn(bases, lists.choosingTo)) group.choice = true;
    else if (baseIn(bases, lists.notYet)) group.hypothetical = true;
    else if (!baseIn(bases, lists.doingTo)) return finish(group, k, tokens, limit);
    group.first = Math.min(group.first, k);
    const inner = readVerbGroup(prep, k + 2, limit);
    if (!inner || inner.role) return finish(group, k, tokens, limit);
    return {
      ...inner,
      first: group.first,
      negated: group.negated || inner.negated,
      hypothetical: group.hypothetical || inner.hypothetical,
      choice: group.choice || inner.choice,
    };
  }
  if (group.passive && baseIn(bases, lists.notYet) && tokens[k + 1]?.lower === 'to') group.hypothetical = true;
  return finish(group, k, tokens, limit);
}

function finish(group: VerbGroup, verb: number, tokens: readonly Token[], limit: number): VerbGroup {
  let last = verb;
  while (last + 1 < limit && last < verb + 2 && PARTICLE.has(tokens[last + 1]!.lower)) last++;
  return { ...group, verb, verbLast: last };
}

function looksVerbAfter(tokens: readonly Token[], at: number, limit: number): boolean {
  let k = at;
  while (k < limit && (isAdverb(tokens[k]) || NEGATOR.has(tokens[k]!.lower))) k++;
  const t = tokens[k];
  return !!t && k < limit && t.kind === 'word' && !DETERMINER_LIKE.has(t.lower) && !BE.has(t.lower);
}

/** The object after the verb: up to eight words, stopping at a preposition, a joiner or punctuation. */
function objectAfter(prep: Prepared, verbLast: number, limit: number): { first: number; last: number } | undefined {
  const tokens = prep.tokens;
  let last = -1;
  for (let k = verbLast + 1; k < limit && k <= verbLast + 8; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && !['-', '/', "'", '%', '$', '€', '£', '&', '+'].includes(t.text)) break;
    const determinerThat =
      k === verbLast + 1 && (t.lower === 'that' || t.lower === 'this') && tokens[k + 1]?.kind === 'word';
    if (OBJECT_STOP.has(t.lower) && !(t.lower === 'of' || (k === verbLast + 1 && t.lower === 'to') || determinerThat))
      break;
    if (k > verbLast + 1 && looksPast(t) && JOINERS.has(tokens[k - 1]!.lower)) break;
    last = k;
  }
  while (last > verbLast && tokens[last]!.kind === 'punct') last--;
  return last > verbLast ? { first: verbLast + 1, last } : undefined;
}

/** Last token of the act's phrase: up to ten tokens after the verb, within the clause. */
function phraseEnd(prep: Prepared, verbLast: number, limit: number): number {
  const tokens = prep.tokens;
  let last = verbLast;
  for (let k = verbLast + 1; k < limit && k <= verbLast + 10; k++) {
    const t = tokens[k]!;
    if (t.clause !== tokens[verbLast]!.clause || PHRASE_STOP.has(t.lower)) break;
    last = k;
  }
  while (
    last > verbLast &&
    (PHRASE_TRAILING.has(tokens[last]!.lower) || (tokens[last]!.kind === 'punct' && tokens[last]!.text !== '%'))
  )
    last--;
  return last;
}

function kindOf(prep: Prepared, group: VerbGroup, object: { first: number; last: number } | undefined): ActKind {
  const tokens = prep.tokens;
  if (group.role) return 'duty';
  const w = tokens[group.verb]!.lower;
  const bases = verbBases(w);
  const next = tokens[group.verbLast + 1]?.lower ?? '';
  const objectWords = object ? tokens.slice(object.first, object.last + 1) : [];
  const objectHas = (set: ReadonlySet<string>) => objectWords.some((t) => set.has(t.lower));
  const base = bases.find((b) => WEAK_WITH[b]);
  if (base && WEAK_WITH[base]!.includes(next)) return 'weak';
  if (baseIn(bases, lists.weak)) return 'weak';
  // "drove a lot of the conversations": a fuzzy object is no concrete act.
  if (object && phraseAt(prep, VAGUE, object.first)) return 'weak';
  if (baseIn(bases, lists.measure)) return 'measure';
  if (baseIn(bases, lists.data) && (objectHas(DATA) || objectWords.some((t) => t.kind === 'number'))) return 'measure';
  if (baseIn(bases, lists.trying) && objectHas(TRIALS)) return 'measure';
  if (baseIn(bases, lists.role)) {
    const head = objectWords.filter((t) => t.kind === 'word' && !DETERMINER_LIKE.has(t.lower));
    const ofAt = head.findIndex((t) => t.lower === 'of');
    const governed = ofAt >= 0 ? head.slice(0, ofAt) : head;
    const pronoun = objectWords.length > 0 && objectWords.every((t) => PRONOUN_OBJECTS.has(t.lower));
    if (governed.some((t) => TITLE.has(t.lower)) || (pronoun && !baseIn(bases, lists.trying))) return 'duty';
    return 'action';
  }
  if (baseIn(bases, lists.duty)) return 'duty';
  // "Improved picking process", "Drove significant reduction in errors": a result claimed as the act.
  if (baseIn(bases, lists.claim)) return 'change';
  if (baseIn(bases, lists.drive) && objectWords.some((t) => CHANGE_NOUN.has(t.lower))) return 'change';
  if (baseIn(bases, lists.talk)) return 'talk';
  if (baseIn(bases, lists.output)) return 'output';
  if (baseIn(bases, lists.choice)) return 'choice';
  if (baseIn(bases, lists.state)) return 'state';
  return 'action';
}

function makeAct(prep: Prepared, group: VerbGroup, actor: Actor, carried: boolean, first: number, limit: number): Act {
  const object = group.role ? undefined : objectAfter(prep, group.verbLast, limit);
  let kind = kindOf(prep, group, object);
  if (group.choice && kind !== 'weak') kind = kind === 'measure' ? 'measure' : 'choice';
  const tokens = prep.tokens;
  let passiveActor = actor;
  if (group.passive) {
    // "was reviewed by me": the agent is the speaker after all.
    let by = -1;
    for (let i = group.verbLast + 1; i < tokens.length && i <= group.verbLast + 4 && by < 0; i++)
      if (tokens[i]!.lower === 'by') by = i;
    passiveActor = by > 0 && (tokens[by + 1]?.lower === 'me' || tokens[by + 1]?.lower === 'myself') ? 'i' : 'other';
  }
  return {
    actor: group.passive ? passiveActor : actor,
    carried,
    first,
    verb: group.verb,
    verbLast: group.verbLast,
    base: verbBase(tokens[group.verb]!.lower),
    kind,
    chosen: group.choice,
    negated: group.negated,
    hypothetical: group.hypothetical,
    passive: group.passive,
    ...(object ? { object } : {}),
    last: group.role ? group.verb : phraseEnd(prep, group.verbLast, limit),
  };
}

/** Reads every act in the passage, in text order. */
export function readActs(prep: Prepared, measures: readonly Measure[]): Act[] {
  const acts: Act[] = [];
  for (const s of prep.sentences) readSentence(prep, s.firstToken, s.endToken, acts);
  const moved = new Set<number>();
  for (const m of measures) if (m.role === 'outcome' && m.changeVerb !== undefined) moved.add(m.changeVerb);
  for (const act of acts) if (claimsResult(prep, act, moved)) act.kind = 'change';
  return acts;
}

/**
 * "I cut our AWS costs by $40K a month", "Increased NPS from 31 to 44": the verb moves a measured
 * quantity, so it states the result, not what was done. "I cut the webinar budget by a third"
 * moves an input the speaker controls, and stays a choice.
 */
function claimsResult(prep: Prepared, act: Act, moved: ReadonlySet<number>): boolean {
  if ((act.kind !== 'action' && act.kind !== 'choice') || act.chosen) return false;
  if (!moved.has(act.verb)) return false;
  const object = act.object ? prep.tokens.slice(act.object.first, act.object.last + 1) : [];
  return !object.some((t) => INPUTS.has(t.lower));
}

function readSentence(prep: Prepared, from: number, to: number, acts: Act[]): void {
  const tokens = prep.tokens;
  /** The actor whose verbs a joiner can carry on, and whether chained verbs must look past. */
  let chain: { actor: Actor; presentTense: boolean; hypothetical: boolean } | undefined;
  let k = from;
  // A bullet or a note opens on its verb: "Cut cloud spend…", "- ran pilot w/ 10 agents".
  while (k < to && BULLET_MARKS.has(tokens[k]!.text)) k++;
  const opening = k;
  for (; k < to; k++) {
    const t = tokens[k]!;
    const before = tokens[k - 1];
    const segmentStart = k === opening || (before && (SEGMENT_MARKS.has(before.text) || BULLET_MARKS.has(before.text)));
    const subject = isSubjectWord(t);
    if (subject) {
      // "my manager and I decided": the speaker decides jointly.
      let at = k + 1;
      if (tokens[at]?.text === ',') {
        // "I, with two peers, decided…": step over the aside.
        let close = -1;
        for (let i = at + 1; i < Math.min(to, at + 10) && close < 0; i++) if (tokens[i]!.text === ',') close = i;
        if (close > 0) at = close + 1;
      }
      // "I'm proud of", "we're rolling it out": the verb of being is inside the subject.
      const group = at < to ? readVerbGroup(prep, at, to, /'(m|re|s)$/.test(t.lower)) : undefined;
      if (group && group.verb >= 0 && (group.role || group.passive || plausibleVerb(tokens, group.verb, subject))) {
        // "I'd expect", "we'll roll it out": the modal is inside the subject.
        // "I'd pulled the logs" is a past perfect; "I'd expect" is a modal.
        if (/'ll$/.test(t.lower) || (/'d$/.test(t.lower) && !looksPast(tokens[group.verb]))) group.hypothetical = true;
        const act = makeAct(prep, group, subject, false, k, to);
        // "A failure I own:", "the changes I made were …": a relative clause describes a noun.
        if (!relativeClause(tokens, k, act)) acts.push(act);
        chain = { actor: subject, presentTense: !looksPast(tokens[group.verb]), hypothetical: group.hypothetical };
        k = group.verbLast;
        continue;
      }
      chain = undefined;
      continue;
    }
    if (segmentStart && looksPast(t) && !subjectNounFollows(tokens, k, to) && !openingAside(tokens, k, to)) {
      const group = readVerbGroup(prep, k, to);
      if (group && group.verb >= 0) {
        acts.push(makeAct(prep, group, 'bullet', true, k, to));
        chain = { actor: 'bullet', presentTense: false, hypothetical: group.hypothetical };
        k = group.verbLast;
        continue;
      }
    }
    // A noun subject opening its clause: "the council funded …", "the new menu was applied in …".
    if (
      (looksPast(t) || BE.has(t.lower)) &&
      !(chain && before && JOINERS.has(before.lower)) &&
      nounSubjectBefore(tokens, k)
    ) {
      const group = readVerbGroup(prep, k, to);
      if (group && group.verb >= 0 && !group.role) {
        acts.push(makeAct(prep, group, 'other', false, k, to));
        chain = { actor: 'other', presentTense: false, hypothetical: group.hypothetical };
        k = group.verbLast;
        continue;
      }
    }
    if (!chain) continue;
    // A chained verb after a joiner or a comma: "…, identified …, and drove …", "…; verified …".
    const joined = before && (JOINERS.has(before.lower) || before.text === ',' || before.text === ';');
    if (
      joined &&
      (looksPast(t) ||
        ((chain.presentTense || opensPhrase(tokens[k + 1])) && looksVerb(t) && !t.lower.endsWith('ing'))) &&
      !isNounAfterArticle(tokens, k) &&
      !BE.has(tokens[k + 1]?.lower ?? '')
    ) {
      const group = readVerbGroup(prep, k, to);
      if (group && group.verb >= 0) {
        // "I would test it and roll it out": a modal governs the verbs it is chained to.
        if (chain.hypothetical) group.hypothetical = true;
        acts.push(makeAct(prep, group, chain.actor, true, k, to));
        k = group.verbLast;
        continue;
      }
    }
    // A means clause: "by moving the pause offer", "after rewriting the rules", ", verifying …".
    if (
      t.lower.endsWith('ing') &&
      t.lower.length > 5 &&
      before &&
      (MEANS.has(before.lower) || before.text === ',') &&
      readsAsGerund(t) &&
      takesObject(tokens[k + 1])
    ) {
      const group = readVerbGroup(prep, k, to);
      if (group && group.verb >= 0) {
        const act = makeAct(prep, group, chain.actor, true, before.text === ',' ? k : k - 1, to);
        if (before.lower === 'without') act.negated = true;
        acts.push(act);
        k = group.verbLast;
        continue;
      }
    }
    // A new subject that is not a pronoun ends the chain: "…, and conversion rose".
    if (
      t.kind === 'word' &&
      before &&
      JOINERS.has(before.lower) &&
      !looksVerb(t) &&
      !isAdverb(t) &&
      !NOT_SUBJECTS.has(t.lower)
    )
      chain = undefined;
    if (CHAIN_END.has(t.text)) chain = undefined;
    // A modal governs its own clause: "it would cut complaints by a quarter; the actual, measured …".
    else if (chain && (t.text === ';' || t.text === ':')) chain.hypothetical = false;
  }
}

const ING_NOUNS = wordSet(NOT_GERUNDS);

/** "by writing macros", "after moving the jobs": a verb in a means clause acts on something. */
function takesObject(next: Token | undefined): boolean {
  return !!next && next.kind !== 'punct' && !JOINERS.has(next.lower) && !BE.has(next.lower) && !MODAL.has(next.lower);
}

/** An -ing word that reads as a verb in a means clause: "by moving", not "by the morning". */
function readsAsGerund(token: Token): boolean {
  return !ING_NOUNS.has(token.lower);
}

/** After a subject, a word is its verb unless it plainly is not: "I, too", "I personally". */
function plausibleVerb(tokens: readonly Token[], at: number, actor: Actor): boolean {
  const t = tokens[at]!;
  if (t.kind !== 'word' || DETERMINER_LIKE.has(t.lower) || JOINERS.has(t.lower)) return false;
  if (actor === 'other') return looksVerb(t) || looksPast(t);
  return true;
}

/** "Based on the calculator, I…", "Compared to last year, we…": an opening participle, not a bullet. */
function openingAside(tokens: readonly Token[], at: number, to: number): boolean {
  if (!OPENING.has(tokens[at]!.lower) || !ASIDE_LEADS.has(tokens[at + 1]?.lower ?? '')) return false;
  for (let k = at + 1; k < to && k <= at + 12; k++) if (tokens[k]!.text === ',') return true;
  return false;
}
const OPENING = wordSet(OPENING_PARTICIPLES);
const PERFECT = wordSet(['had', 'have', 'has', 'did', 'do', 'does']);
const ASIDE_LEADS = wordSet([
  'to',
  'with',
  'on',
  'by',
  'upon',
  'from',
  'in',
  'against',
  'at',
  'for',
  'as',
  'that',
  'the',
  'a',
  'an',
  'our',
  'my',
  'this',
  'these',
]);
/** Words after a joiner that start no new subject: "and first", "but only", "and on the app". */
const NOT_SUBJECTS = wordSet([
  'first',
  'only',
  'on',
  'in',
  'at',
  'for',
  'with',
  'to',
  'by',
  'from',
  'after',
  'before',
  'also',
  'then',
  'later',
  'finally',
  'not',
  'never',
]);

/**
 * "The data-platform team then copied …", "the council funded …": the words before `at` are a
 * noun phrase that opens its clause, so they are the verb's subject.
 */
function nounSubjectBefore(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && isAdverb(tokens[k]) && !PERFECT.has(tokens[k]!.lower)) k--;
  const head = tokens[k];
  if (!head || head.kind !== 'word' || head.sentence !== tokens[at]!.sentence) return false;
  if (DETERMINER_LIKE.has(head.lower) || OBJECT_STOP.has(head.lower) || JOINERS.has(head.lower) || isSubjectWord(head))
    return false;
  for (let j = k; j >= 0 && j > k - 6; j--) {
    const t = tokens[j]!;
    if (t.sentence !== head.sentence || (t.kind === 'punct' && t.text !== '-' && t.text !== "'" && t.text !== '’'))
      return true;
    if (JOINERS.has(t.lower) && j < k) return true;
    if (
      t.kind === 'word' &&
      (looksPast(t) || BE.has(t.lower) || MODAL.has(t.lower) || (OBJECT_STOP.has(t.lower) && !JOINERS.has(t.lower)))
    )
      return false;
    if (j === 0) return true;
  }
  return false;
}

function relativeClause(tokens: readonly Token[], subject: number, act: Act): boolean {
  const before = tokens[subject - 1];
  if (!before || before.kind !== 'word' || before.sentence !== tokens[subject]!.sentence || act.object) return false;
  if (JOINERS.has(before.lower) || RELATIVE_OPENERS.has(before.lower) || isAdverb(before)) return false;
  const next = tokens[act.verbLast + 1];
  return !next || next.kind === 'punct' || BE.has(next.lower);
}
const RELATIVE_OPENERS = wordSet([
  'that',
  'which',
  'who',
  'when',
  'where',
  'because',
  'if',
  'as',
  'since',
  'until',
  'once',
  'though',
  'although',
  'how',
  'what',
  'why',
  'while',
  'after',
  'before',
  'so',
]);

/** "Estimated meter reads were 18%": a participle that opens a subject, not a bullet's verb. */
function subjectNounFollows(tokens: readonly Token[], at: number, to: number): boolean {
  for (let k = at + 1; k < to && k <= at + 3; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (BE.has(t.lower)) return true;
  }
  return false;
}

/** "and compare with the other tables": a base verb chained in present-tense English takes an object. */
function opensPhrase(next: Token | undefined): boolean {
  return !!next && (DETERMINER_LIKE.has(next.lower) || OPENERS.has(next.lower));
}
const OPENERS = wordSet(['with', 'to', 'on', 'in', 'for', 'against', 'across', 'out', 'up', 'back']);

/** "the redesigned flow": a participle after an article is an adjective. */
function isNounAfterArticle(tokens: readonly Token[], at: number): boolean {
  return DETERMINER_LIKE.has(tokens[at - 1]?.lower ?? '');
}

/** Acts by the speaker that are choices or concrete actions, done and not denied. */
export function speakerActs(acts: readonly Act[]): Act[] {
  return acts.filter(
    (a) =>
      (a.actor === 'i' || a.actor === 'bullet') &&
      !a.negated &&
      !a.hypothetical &&
      (a.kind === 'choice' || a.kind === 'action' || a.kind === 'measure'),
  );
}
