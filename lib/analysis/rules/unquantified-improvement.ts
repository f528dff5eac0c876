import { compileLexicon, findPhrases, wordSet } from '../lexicon';
import { clauseBounds, negatedAt, objectOf, pastTense, phraseAfter } from '../grammar';
import { matchOf, measuresIn, type Rule, type RuleContext, type RuleMatch } from '../passage';
import { COMPARATIVE_LEAD_WORDS, IMPROVEMENT_VERBS, INTENT_WORDS, VAGUE_COMPARATIVES } from '../data/vague';
import { FORECAST_MODALS } from '../data/hedges';

const VERBS = compileLexicon(IMPROVEMENT_VERBS);
const COMPARATIVES = compileLexicon(VAGUE_COMPARATIVES);
const COMPARATIVE_LEADS = wordSet(COMPARATIVE_LEAD_WORDS);
/** Degree words that stand where the amount belongs: "much faster", "a lot better". */
const DEGREE =
  /\b(?:a lot|lots|much|way|far|so|really|even|very|quite|a bit|a little|significantly|dramatically|considerably|substantially|noticeably|massively|hugely|vastly|greatly|meaningfully|tremendously)\b/giu;
const ATTRIBUTIVE = wordSet(['with', 'a', 'an', 'the', 'of', 'their', 'our', 'its', 'this', 'that', 'newly']);
const PREDICTED = wordSet([...FORECAST_MODALS, ...INTENT_WORDS]);

/** True when a number stands anywhere in the claim's clause, or early in the clause right after it. */
function quantified(ctx: RuleContext, first: number, last: number): boolean {
  const tokens = ctx.prep.tokens;
  const clause = tokens[first]!.clause;
  const bounds = clauseBounds(ctx.prep, first);
  // The whole clause: "Cut refund tickets at the Leeds and Bristol depots from 120 to 40 a week".
  return measuresIn(ctx.measures, bounds.first, Math.max(last + 8, bounds.last)).some((m) => {
    if (m.role === 'period' || m.role === 'share' || m.role === 'confidence') return false;
    const at = tokens[m.quantity.firstToken]!;
    return (
      at.sentence === tokens[first]!.sentence &&
      (at.clause === clause ||
        (at.clause === clause + 1 && m.quantity.firstToken > last && m.quantity.firstToken - last <= 8))
    );
  });
}

function predicted(ctx: RuleContext, first: number): boolean {
  const tokens = ctx.prep.tokens;
  for (let j = first - 1; j >= 0 && j >= first - 3 && tokens[j]!.clause === tokens[first]!.clause; j--) {
    if (PREDICTED.has(tokens[j]!.lower)) return true;
  }
  return false;
}

export const unquantifiedImprovement: Rule = {
  id: 'unquantified-improvement',
  category: 'vague-impact',
  severity: 'warning',
  description: 'An improvement claimed with no number: "improved onboarding", "much faster".',
  message: 'This claims an improvement but gives no number.',
  why: 'Without a before and after, "improved" is an opinion; a bar raiser cannot tell a 1% change from a 50% one.',
  question: 'What was the number before and after?',
  rewrite: 'I [verb] [metric] from [before] to [after] [over what period].',
  match(ctx) {
    const { prep } = ctx;
    const out: RuleMatch[] = [];
    const claimed = new Set<number>();
    for (const m of findPhrases(prep, VERBS)) {
      // "did not improve engagement" reports a null result, not a vague gain.
      if (predicted(ctx, m.first) || quantified(ctx, m.first, m.last) || negatedAt(prep, m.first)) continue;
      // "with reduced apertures", "an improved process": a participle describing a thing claims nothing.
      if (ATTRIBUTIVE.has(prep.tokens[m.first - 1]?.lower ?? '')) continue;
      const object = phraseAfter(prep, m.last, 5);
      const last = object ? object.last : m.last;
      const target = objectOf(prep, m.last);
      for (let k = m.first; k <= last; k++) claimed.add(k);
      const verb = pastTense(prep.tokens[m.first]!.lower);
      out.push(matchOf(prep, m.first, last, { ...(verb ? { verb } : {}), ...(target ? { metric: target } : {}) }));
    }
    for (const m of findPhrases(prep, COMPARATIVES)) {
      let lead = -1;
      for (
        let j = m.first - 1;
        j >= 0 && j >= m.first - 4 && prep.tokens[j]!.clause === prep.tokens[m.first]!.clause;
        j--
      ) {
        if (COMPARATIVE_LEADS.has(prep.tokens[j]!.lower)) lead = j;
      }
      // "should make page loads much faster" is a hedge and vague too: no "predicted" exemption here.
      if (lead < 0 || quantified(ctx, lead, m.last)) continue;
      if (prep.tokens[m.last + 1]?.lower === 'than' && prep.tokens[m.last + 2]?.kind === 'number') continue;
      if (claimed.has(lead)) continue;
      // "made checkout much faster" → "made checkout [X%] faster": the clause's own words, with a
      // slot for the amount in place of the degree word.
      const lead_ = prep.text.slice(prep.tokens[lead]!.start, prep.tokens[m.first]!.start);
      const kept = lead_.replace(DEGREE, ' ').replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
      const comparative = prep.text.slice(prep.tokens[m.first]!.start, prep.tokens[m.last]!.end);
      out.push({ ...matchOf(prep, lead, m.last), template: [kept, '[X%]', comparative].filter(Boolean).join(' ') });
    }
    return out.sort((a, b) => a.start - b.start);
  },
  examples: {
    bad: [
      { text: 'I was involved in improving the search experience.', span: 'improving the search experience' },
      { text: 'The new cache made checkout much faster.', span: 'made checkout much faster' },
      { text: 'I streamlined the release process.', span: 'streamlined the release process' },
      {
        text: 'Once it ships, the new caching layer should make page loads much faster.',
        span: 'make page loads much faster',
      },
    ],
    good: [
      // A measured null result is a result, not a vague gain.
      'Delaying the gate did not improve engagement in a 6-week A/B test.',

      'I improved conversion by 3% in six weeks.',
      'I lowered the API error rate from 2.1% to 0.3% within a month.',
      'I ran a pricing test to improve conversion, and conversion rose to 9.6%.',
      'Reduced monthly subscriber churn at a meal-kit startup from 4.8% to 3.9% last quarter.',
    ],
  },
};
