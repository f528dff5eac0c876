import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { spanOf, type ComponentDetector } from '../passage';
import { outermostSpans } from '../spans';
import {
  COLLABORATION_LEADS,
  NOT_AGENT_NOUNS,
  ORG_NOUNS,
  DEPARTMENTS,
  FUNCTIONS,
  NAMED_ROLE_HEADS,
  PERSON_ROLES,
  ROLE_HEADS,
  ROLE_LEAD_INS,
  STANDALONE_ROLES,
  VAGUE_ROLE_MODIFIERS,
} from '../data/roles';
import { MONTHS, QUARTERS, WEEKDAYS } from '../data/time';
import type { Prepared, Token } from '../prepare';
import type { Span } from '../types';
import { looksPast, type Act } from '../reading';

const FUNCTION_WORDS = wordSet(FUNCTIONS);
const HEADS = wordSet(ROLE_HEADS);
const HEAD_WORDS = compileLexicon(ROLE_HEADS);
const FROM = compileLexicon(['from']);
const STANDALONE = compileLexicon(STANDALONE_ROLES);
const DEPARTMENT_NAMES = compileLexicon(DEPARTMENTS);
const CUES = wordSet(['with', 'and', 'alongside', 'plus', 'from', 'by']);
const DETERMINERS = wordSet([
  'the',
  'a',
  'an',
  'our',
  'their',
  'its',
  'two',
  'three',
  'both',
  'each',
  'every',
  'several',
]);
const NAMED_HEADS = wordSet(NAMED_ROLE_HEADS);
const VAGUE = wordSet(VAGUE_ROLE_MODIFIERS);
const PERSONS = wordSet(PERSON_ROLES);
/** Pharmacist, agronomist, technician; not a checklist, a shortlist or "assist". */
const PERSON_SUFFIX = /(?<!l|s)ists?$|ians?$/;
const LEAD_INS = wordSet(ROLE_LEAD_INS);
/** "+" and "&" join names in notes: "w/ the risk lead + payments eng". */
const JOINERS = new Set(['+', '&']);
const CLAUSE_OPENERS = wordSet(['the', 'our', 'my', 'their']);
const NAME_DETERMINERS = wordSet(['the', 'a', 'an', 'two', 'three', 'four', 'both', 'our', 'my', 'their']);
const NOT_NAMES = wordSet([
  ...MONTHS,
  ...QUARTERS,
  ...WEEKDAYS,
  'i',
  'a',
  'the',
  'ab',
  'ai',
  'ml',
  'api',
  'sql',
  'ui',
  'ux',
]);

/** At least two other named owners or functions: "with the finance lead and the analytics team". */
export const collaboration: ComponentDetector = {
  id: 'collaboration',
  question: 'Who else owned a piece of it, and which piece?',
  detect({ prep, acts }) {
    const cued = cuedCollaborators(prep, acts);
    const mentions = outermostSpans([...findCollaborators(prep), ...cued]);
    // Two owners named, and at least one of them named as working with the speaker: mentioning
    // "the director" and "the vendor" is not collaboration.
    return new Set(mentions.map(nameOf)).size >= 2 && cued.length > 0 ? mentions : [];
  },
};

const nameOf = (m: Span) => m.text.toLowerCase().replace(/^(the|a|an|our|their|its|my)\s+/, '');

const CUE_PHRASES = compileLexicon(COLLABORATION_LEADS);
const SEPARATORS = new Set([',', 'and', '+', '&', '/', 'plus']);
const AGENT_SUFFIX = /(?:er|or|ist|ian)s?$/;
const FUNCTION_ONLY = wordSet(FUNCTIONS.filter((f) => !PERSON_ROLES.includes(f) && !ROLE_HEADS.includes(f)));
const ROLE_WORDS = wordSet([...ROLE_HEADS, ...PERSON_ROLES, ...FUNCTIONS, ...DEPARTMENTS, ...ORG_NOUNS]);
const NOT_AGENT = wordSet(NOT_AGENT_NOUNS);

/** A word that names a person, a role, a function or an organisation: "pharmacist", "IT", "the fuel contractor". */
function namesSomeone(t: Token): boolean {
  if (t.kind !== 'word' || NOT_AGENT.has(t.lower)) return false;
  // "IT" names a function only in capitals; "it" is a pronoun.
  if (t.lower === 'it') return t.text === 'IT';
  if (ABBREVIATED.has(t.lower)) return true;
  if (ROLE_WORDS.has(t.lower)) return true;
  return t.lower.length > 5 && AGENT_SUFFIX.test(t.lower);
}
const ABBREVIATED = wordSet([
  'it',
  'cx',
  'hr',
  'qa',
  'ux',
  'pm',
  'pms',
  'sre',
  'eng',
  'ops',
  'cfo',
  'ceo',
  'cto',
  'coo',
  'vp',
]);
/** Heads that name no one without a word in front: "the team", "my leadership". */
const GENERIC = wordSet([
  'team',
  'teams',
  'group',
  'folks',
  'people',
  'staff',
  'leadership',
  'management',
  'org',
  'department',
  'partners',
  'everyone',
  'colleagues',
  'peers',
  'managers',
  'engineers',
  'stakeholders',
]);

