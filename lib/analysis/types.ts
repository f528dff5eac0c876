/** The public shape of an analysis. Names of categories and components are the contract in docs/ownership-model.md. */

export const COMPONENT_IDS = [
  'problem',
  'decision',
  'metric',
  'method',
  'outcome',
  'timeframe',
  'scale',
  'collaboration',
  'learning',
] as const;
export type ComponentId = (typeof COMPONENT_IDS)[number];

export const CATEGORIES = [
  'hedge',
  'vague-impact',
  'vague-quantity',
  'role-title',
  'weak-verb',
  'over-claim',
  'team-only',
  'passive',
  'output-not-outcome',
  'polish-over-evidence',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Severity = 'info' | 'warning' | 'error';
export type Band = 'weak' | 'partial' | 'strong';

/** A half-open range of UTF-16 offsets into the analyzed text, with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Rewrite {
  /** The BAD → GOOD template with every slot in brackets, e.g. "I cut [metric] by [X%] over [period]." */
  template: string;
  /** The template with slots filled from the passage's own words; unfilled slots stay as "[slot]". */
  filled: string;
  /**
   * The words the rewrite replaces, when the rule knows them: a passive's whole clause ("the API
   * was rewritten"), an over-claim's adverb. Without it a sentence template replaces its sentence
   * and a phrase template the finding's own words.
   */
  target?: { start: number; end: number };
}

export interface Finding extends Span {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** What is weak, in one line. */
  message: string;
  /** Why a bar raiser discounts it. */
  why: string;
  /** The follow-up question an interviewer would ask. */
  question: string;
  rewrite: Rewrite;
}

export interface ComponentResult {
  present: boolean;
  spans: Span[];
}

export interface Question {
  text: string;
  /** What raised it: a missing component or a finding's category. */
  source: { kind: 'component'; id: ComponentId } | { kind: 'finding'; category: Category };
}

/** Why a score was held below a band it would otherwise reach. */
export type Ceiling = 'no-number-no-decision' | 'no-outcome';

/** How the score was reached: what each component added and each kind of finding took away. */
export interface ScoreBreakdown {
  substance: number;
  penalty: number;
  score: number;
  band: Band;
  /** Points each present component adds. */
  contributions: Partial<Record<ComponentId, number>>;
  /** Points each category of finding takes away, before the cap. */
  penalties: Partial<Record<Category, number>>;
  /** True when the penalty was capped, so findings could not erase the substance. */
  capped: boolean;
  /** The rule that held the score down, if one did. */
  ceiling?: Ceiling;
  /** True when the decision was stated as the speaker's own choice, which adds a little. */
  statedChoice: boolean;
}

export interface Analysis {
  score: number;
  band: Band;
  /** The score explained: each component's contribution, each penalty, and any ceiling. */
  scoring: ScoreBreakdown;
  components: Record<ComponentId, ComponentResult>;
  findings: Finding[];
  questions: Question[];
  words: number;
  speakingSeconds: number;
  /** Problem → Action → Result → Learning, filled from the passage where it can be. */
  storyTemplate: Rewrite;
}

export interface AnalyzeOptions {
  /** Rule ids to switch off. */
  disabledRules?: readonly string[];
  /** Categories to switch off. */
  disabledCategories?: readonly Category[];
  /** Single matches the user marked "not a problem here": a rule and the exact text it matched. */
  ignoredMatches?: ReadonlyArray<{ ruleId: string; text: string }>;
}
