/**
 * The question a bar raiser asks when a component is missing (docs/ownership-model.md). The
 * analysis returns only its two or three most important questions; the report shows one beside
 * every missing component, so it falls back to these.
 */
import type { ComponentId } from '../analysis/types';

export const COMPONENT_QUESTIONS: Record<ComponentId, string> = {
  problem: 'What was the number before you started?',
  decision: 'What did you decide, and what did you give up?',
  metric: 'Which metric did you own?',
  method: 'How did you measure it?',
  outcome: 'What was the number before and after?',
  timeframe: 'Over what period?',
  scale: 'What did you do next?',
  collaboration: 'Who else owned a piece of it, and which?',
  learning: 'What did you learn, and what do you do differently since?',
};