/**
 * One item of a list of owners: it ends in a word that names someone ("the nursing director",
 * "two pharmacy chains", "head of fundraising"), and a generic head needs its speciality
 * ("the mobile team", not "the team"). Numbers and articles in front do not make it specific.
 */
function namesOwner(items: readonly Token[]): boolean {
  let end = items.length - 1;
  const of = items.findIndex((t) => t.lower === 'of');
  if (of > 0) end = of - 1; // "head of fundraising": the head is before "of"
  const head = items[end];
  const stops = (t: Token) => STOP_IN_ITEM.has(t.text) || looksPast(t);
  if (!head || !namesSomeone(head) || items.some(stops)) return false;
  // A function names its people only on its own ("legal", "data science"), not as a noun's last
  // word ("real conversion data").
  const words = items.slice(0, end + 1).filter((t) => t.kind === 'word' && !NOT_SPECIFIC.has(t.lower));
  if (FUNCTION_ONLY.has(head.lower) && words.length > 2) return false;
  if (!GENERIC.has(head.lower)) return true;
  return items.slice(0, end).some((t) => t.kind === 'word' && !NOT_SPECIFIC.has(t.lower));
}
const LIST_PUNCT = new Set([',', '+', '&', '/', '-', "'", '’']);
/** Words that end a list item as written (a lowercase "it" is a pronoun, "IT" a function). */
const STOP_IN_ITEM = new Set([
  'how',
  'it',
  'this',
  'that',
  'what',
  'which',
  'who',
  'i',
  'we',
  'they',
  'was',
  'were',
  'is',
  'are',
]);
const NOT_SPECIFIC = wordSet([
  'the',
  'a',
  'an',
  'our',
  'my',
  'their',
  'his',
  'her',
  'its',
  'two',
  'three',
  'four',
  'five',
  'six',
  'several',
  'many',
  'some',
  'all',
  'both',
  'other',
  'whole',
  'entire',
  'wider',
  'senior',
  'junior',
  'new',
  'old',
  'same',
  'own',
  'every',
  'each',
  'few',
  'key',
]);

/**
 * Owners named after a cue of working together, read as a list: "with the nursing director and
 * hospital IT", "w/ legal, finance, ops", "together with the shift leaders and IT support", or as
 * the subject of a shared act: "Maintenance and quality signed off".
 */
function cuedCollaborators(prep: Prepared, acts: readonly Act[]): Span[] {
  const tokens = prep.tokens;
  const out: Span[] = [];
  const readList = (from: number, to: number) => {
    let first = from;
    for (let k = from; k <= to + 1; k++) {
      const t = tokens[k];
      const end =
        k > to ||
        !t ||
        (t.kind === 'punct'
          ? SEPARATORS.has(t.text) === false && t.text !== "'" && t.text !== '’' && t.text !== '-'
          : false);
      const sep = !end && t && (SEPARATORS.has(t.text) || SEPARATORS.has(t.lower)) && k > first;
      if (end || sep || k - first > 6) {
        let last = k - 1;
        while (last >= first && tokens[last]!.kind === 'punct') last--;
        let start = first;
        while (start <= last && (tokens[start]!.kind === 'punct' || SEPARATORS.has(tokens[start]!.lower))) start++;
        if (start <= last && namesOwner(tokens.slice(start, last + 1))) out.push(spanOf(prep, start, last));
        if (end || k - first > 6) return;
        first = k + 1;
      }
    }
  };
  for (const m of findPhrases(prep, CUE_PHRASES)) {
    // A list runs on over commas: "w/ legal, finance, ops"; it ends at other punctuation or a verb's word.
    let to = m.last;
    for (let k = m.last + 1; k < tokens.length && k <= m.last + 14; k++) {
      const t = tokens[k]!;
      if (t.sentence !== tokens[m.last]!.sentence || VERB_STOP.has(t.lower)) break;
      if (t.kind === 'punct' && !LIST_PUNCT.has(t.text)) break;
      to = k;
    }
    readList(m.last + 1, to);
  }
  // "Maintenance and quality signed off", "The CFO and the head of sales agreed": a shared act's subject.
  for (const act of acts) {
    if (act.actor !== 'other' || act.passive || act.carried) continue;
    const clause = prep.clauses[tokens[act.first]!.clause]!;
    const subject = tokens.slice(clause.first, act.first);
    if (subject.some((t) => t.lower === 'and' || t.text === '+' || t.text === '&'))
      readList(clause.first, act.first - 1);
  }
  return out;
}
const VERB_STOP = wordSet([
  'to',
  'who',
  'which',
  'that',
  'on',
  'in',
  'for',
  'over',
  'after',
  'before',
  'so',
  'because',
  'while',
  'when',
  'then',
  'was',
  'were',
  'is',
  'are',
  'had',
  'by',
]);

