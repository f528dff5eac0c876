/**
 * The ownership score, in one place.
 *
 *   substance = Σ weight(component) over the components present          (weights sum to 100)
 *               + a small bonus when the decision is stated as the speaker's own choice
 *   penalty   = Σ over categories found: base(category) × (1 + 0.5 × (n − 1)), at most 2 × base
 *   penalty is capped at max(SOFT_FINDING, 40% of substance)
 *   score     = clamp(round(substance − penalty), 0, 100)
 *   then: no number and no decision → at most 39; no measured outcome → at most 69.
 *
 * The cap keeps a story that is strong in substance from dropping to weak for one soft finding;
 * the ceilings keep a story with nothing to trace from reaching a better band than it has earned.
 * The weights and penalties are fitted to the labelled passages by `npm run fit-score`, which
 * writes the table below; the formula and its rules stay as written here.
 */
import type { Band, Category, Ceiling, ComponentId, ScoreBreakdown } from './types';

// BEGIN FITTED TABLE: written by `npm run fit-score -- --write`; edit the labelled sets, not these numbers.
export const COMPONENT_WEIGHTS: Record<ComponentId, number> = {
  metric: 22,
  outcome: 19,
  decision: 18,
  method: 11,
  learning: 8,
  problem: 7,
  scale: 7,
  timeframe: 5,
  collaboration: 3,
};

export const CATEGORY_PENALTIES: Record<Category, number> = {
  'over-claim': 9,
  'vague-impact': 7,
  'polish-over-evidence': 6,
  'weak-verb': 5,
  'team-only': 5,
  passive: 5,
  hedge: 3,
  'vague-quantity': 3,
  'role-title': 3,
  'output-not-outcome': 3,
};

/** Added to the decision when the speaker states it as their own choice: "I decided…", "I chose…". */
export const CHOICE_BONUS = 4;
// END FITTED TABLE

export interface ScoreTables {
  weights: Readonly<Record<ComponentId, number>>;
  penalties: Readonly<Record<Category, number>>;
  choiceBonus: number;
}

export const SCORE_TABLES: ScoreTables = {
  weights: COMPONENT_WEIGHTS,
  penalties: CATEGORY_PENALTIES,
  choiceBonus: CHOICE_BONUS,
};

const SOFT_FINDING = 10;
const PENALTY_SHARE = 0.4;
export const BAND_THRESHOLDS = { partial: 40, strong: 70 } as const;

export interface ScoreInput {
  present: ReadonlySet<ComponentId>;
  /** How many findings of each category. */
  findings: Partial<Record<Category, number>>;
  /** Whether the passage holds any number at all. */
  hasNumber: boolean;
  /** Whether the speaker states a decision as their own choice ("I decided to…"), not only an act. */
  statedChoice?: boolean;
}

export function ownershipScore(
  { present, findings, hasNumber, statedChoice = false }: ScoreInput,
  { weights, penalties: bases, choiceBonus }: ScoreTables = SCORE_TABLES,
): ScoreBreakdown {
  const contributions: Partial<Record<ComponentId, number>> = {};
  let substance = 0;
  for (const id of present) {
    contributions[id] = weights[id] + (id === 'decision' && statedChoice ? choiceBonus : 0);
    substance += contributions[id]!;
  }
  const penalties: Partial<Record<Category, number>> = {};
  let penalty = 0;
  for (const [category, n] of Object.entries(findings) as Array<[Category, number]>) {
    if (n <= 0) continue;
    const base = bases[category];
    penalties[category] = Math.min(2 * base, base * (1 + 0.5 * (n - 1)));
    penalty += penalties[category];
  }
  const cap = Math.max(SOFT_FINDING, PENALTY_SHARE * substance);
  const capped = penalty > cap;
  penalty = Math.min(penalty, cap);
  const raw = Math.max(0, Math.min(100, Math.round(substance - penalty)));
  let score = raw;
  let ceiling: Ceiling | undefined;
  if (!hasNumber && !present.has('decision') && score >= BAND_THRESHOLDS.partial) {
    score = BAND_THRESHOLDS.partial - 1;
    ceiling = 'no-number-no-decision';
  }
  if (!present.has('outcome') && score >= BAND_THRESHOLDS.strong) {
    score = BAND_THRESHOLDS.strong - 1;
    ceiling = 'no-outcome';
  }
  return {
    substance,
    penalty,
    score,
    band: bandOf(score),
    contributions,
    penalties,
    capped,
    statedChoice,
    ...(ceiling ? { ceiling } : {}),
  };
}

export function bandOf(score: number): Band {
  if (score >= BAND_THRESHOLDS.strong) return 'strong';
  if (score >= BAND_THRESHOLDS.partial) return 'partial';
  return 'weak';
}
