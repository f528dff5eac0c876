import { describe, expect, it } from 'vitest';
import { answerBarRaiser, PROBES, startBarRaiser, type BarRaiser } from '@/lib/prep/bar-raiser';
import { fakeAnalysis } from '../library/helpers';

/** Answers containing "strong" score 80, the rest 20. */
const judge = (text: string) => fakeAnalysis(text.includes('strong') ? 80 : 20);
const questions = (...texts: string[]) =>
  texts.map((text) => ({ text, source: { kind: 'component' as const, id: 'decision' as const } }));

function run(state: BarRaiser, answers: string[]): BarRaiser {
  return answers.reduce((s, a) => answerBarRaiser(s, a, judge), state);
}

describe('the mock bar raiser', () => {
  it('asks the story’s gap questions one at a time, moving on after an answer that is not weak', () => {
    let state = startBarRaiser({ questions: questions('Which metric did you own?', 'Over what period?') });
    expect(state.current).toEqual({ question: 'Which metric did you own?', depth: 0 });
    state = answerBarRaiser(state, 'strong answer', judge);
    expect(state.current).toEqual({ question: 'Over what period?', depth: 0 });
    state = answerBarRaiser(state, 'strong again', judge);
    expect(state.current).toBeNull();
    expect(state.answers.map((a) => [a.question, a.score, a.band])).toEqual([
      ['Which metric did you own?', 80, 'strong'],
      ['Over what period?', 80, 'strong'],
    ]);
  });

  it('digs one level deeper while the answer is weak: decide → give up → how you knew, then the next gap', () => {
    const state = run(startBarRaiser({ questions: questions('Which metric did you own?', 'Over what period?') }), [
      'weak',
      'weak',
      'strong',
    ]);
    expect(state.answers.map((a) => [a.question, a.depth])).toEqual([
      ['Which metric did you own?', 0],
      [PROBES[0], 1],
      [PROBES[1], 2],
    ]);
    expect(state.current).toEqual({ question: 'Over what period?', depth: 0 });
    const deepest = run(state, ['weak', 'weak', 'weak', 'weak']);
    expect(deepest.answers.slice(3).map((a) => a.question)).toEqual(['Over what period?', ...PROBES]);
    expect(deepest.current).toBeNull();
    expect(PROBES).toEqual(['What did you decide?', 'What did you give up?', 'How did you know it worked?']);
  });

  it('probes a story with no gap left, starting at the first probe', () => {
    expect(startBarRaiser({ questions: [] }).current).toEqual({ question: 'What did you decide?', depth: 0 });
  });

  it('ignores an answer once every question is asked', () => {
    const done = run(startBarRaiser({ questions: questions('Q?') }), ['strong']);
    expect(answerBarRaiser(done, 'more', judge)).toBe(done);
  });
});
