import { spanOf, type ComponentDetector } from '../passage';

/** An achieved, quantified change: "fell 45%", "from 480 ms to 310 ms", "$1.1M a year". */
export const outcome: ComponentDetector = {
  id: 'outcome',
  question: 'What was the number before and after?',
  detect({ prep, measures }) {
    return measures.filter((m) => m.role === 'outcome').map((m) => spanOf(prep, m.first, m.last));
  },
};
