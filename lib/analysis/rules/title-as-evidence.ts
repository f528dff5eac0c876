import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { isI, objectOf } from '../grammar';
import { matchOf, type Rule } from '../passage';
import { midSentence } from '../rewrite';
import type { Prepared } from '../prepare';
import { BULLET_DUTY_PHRASES, BULLET_LEAD_VERBS, ROLE_TITLE_PHRASES, TITLE_NOUNS } from '../data/claims';
import { PEOPLE_NOUNS } from '../data/function-words';

const PHRASES = compileLexicon(ROLE_TITLE_PHRASES);
const SIZE_NOUNS = wordSet(PEOPLE_NOUNS);
const BE = wordSet(['was', 'am', 'became']);
const I_AM = wordSet(["i'm", 'i’m']);
const TITLE_DETERMINERS = wordSet(['the', 'a', 'an']);
/** Nouns that make "I was the … X" a title: "the hiring manager", "the senior product owner". */
const TITLE_HEADS = wordSet(TITLE_NOUNS);
const TITLE_LINKS = wordSet(['for', 'of', 'on']);
const BULLET_DUTIES = compileLexicon(BULLET_DUTY_PHRASES);
const BULLET_LEADS = wordSet(BULLET_LEAD_VERBS);
const NOT_A_LEAD = wordSet(['by', 'to']);

const AS_ROLE = 'As [role], I [decided what], which moved [metric] from [before] to [after].';

/** The title from its determiner to its head: "the senior product manager". */
function titleOf({ tokens, text }: Prepared, first: number, last: number): string | undefined {
  let k = first + 1;
  while (k <= last && !TITLE_DETERMINERS.has(tokens[k]!.lower)) k++;
  return k <= last ? text.slice(tokens[k]!.start, tokens[last]!.end) : undefined;
}

export const titleAsEvidence: Rule = {
  id: 'title-as-evidence',
  category: 'role-title',
  severity: 'warning',
  description: 'A title or a duty offered as evidence: "I was responsible for", "I was the lead", "I led a team of 6".',
  message: 'This names a role, not something you decided or achieved.',
  why: 'Titles and team sizes say what you were allowed to do; a bar raiser wants the decision you made with that authority and what it changed.',
  question: 'What did you personally decide in that role, and what changed because of it?',
  rewrite: 'For [area], I [decided what], which moved [metric] from [before] to [after].',
  match({ prep, components }) {
    const tokens = prep.tokens;
    const found = findPhrases(prep, PHRASES).map(({ first, last }) => ({ first, last }));
    const covered = new Set<number>();
    for (const m of found) for (let k = m.first; k <= m.last; k++) covered.add(k);
    // "I was the hiring manager for…", "I am the senior product owner": any title after "I was the".
    for (let k = 0; k + 2 < tokens.length; k++) {
      if (tokens[k]!.lower.charCodeAt(0) !== 105) continue;
      // "I'm" is one token; "I was" two.
      const contracted = I_AM.has(tokens[k]!.lower);
      const det = contracted ? k + 1 : k + 2;
      if (
        !(contracted || (isI(tokens[k]) && BE.has(tokens[k + 1]!.lower))) ||
        !TITLE_DETERMINERS.has(tokens[det]?.lower ?? '')
      )
        continue;
      if (covered.has(k)) continue;
      for (let j = det + 1; j <= det + 3 && j < tokens.length && tokens[j]!.kind === 'word'; j++) {
        if (TITLE_HEADS.has(tokens[j]!.lower)) {
          const of = tokens[j + 1];
          found.push({ first: k, last: of && TITLE_LINKS.has(of.lower) ? j + 1 : j });
          break;
        }
      }
    }
    // Résumé bullets have no "I": "Responsible for replenishment across 14 stores", and, with no
    // result in the passage, "Led migration of the paging stack".
    const duties = new Map(findPhrases(prep, BULLET_DUTIES).map((m) => [m.first, m.last]));
    for (const sentence of prep.sentences) {
      let k = sentence.firstToken;
      while (k < sentence.endToken && tokens[k]!.kind === 'punct') k++;
      if (k >= sentence.endToken || covered.has(k)) continue;
      const dutyEnd = duties.get(k);
      if (dutyEnd !== undefined) found.push({ first: k, last: dutyEnd });
      // "Led by the CEO, …" and "Managed to ship it" are not bullets about a role.
      else if (
        !components.outcome.present &&
        BULLET_LEADS.has(tokens[k]!.lower) &&
        tokens[k + 1]?.kind === 'word' &&
        !NOT_A_LEAD.has(tokens[k + 1]!.lower)
      )
        found.push({ first: k, last: k });
    }
    found.sort((a, b) => a.first - b.first);
    return found.map((m) => {
      let last = m.last;
      // "I led a team of 6 engineers": the size belongs to the role claim.
      if (tokens[last + 1]?.kind === 'number') {
        last++;
        if (SIZE_NOUNS.has(tokens[last + 1]?.lower ?? '')) last++;
      }
      const area = objectOf(prep, last);
      // "I was the senior product manager": said as the role, "As the senior product manager, I …".
      const role =
        TITLE_HEADS.has(tokens[last]!.lower) && isI(tokens[m.first]) ? titleOf(prep, m.first, last) : undefined;
      if (role) return { ...matchOf(prep, m.first, last, { role }), template: AS_ROLE };
      return matchOf(prep, m.first, last, area ? { area: midSentence(area) } : undefined);
    });
  },
  examples: {
    bad: [
      { text: 'I was the owner of the growth roadmap.', span: 'I was the owner of' },
      { text: 'I was responsible for the billing migration.', span: 'I was responsible for' },
      { text: 'I led a team of 6 engineers on the rewrite.', span: 'I led a team of 6 engineers' },
      { text: 'I was the hiring manager for the platform team in 2022.', span: 'I was the hiring manager for' },
      { text: 'Responsible for inventory replenishment across 14 grocery stores.', span: 'Responsible for' },
      { text: 'Led migration of the on-call paging stack to a new vendor.', span: 'Led' },
    ],
    good: [
      'I owned that metric and ran a pricing experiment with the finance lead.',
      'I defined alert precision as the metric and deleted 70% of the alerts.',
      'I was the one who decided to cut the scope, and churn fell 3% in a quarter.',
      'Led the move to on-demand dispatch, which cut peak shuttle waits from 22 to 7 minutes.',
    ],
  },
};
