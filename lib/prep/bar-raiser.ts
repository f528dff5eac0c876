/**
 * The mock bar raiser: the follow-up questions for the story's gaps, one at a time. Each answer
 * is scored with the same analyzer as the story; while an answer is still weak, the next
 * question digs one level deeper ("What did you decide?" → "What did you give up?" → "How did
 * you know it worked?"), then the next gap comes.
 */
import type { Analysis, Band } from '@/lib/analysis';

export const PROBES = ['What did you decide?', 'What did you give up?', 'How did you know it worked?'] as const;

export interface AskedQuestion {
  question: string;
  /** 0 for a gap's own question; 1 to 3 for the probes after a weak answer. */
  depth: number;
}

export interface ScoredAnswer extends AskedQuestion {
  answer: string;
  score: number;
  band: Band;
}

export interface BarRaiser {
  /** Gap questions not asked yet. */
  gaps: string[];
  current: AskedQuestion | null;
  answers: ScoredAnswer[];
}

/** The story's follow-up questions, or the first probe when its analysis raises none. */
export function startBarRaiser(analysis: Pick<Analysis, 'questions'>): BarRaiser {
  const gaps = analysis.questions.map((q) => q.text);
  const [first, ...rest] = gaps.length > 0 ? gaps : [PROBES[0]];
  return { gaps: rest, current: { question: first!, depth: 0 }, answers: [] };
}

/** Scores the answer to the current question and moves to the next one. */
export function answerBarRaiser(
  state: BarRaiser,
  answer: string,
  analyze: (text: string) => Pick<Analysis, 'score' | 'band'>,
): BarRaiser {
  if (!state.current) return state;
  const { score, band } = analyze(answer);
  const answers = [...state.answers, { ...state.current, answer, score, band }];
  const depth = state.current.depth;
  if (band === 'weak' && depth < PROBES.length)
    return { ...state, answers, current: { question: PROBES[depth]!, depth: depth + 1 } };
  const [next, ...gaps] = state.gaps;
  return { gaps, answers, current: next === undefined ? null : { question: next, depth: 0 } };
}
