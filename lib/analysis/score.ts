/**
 * The ownership score, in one place.
 *
 *   substance = Σ weight(component) over the components present          (weights sum to 100)
 *   penalty   = Σ over categories found: base(category) × (1 + 0.5 × (n − 1)), at most 2 × base
 *   penalty is capped at max(SOFT_FINDING, 40% of substance)
 *   score     = clamp(round(substance − penalty), 0, 100)
 *   then: no number and no decision → at most 39; no measured outcome → at most 69.
 *
 * The cap keeps a story that is strong in substance from dropping to weak for one soft finding;
 * the ceilings keep a story with nothing to trace from reaching a better band than it has earned.
 */
import type { Band, Category, ComponentId } from './types';

// A measured outcome on a named metric is worth 40 on its own: partial, however little else is told.
export const COMPONENT_WEIGHTS: Record<ComponentId, number> = {
  outcome: 24,
  decision: 18,
  metric: 16,
  method: 12,
  problem: 6,
  timeframe: 6,
  scale: 6,
  collaboration: 6,
  learning: 6,
};

export const CATEGORY_PENALTIES: Record<Category, number> = {
  hedge: 10,
  'team-only': 10,
  'over-claim': 10,
  'vague-impact': 8,
  'output-not-outcome': 8,
  'role-title': 7,
  'weak-verb': 7,
  'polish-over-evidence': 6,
  passive: 5,
  'vague-quantity': 4,
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
}

export interface ScoreBreakdown {
  substance: number;
  penalty: number;
  score: number;
  band: Band;
}

export function ownershipScore({ present, findings, hasNumber }: ScoreInput): ScoreBreakdown {
  let substance = 0;
  for (const id of present) substance += COMPONENT_WEIGHTS[id];
  let penalty = 0;
  for (const [category, n] of Object.entries(findings) as Array<[Category, number]>) {
    if (n <= 0) continue;
    const base = CATEGORY_PENALTIES[category];
    penalty += Math.min(2 * base, base * (1 + 0.5 * (n - 1)));
  }
  penalty = Math.min(penalty, Math.max(SOFT_FINDING, PENALTY_SHARE * substance));
  let score = Math.max(0, Math.min(100, Math.round(substance - penalty)));
  if (!hasNumber && !present.has('decision')) score = Math.min(score, BAND_THRESHOLDS.partial - 1);
  if (!present.has('outcome')) score = Math.min(score, BAND_THRESHOLDS.strong - 1);
  return { substance, penalty, score, band: bandOf(score) };
}

export function bandOf(score: number): Band {
  if (score >= BAND_THRESHOLDS.strong) return 'strong';
  if (score >= BAND_THRESHOLDS.partial) return 'partial';
  return 'weak';
}
