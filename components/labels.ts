import type { Band, Category, ComponentId } from '@/lib/analysis';

/** Reader-facing names for the model's ids; the ids themselves stay the contract. */
export const COMPONENT_LABELS: Record<ComponentId, string> = {
  problem: 'Problem',
  decision: 'Decision',
  metric: 'Metric',
  method: 'Method',
  outcome: 'Outcome',
  timeframe: 'Timeframe',
  scale: 'Scale',
  collaboration: 'Collaboration',
  learning: 'Learning',
};

export const CATEGORY_LABELS: Record<Category, string> = {
  hedge: 'Hedge',
  'vague-impact': 'Vague impact',
  'vague-quantity': 'Vague quantity',
  'role-title': 'Role or title',
  'weak-verb': 'Weak verb',
  'over-claim': 'Over-claim',
  'team-only': 'Team only',
  passive: 'Passive',
  'output-not-outcome': 'Output, not outcome',
  'polish-over-evidence': 'Polish over evidence',
};

/** What each band means, in the model's own thresholds. */
export const BAND_DESCRIPTIONS: Record<Band, string> = {
  weak: 'below 40',
  partial: '40 to 69',
  strong: '70 and up',
};

/** A rule's id as a name: "weak-verb" → "Weak verb", "we-without-i" → "We without I". */
export function ruleName(id: string): string {
  const words = id.split('-').map((word) => (word === 'i' ? 'I' : word));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
