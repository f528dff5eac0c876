import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { metricLine } from '@/lib/prep/metric-line';
import { analysisOf } from './spans';

describe('metricLine', () => {
  it.each([
    [
      'Trial-to-paid conversion was stuck at 8%. Conversion rose to 9.6% for 30 days.',
      { metric: ['Trial-to-paid conversion', 'Conversion'], outcome: ['rose to 9.6%'], timeframe: ['for 30 days'] },
      'I own the metric Conversion, which rose to 9.6% for 30 days.',
    ],
    [
      'p99 latency went from 480 ms to 310 ms over two quarters.',
      { metric: ['p99 latency'], outcome: ['from 480 ms to 310 ms'], timeframe: ['over two quarters'] },
      'I own the metric p99 latency, which moved from 480 ms to 310 ms over two quarters.',
    ],
    [
      'Refund tickets: we cut them by 45%. It took 30 days.',
      { metric: ['Refund tickets'], outcome: ['by 45%'], timeframe: ['30 days'] },
      // The metric is in another sentence than the change: the story's first metric is the one owned.
      'I own the metric Refund tickets, which moved by 45% over 30 days.',
    ],
  ])('fills every slot with the story’s own words: %s', (text, words, line) => {
    const result = metricLine(text, analysisOf(text, words));
    expect(result.text).toBe(line);
    expect(result.complete).toBe(true);
  });

  it('leaves a slot the story has no words for as a visible slot, never a made-up value', () => {
    const text = 'I rebuilt triage and tickets fell 45%.';
    const result = metricLine(text, analysisOf(text, { outcome: ['fell 45%'] }));
    expect(result.text).toBe('I own the metric [metric], which fell 45% over [period].');
    expect(result.complete).toBe(false);
    expect(result.parts.filter((p) => p.kind === 'slot').map((p) => [p.slot, p.value])).toEqual([
      ['metric', null],
      ['change', 'fell 45%'],
      ['period', null],
    ]);
    expect(metricLine('', analysisOf('', {})).text).toBe(
      'I own the metric [metric], which moved [change] over [period].',
    );
  });

  it('with the real analyzer, every number in the line is a number of the story', () => {
    const sentence = fc.constantFrom(
      'Refund tickets had doubled to 1,200 a week.',
      'I rebuilt triage with the support lead.',
      'Tickets fell 45% in 30 days.',
      'Conversion rose from 8% to 9.6% over two quarters.',
      'We saved $1.1M a year.',
      'p99 latency dropped to 310 ms within 12 minutes.',
      'It went well.',
      'We rolled it out to all regions in Q3.',
    );
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 5 }), (sentences) => {
        const text = sentences.join(' ');
        const line = metricLine(text, analyze(text));
        for (const n of line.text.match(/\d[\d.,]*/g) ?? []) expect(text).toContain(n);
        for (const p of line.parts) if (p.kind === 'slot' && p.value !== null) expect(text).toContain(p.value);
      }),
      { numRuns: 200 },
    );
  });
});
