import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { spanOf, type ComponentDetector } from '../passage';
import { outermostSpans } from '../spans';
import {
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
import type { Prepared } from '../prepare';
import type { Span } from '../types';

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
  detect({ prep }) {
    const mentions = findCollaborators(prep);
    const distinct = new Set(mentions.map((m) => m.text.toLowerCase().replace(/^(the|a|an|our|their|its)\s+/, '')));
    return distinct.size >= 2 ? mentions : [];
  },
};

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
