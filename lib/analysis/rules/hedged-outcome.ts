import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { isAdverb, metricNamed, objectOf, pastTense } from '../grammar';
import { insideSpans, matchOf, type Rule, type RuleMatch } from '../passage';
import {
  BELIEF_HEDGES,
  FORECAST_LINKING_VERBS,
  FORECAST_RESULT_WORDS,
  FORECAST_MODALS,
  FORECAST_PHRASES,
  NOT_FORECAST_AFTER,
  NOT_FORECAST_BEFORE,
} from '../data/hedges';
import { CHANGE_NOUNS, CHANGE_VERBS, FORECAST_VERBS } from '../data/verbs';

const PHRASES = compileLexicon(FORECAST_PHRASES);
const BELIEFS = compileLexicon(BELIEF_HEDGES);
const RESULT_WORDS = wordSet([...CHANGE_VERBS, ...CHANGE_NOUNS, ...FORECAST_RESULT_WORDS]);
const MODALS = wordSet(FORECAST_MODALS);
const BECOMING = wordSet(FORECAST_LINKING_VERBS);
const VERBS = wordSet(FORECAST_VERBS);
const NOT_BEFORE = wordSet(NOT_FORECAST_BEFORE);
const NOT_AFTER = wordSet(NOT_FORECAST_AFTER);
/** "so that analysts could start", "if it would help": purpose or condition, not a forecast. */
function purposeOrCondition(tokens: ReadonlyArray<{ lower: string; clause: number }>, modal: number): boolean {
  for (let j = modal - 1; j >= 0 && j >= modal - 4 && tokens[j]!.clause === tokens[modal]!.clause; j--) {
    if (NOT_BEFORE.has(tokens[j]!.lower)) return true;
  }
  return false;
}

export const hedgedOutcome: Rule = {
  id: 'hedged-outcome',
  category: 'hedge',
  severity: 'error',
  description: 'An outcome predicted ("should reduce", "is projected to", "hopefully"), not measured.',
  message: 'This predicts a result instead of reporting one.',
  why: 'A bar raiser credits what happened, not what was expected; a forecast with no measured result reads as work that never landed.',
  question: 'What actually happened once it shipped, and how did you measure it?',
  rewrite: 'I [verb] [metric] by [X%] [over what period], measured with [method].',
  match({ prep, measures, components }) {
    const tokens = prep.tokens;
    const hits: Array<{ first: number; last: number; verb?: string; verbAt?: number }> = [];
    for (const m of findPhrases(prep, PHRASES)) {
      // "is projected to lift day-30 retention": the verb the forecast governs follows the phrase.
      const next = tokens[m.last + 1];
      const governed = next && next.clause === tokens[m.last]!.clause && VERBS.has(next.lower);
      hits.push({ first: m.first, last: m.last, ...(governed ? { verb: next.lower, verbAt: m.last + 1 } : {}) });
    }
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!MODALS.has(t.lower) || (t.lower === 'may' && t.text === 'May' && k > prep.sentences[t.sentence]!.firstToken))
        continue;
      if (purposeOrCondition(tokens, k)) continue;
      let v = k + 1;
      while (v < tokens.length && isAdverb(tokens[v]) && !NOT_AFTER.has(tokens[v]!.lower)) v++;
      const verb = tokens[v];
      if (!verb || verb.clause !== t.clause || NOT_AFTER.has(verb.lower) || !VERBS.has(verb.lower)) continue;
      hits.push({ first: k, last: v, verb: verb.lower, verbAt: v });
    }
    // "pretty sure csat went up", "I think traffic has mostly come back": a result believed, not measured.
    for (const m of findPhrases(prep, BELIEFS)) {
      const clause = tokens[m.last]!.clause;
      for (let k = m.last + 1; k < tokens.length && k <= m.last + 8 && tokens[k]!.clause === clause; k++) {
        if (RESULT_WORDS.has(tokens[k]!.lower) || tokens[k]!.kind === 'number') {
          hits.push({ first: m.first, last: m.last });
          break;
        }
      }
    }
    // A forecast followed by the measured result is no hedge: the passage reports what happened.
    const lastOutcome = measures.filter((m) => m.role === 'outcome').reduce((at, m) => Math.max(at, m.first), -1);
    const inLearning = (start: number) => insideSpans(components.learning.spans, start);
    const kept = hits
      .filter((h) => h.first > lastOutcome && !inLearning(tokens[h.first]!.start))
      .sort((a, b) => a.first - b.first);
    const merged: typeof kept = [];
    for (const h of kept) {
      const prev = merged.at(-1);
      if (prev && tokens[prev.last]!.clause === tokens[h.first]!.clause && h.first - prev.last <= 4) {
        prev.last = Math.max(prev.last, h.last);
        prev.verb ??= h.verb;
        prev.verbAt ??= h.verbAt;
      } else merged.push({ ...h });
    }
    return merged.map((h): RuleMatch => {
      const slots: Record<string, string> = {};
      // "should make the site usable": a verb of becoming would read "I made [metric] by [X%]".
      const verb = h.verb && !BECOMING.has(h.verb) ? pastTense(h.verb) : undefined;
      if (verb) slots.verb = verb;
      // What the forecast says will move is the metric to report: "should cut [late payments]".
      const target = h.verbAt !== undefined ? objectOf(prep, h.verbAt, 4) : undefined;
      // "should make the course more accessible": a verb of becoming names no metric to move.
      const metric = target && !BECOMING.has(h.verb ?? '') ? metricNamed(target) : undefined;
      if (metric) slots.metric = metric;
      return matchOf(prep, h.first, h.last, slots);
    });
  },
  examples: {
    bad: [
      { text: 'pretty sure csat went up too', span: 'pretty sure' },
      { text: 'I think traffic has mostly come back since.', span: 'I think' },
      {
        text: 'The new ranking model should boost engagement once it launches.',
        span: 'should boost engagement once it launches',
      },
      { text: 'Hopefully this will make the app faster.', span: 'Hopefully this will make' },
      { text: 'The migration is projected to save $2M a year.', span: 'is projected to' },
    ],
    good: [
      'I measured it myself: churn fell from 4.1% to 3.2%, I think partly from the new emails.',
      'We projected a 5% lift; after the test I measured 6.1% more checkouts.',
      'I should have asked the data team for a holdout earlier.',
      'I cut the batch window so that analysts could start at 9 a.m.',
    ],
  },
};
