import { describe, expect, it } from 'vitest';
import { scoreJsonLines } from '../../lib/cli/jsonl';
import { handBuiltAnalysis } from '../fixtures/cli/hand-built-analysis';

// A stand-in analyzer whose score is the text's length, so each output can be traced to its input.
const lengthAsScore = (text: string) => handBuiltAnalysis(text, [], {}, { score: text.length });

describe('scoreJsonLines', () => {
  it('scores every good line with its id and reports a bad line 2 by number', () => {
    const input = [
      '{"id": "a", "text": "I cut churn."}',
      '{"id": "b", "text": oops}',
      '{"id": 7, "text": "We shipped."}',
    ].join('\n');
    const outcomes = [...scoreJsonLines(input, lengthAsScore)];
    expect(outcomes.map((o) => [o.kind, o.line])).toEqual([
      ['scored', 1],
      ['error', 2],
      ['scored', 3],
    ]);
    expect(outcomes[1]).toMatchObject({ message: expect.stringMatching(/^line 2: not valid JSON \(/) });
    const scored = outcomes.flatMap((o) => (o.kind === 'scored' ? [JSON.parse(o.json)] : []));
    expect(scored.map((a) => [a.id, a.score])).toEqual([
      ['a', 'I cut churn.'.length],
      [7, 'We shipped.'.length],
    ]);
  });

  it.each([['{"id": "a"}'], ['{"id": "a", "text": 42}'], ['["a", "text"]'], ['null'], ['"just a string"']])(
    'rejects %s: no string text',
    (line) => {
      const [outcome] = [...scoreJsonLines(line, lengthAsScore)];
      expect(outcome).toEqual({
        kind: 'error',
        line: 1,
        message: 'line 1: expected an object with a string "text", like {"id": "a", "text": "..."}',
      });
    },
  );

  it('skips blank lines but keeps counting them', () => {
    const outcomes = [...scoreJsonLines('\n  \n{"text": "x"}\r\n\nnope\n', lengthAsScore)];
    expect(outcomes.map((o) => [o.kind, o.line])).toEqual([
      ['scored', 3],
      ['error', 5],
    ]);
  });

  it('gives a line without an id its line number', () => {
    const [outcome] = [...scoreJsonLines('\n{"text": "I chose it."}', lengthAsScore)];
    expect(outcome?.kind === 'scored' && JSON.parse(outcome.json).id).toBe(2);
  });
});
