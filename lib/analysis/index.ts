/**
 * analyze(): pure, synchronous and deterministic, with no DOM, so the same code runs in the
 * panel, a content script, a worker and the CLI.
 */
import { COMPONENT_DETECTORS } from './components';
import { preparePassage, type RuleContext } from './passage';
import type { Prepared } from './prepare';
import { coverIndex, lowerBound } from './spans';
import { quotedRanges } from './quotes';
import { topQuestions } from './questions';
import { rewriteFor, slotsWithin, storyTemplate } from './rewrite';
import { RULES } from './rules';
import { speakerActs } from './reading';
import { ownershipScore } from './score';
import {
  COMPONENT_IDS,
  type Analysis,
  type AnalyzeOptions,
  type Category,
  type ComponentId,
  type ComponentResult,
  type Finding,
} from './types';

export * from './types';
export { RULES } from './rules';
export { COMPONENT_DETECTORS } from './components';
export { STORY_TEMPLATE } from './rewrite';

export const WORDS_PER_MINUTE = 150;
/**
 * Categories about how the speaker words their own claim. Inside a quote they are someone
 * else's words ("the dean asked whether waivers might be hurting collections"), so they are not
 * reported; praise, titles and over-claims quoted as evidence still are.
 */
const NOT_IN_QUOTES = new Set<Category>(['hedge', 'weak-verb', 'passive', 'team-only', 'vague-quantity']);
/** A whole story should be told in under two minutes. */
export const SPEAKING_TARGET_SECONDS = 120;

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const passage = preparePassage(input);

  const components = {} as Record<ComponentId, ComponentResult>;
  for (const id of COMPONENT_IDS) {
    const spans = COMPONENT_DETECTORS[id].detect(passage, components);
    components[id] = { present: spans.length > 0, spans };
  }
  const ctx: RuleContext = { ...passage, components };
  const slots = slotsWithin(ctx);
  const sentenceSlots = new Map<number, Record<string, string>>();
  const slotsNear = (offset: number) => {
    const index = sentenceAt(passage.prep, offset);
    let local = sentenceSlots.get(index);
    if (!local) {
      const s = passage.prep.sentences[index];
      local = s ? slotsWithin(ctx, s.start, s.end) : {};
      sentenceSlots.set(index, local);
    }
    return local;
  };

  const offRules = new Set(options.disabledRules ?? []);
  const offCategories = new Set<Category>(options.disabledCategories ?? []);
  const ignored = new Set((options.ignoredMatches ?? []).map((m) => `${m.ruleId}\u0000${m.text}`));
  const findings: Finding[] = [];
  const quotes = quotedRanges(input);
  const quoted = (start: number, end: number) => {
    const i = lowerBound(quotes, start + 1, (q) => q.start) - 1;
    return i >= 0 && quotes[i]!.start <= start && end <= quotes[i]!.end;
  };
  for (const rule of RULES) {
    if (offRules.has(rule.id) || offCategories.has(rule.category)) continue;
    const inQuotesToo = !NOT_IN_QUOTES.has(rule.category);
    for (const match of rule.match(ctx)) {
      const matched = input.slice(match.start, match.end);
      if (ignored.has(`${rule.id}\u0000${matched}`)) continue;
      if (!inQuotesToo && quotes.length > 0 && quoted(match.start, match.end)) continue;
      findings.push({
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severity,
        start: match.start,
        end: match.end,
        text: matched,
        message: rule.message,
        why: rule.why,
        question: rule.question,
        rewrite: {
          ...rewriteFor(match.template ?? rule.rewrite, slotsNear(match.start), match.slots),
          ...(match.replaces ? { target: match.replaces } : {}),
        },
      });
    }
  }
  const reported = onePhraseOneFinding(withoutNested(findings), components.outcome.present);

  const counts: Partial<Record<Category, number>> = {};
  for (const f of reported) counts[f.category] = (counts[f.category] ?? 0) + 1;
  const present = new Set(COMPONENT_IDS.filter((id) => components[id].present));
  const statedChoice = speakerActs(passage.acts).some((a) => a.actor === 'i' && (a.chosen || a.kind === 'choice'));
  const scoring = ownershipScore({
    present,
    findings: counts,
    hasNumber: passage.prep.quantities.length > 0,
    statedChoice: present.has('decision') && statedChoice,
  });
  const { score, band } = scoring;

  const missing = COMPONENT_IDS.filter((id) => !present.has(id)).map((id) => ({
    id,
    question: COMPONENT_DETECTORS[id].question,
  }));
  return {
    score,
    band,
    scoring,
    components,
    findings: reported,
    questions: input.trim() ? topQuestions({ missing, findings: reported }) : [],
    words: passage.prep.words,
    speakingSeconds: Math.round((passage.prep.words / WORDS_PER_MINUTE) * 60),
    storyTemplate: storyTemplate(ctx, slots),
  };
}

/** Findings in text order; a finding inside another one of the same rule is reported once, as the outer. */
function withoutNested(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end || a.ruleId.localeCompare(b.ruleId));
  const outerEnd = new Map<string, number>();
  return sorted.filter((f) => {
    const end = outerEnd.get(f.ruleId) ?? -1;
    if (f.end <= end) return false;
    outerEnd.set(f.ruleId, f.end);
    return true;
  });
}

/**
 * "was a massive success: signups rose 12%": in a story that reports measured results, a vague
 * amount inside a claim of impact is the same phrase as the claim, so the phrase gets one finding,
 * the claim. With no measured result the amount itself is where a number belongs, and stays.
 */
function onePhraseOneFinding(findings: Finding[], measured: boolean): Finding[] {
  if (!measured) return findings;
  const impact = coverIndex(
    findings.filter((g) => g.category === 'vague-impact').map((g) => ({ first: g.start, last: g.end })),
  );
  return findings.filter((f) => f.category !== 'vague-quantity' || !impact(f.start, f.end));
}

/** Index of the sentence holding `offset` (sentences are sorted and contiguous). */
function sentenceAt(prep: Prepared, offset: number): number {
  return Math.max(0, lowerBound(prep.sentences, offset + 1, (s) => s.start) - 1);
}
