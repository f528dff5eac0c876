import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { isAdverb } from '../grammar';
import { matchOf, type Rule, type RuleMatch } from '../passage';
import { DEGREE_WORDS, LINKING_VERBS, POINTERS } from '../data/function-words';
import type { Token } from '../prepare';
import {
  AUDIENCE,
  IMPRESS_VERBS,
  IMPRESSED_STATES,
  LOOKS_PRAISE,
  POLISH_PHRASES,
  POLISH_PRAISE,
  POLISH_SUBJECTS,
  POLISH_VERBS,
} from '../data/claims';

const PRAISE = wordSet(POLISH_PRAISE);
const SUBJECTS = compileLexicon(POLISH_SUBJECTS);
const SUBJECT_WORDS = wordSet(POLISH_SUBJECTS.filter((s) => !s.includes(' ')));
const LOOKS = wordSet(POLISH_VERBS);
const LOOK_ONLY = wordSet(['looks', 'look', 'looked']);
const LOOKS_ONLY_PRAISE = wordSet(LOOKS_PRAISE);
const IMPRESS = compileLexicon(IMPRESS_VERBS);
const AUDIENCES = compileLexicon(AUDIENCE);
const PHRASES = compileLexicon(POLISH_PHRASES);
const LINKS = wordSet(LINKING_VERBS);
const POINTING = wordSet(POINTERS);
const IMPRESSED = compileLexicon(IMPRESSED_STATES);
const INTENSIFIERS = wordSet(DEGREE_WORDS);
const skipIntensifiers = (tokens: readonly Token[], at: number) => {
  let v = at;
  while (isAdverb(tokens[v]) || INTENSIFIERS.has(tokens[v]?.lower ?? '')) v++;
  return v;
};

export const polishAsEvidence: Rule = {
  id: 'polish-as-evidence',
  category: 'polish-over-evidence',
  severity: 'warning',
  description: 'Praise for looks or the demo, not data: "the UI looks amazing", "the demo impressed leadership".',
  message: 'This praises how it looked or demoed, not what it achieved.',
  why: 'A slick demo shows polish, not value; a bar raiser asks what users did differently and by how much.',
  question: 'What did users do differently, and how did you measure it?',
  rewrite: 'In a test with [how many users], [the work] moved [metric] from [before] to [after].',
  match({ prep }) {
    const tokens = prep.tokens;
    const out: RuleMatch[] = [];
    const claimed = new Set<number>();
    const covered = (k: number) => claimed.has(k);
    const report = (first: number, last: number, slots?: Record<string, string>) => {
      out.push(matchOf(prep, first, last, slots));
      for (let k = first; k <= last; k++) claimed.add(k);
    };
    for (const m of findPhrases(prep, PHRASES)) report(m.first, m.last);
    // "The prototype looks polished", "the UI was really slick".
    for (const s of findPhrases(prep, SUBJECTS)) {
      let v = s.last + 1;
      if (!LINKS.has(tokens[v]?.lower ?? '')) continue;
      v = skipIntensifiers(tokens, v + 1);
      if (tokens[v] && PRAISE.has(tokens[v]!.lower) && !covered(s.first))
        report(s.first, v, { 'the work': prep.text.slice(tokens[s.first]!.start, tokens[s.last]!.end) });
    }
    // "it looks amazing": a look verb after a pointer to the work.
    for (let k = 1; k < tokens.length; k++) {
      if (!LOOKS.has(tokens[k]!.lower) || !POINTING.has(tokens[k - 1]!.lower) || covered(k)) continue;
      const v = skipIntensifiers(tokens, k + 1);
      if (tokens[v] && PRAISE.has(tokens[v]!.lower)) report(k - 1, v);
    }
    // "The new lighting looks gorgeous": whatever the subject, praise of its looks is polish.
    for (let k = 1; k < tokens.length; k++) {
      if (
        !LOOK_ONLY.has(tokens[k]!.lower) ||
        covered(k) ||
        tokens[k - 1]!.kind !== 'word' ||
        tokens[k - 1]!.clause !== tokens[k]!.clause
      )
        continue;
      const v = skipIntensifiers(tokens, k + 1);
      if (tokens[v] && LOOKS_ONLY_PRAISE.has(tokens[v]!.lower)) report(k - 1, v);
    }
    // "the demo impressed leadership", "wowed the execs".
    for (const m of findPhrases(prep, IMPRESS)) {
      if (covered(m.first)) continue;
      let a = m.last + 1;
      while (isAdverb(tokens[a])) a++;
      const audience = tokens[a]
        ? findPhrases(prep, AUDIENCES, a, Math.min(tokens.length, a + 4)).find((x) => x.first === a)
        : undefined;
      const subjectIsWork = SUBJECT_WORDS.has(tokens[m.first - 1]?.lower ?? '');
      if (audience) report(subjectIsWork ? m.first - 1 : m.first, audience.last);
      else if (subjectIsWork) report(m.first - 1, m.last);
    }
    // "leadership was impressed", "the execs were blown away".
    for (const a of findPhrases(prep, AUDIENCES)) {
      if (covered(a.first) || !LINKS.has(tokens[a.last + 1]?.lower ?? '')) continue;
      const v = skipIntensifiers(tokens, a.last + 2);
      const state = tokens[v]
        ? findPhrases(prep, IMPRESSED, v, Math.min(tokens.length, v + 3)).find((x) => x.first === v)
        : undefined;
      if (state) report(a.first, state.last);
    }
    return out.sort((a, b) => a.start - b.start);
  },
  examples: {
    bad: [
      { text: 'The prototype looks polished and the demo impressed leadership.', span: 'prototype looks polished' },
      { text: 'The new UI was really slick.', span: 'UI was really slick' },
      { text: 'My demo wowed the execs.', span: 'demo wowed the execs' },
      { text: 'The new lighting looks gorgeous in the trailer.', span: 'lighting looks gorgeous' },
    ],
    good: [
      'The prototype cut task time from 9 to 4 minutes in a test with 12 users.',
      'The numbers looked good, so I rolled it out to all regions.',
    ],
  },
};
