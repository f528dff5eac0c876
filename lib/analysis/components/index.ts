/** Every component detector, in the model's order. */
import type { ComponentDetector } from '../passage';
import type { ComponentId } from '../types';
import { problem } from './problem';
import { decision } from './decision';
import { metric } from './metric';
import { method } from './method';
import { outcome } from './outcome';
import { timeframe } from './timeframe';
import { scale } from './scale';
import { collaboration } from './collaboration';
import { learning } from './learning';

export const COMPONENT_DETECTORS: Record<ComponentId, ComponentDetector> = {
  problem,
  decision,
  metric,
  method,
  outcome,
  timeframe,
  scale,
  collaboration,
  learning,
};
