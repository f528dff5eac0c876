/** The benchmark's own arithmetic: if the texts or the verdicts were wrong, its figures would mislead. */
import { describe, expect, it } from 'vitest';
import { corpusParagraphs, countWords, textOfBytes, textOfWords, utf8Bytes } from '../../tests/bench/corpus-text';
import { checkGoals, type RuntimeRun } from '../../tests/bench/goals';
import { median } from '../../tests/bench/measure';
import type { SizeResult } from '../../tests/bench/suite';

const PASSAGES = [
  'Refunds doubled to 1,200 a week.',
  'I chose day-7 activation as the goal — and cut churn 4%.',
  'We shipped it in Q3.',
  'Costs fell 12% over two quarters.',
];

describe('benchmark texts', () => {
  it('have exactly the asked number of words, in paragraphs', () => {
    for (const target of [1, 7, 1_000, 10_000]) expect(countWords(textOfWords(PASSAGES, target))).toBe(target);
    expect(textOfWords(PASSAGES, 1_000)).toContain('\n\n');
  });

  it('fill a byte budget with whole words without passing it', () => {
    const text = textOfBytes(PASSAGES, 1_048_576);
    expect(utf8Bytes(text)).toBeLessThanOrEqual(1_048_576);
    expect(utf8Bytes(text)).toBeGreaterThan(1_048_576 - 100);
    expect(text).not.toMatch(/\s$/);
  });

  it('repeat the corpus with variations, the same on every run', () => {
    const paragraphs = corpusParagraphs(PASSAGES);
    const first = Array.from({ length: 40 }, () => paragraphs.next().value as string);
    expect(textOfWords(PASSAGES, 500)).toBe(textOfWords(PASSAGES, 500));
    expect(first[0]).toContain(PASSAGES[0]);
    expect(new Set(first).size).toBeGreaterThan(30);
  });
});

const WORDS = { '1k': 1_000, '10k': 10_000, '1mb': 300_000 } as const;

function size(id: SizeResult['id'], analyzeMs: number, writeGoodMs?: number, referenceMs?: number): SizeResult {
  const engine = (ms: number) => ({
    timing: { msPerCall: ms, samples: 5, callsPerSample: 1 },
    heap: undefined,
    reported: 0,
  });
  return {
    id,
    label: id,
    words: WORDS[id],
    bytes: 0,
    analyzedWords: 0,
    analyze: engine(analyzeMs),
    writeGood: writeGoodMs === undefined ? undefined : engine(writeGoodMs),
    reference: referenceMs === undefined ? undefined : { label: '1k', analyzeMs: referenceMs },
  };
}

describe('checkGoals', () => {
  it('meets and misses each goal by its threshold', () => {
    const slow: RuntimeRun = {
      name: 'Node',
      heapSource: '',
      sizes: [size('1k', 2, 20), size('10k', 30, 200, 2.4), size('1mb', 600)],
    };
    // Order: speed-up at 1k and 10k, scaling, ms per 1,000 words at 1k, 10k and 1 MB, linearity, 1 MB time.
    expect(checkGoals('Node', slow).map((c) => c.verdict)).toEqual([
      'MET',
      'MISSED',
      'MISSED',
      'MISSED',
      'MISSED',
      'MISSED',
      'MET',
      'MISSED',
    ]);
    expect(checkGoals('Node', slow)[4]!.statement).toContain('measured 3.00 ms');
    // The scaling uses the 1k time from the 10k step's interleaved rounds (2.4 ms), not the 1k step's 2 ms.
    expect(checkGoals('Node', slow)[2]!.statement).toContain('measured 12.5×');
    const fast: RuntimeRun = {
      name: 'Node',
      heapSource: '',
      sizes: [size('1k', 1, 20), size('10k', 10, 190, 1), size('1mb', 400)],
    };
    expect(checkGoals('Node', fast).every((c) => c.verdict === 'MET')).toBe(true);
    const nearLinear: RuntimeRun = { ...fast, sizes: [size('1k', 1, 20), size('10k', 10, 190, 1), size('1mb', 420)] };
    expect(checkGoals('Node', nearLinear)[6]).toMatchObject({ verdict: 'MET' });
    const superlinear: RuntimeRun = { ...fast, sizes: [size('1k', 1, 20), size('10k', 5, 190, 1), size('1mb', 480)] };
    expect(checkGoals('Node', superlinear)[6]).toMatchObject({ verdict: 'MISSED' });
  });

  it('says NOT RUN for a runtime that did not run', () => {
    const verdicts = checkGoals('Chromium', undefined).map((c) => c.verdict);
    expect(verdicts).toHaveLength(8);
    expect(new Set(verdicts)).toEqual(new Set(['NOT RUN']));
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