/** Every named role, function or person other than the speaker. */
export function findCollaborators(prep: Prepared): Span[] {
  const tokens = prep.tokens;
  const spans: Span[] = [];
  for (const { first: k } of findPhrases(prep, HEAD_WORDS)) {
    const t = tokens[k]!;
    let first = k;
    while (
      first > 0 &&
      first > k - 3 &&
      tokens[first - 1]!.clause === t.clause &&
      FUNCTION_WORDS.has(tokens[first - 1]!.lower)
    )
      first--;
    if (first === k) continue;
    if (first > 0 && DETERMINERS.has(tokens[first - 1]!.lower) && tokens[first - 1]!.clause === t.clause) first--;
    spans.push(spanOf(prep, first, k));
  }
  for (const m of findPhrases(prep, STANDALONE)) {
    const before = tokens[m.first - 1];
    spans.push(
      spanOf(
        prep,
        before && DETERMINERS.has(before.lower) && before.clause === tokens[m.first]!.clause ? m.first - 1 : m.first,
        m.last,
      ),
    );
  }
  // A department on its own after a lead-in: "with legal and procurement".
  for (const m of findPhrases(prep, DEPARTMENT_NAMES)) {
    const before = tokens[m.first - 1];
    const after = tokens[m.last + 1];
    const alone = !after || after.kind === 'punct' || !HEADS.has(after.lower);
    if (before && CUES.has(before.lower) && alone && !FUNCTION_WORDS.has(after?.lower ?? ''))
      spans.push(spanOf(prep, m.first, m.last));
  }
  // A person and their function: "Priya from finance", "Tom from the data team".
  for (const { first: from } of findPhrases(prep, FROM)) {
    const k = from - 1;
    const t = tokens[k];
    if (!t || from + 1 >= tokens.length || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text) || NOT_NAMES.has(t.lower)) continue;
    const fn = tokens[k + 2]!.lower === 'the' ? k + 3 : k + 2;
    if (tokens[fn] && FUNCTION_WORDS.has(tokens[fn]!.lower))
      spans.push(spanOf(prep, k, HEADS.has(tokens[fn + 1]?.lower ?? '') ? fn + 1 : fn));
  }
  spans.push(...namedRoles(prep));
  return outermostSpans(spans);
}

/**
 * A role named after a lead-in, whatever its speciality: "with the bed-management nurse lead and
 * the porters' supervisor", "signed off by the news editor", "w/ the risk lead + payments eng".
 * A team noun needs one to three words in front ("with the team" alone names nobody); a job that
 * names a person does not ("with the treasurer").
 */
function namedRoles(prep: Prepared): Span[] {
  const tokens = prep.tokens;
  const spans: Span[] = [];
  /** The role named from token `start` on (a determiner, up to three words, the role noun), or nothing. */
  const roleFrom = (start: number, clause: number) => {
    let first = start;
    if (NAME_DETERMINERS.has(tokens[first]?.lower ?? '')) first++;
    let words = 0;
    for (let j = first; j < tokens.length && j <= first + 4 && tokens[j]!.clause === clause; j++) {
      const w = tokens[j]!;
      if (w.kind === 'punct') {
        if (w.text === "'" || w.text === '’') continue;
        return;
      }
      if (w.kind !== 'word' || VAGUE.has(w.lower) || LEAD_INS.has(w.lower)) return;
      if (
        (words >= 1 && NAMED_HEADS.has(w.lower)) ||
        PERSONS.has(w.lower) ||
        (w.lower.length > 5 && PERSON_SUFFIX.test(w.lower))
      ) {
        // "the nurse lead", "the chef team": a role noun can name the role in front of it.
        const end = NAMED_HEADS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 1]!.clause === clause ? j + 1 : j;
        spans.push(spanOf(prep, start, end));
        return;
      }
      if (++words > 3) return;
    }
  };
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') {
      if (JOINERS.has(t.text)) roleFrom(k + 1, t.clause);
      continue;
    }
    // "w/" is two tokens: w and the slash.
    if (t.lower === 'w' && tokens[k + 1]!.text === '/') roleFrom(k + 2, tokens[k + 1]!.clause);
    else if (LEAD_INS.has(t.lower)) roleFrom(k + 1, t.clause);
    // A clause that opens on a role: "the principal and the literacy coach then extended it".
    else if ((k === 0 || tokens[k - 1]!.clause !== t.clause) && CLAUSE_OPENERS.has(t.lower)) roleFrom(k, t.clause);
  }
  return spans;
}
