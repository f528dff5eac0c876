import { describe, expect, it } from 'vitest';
import { deriveStoryMetrics, refreshMetrics } from '@/lib/library/story-metrics';
import type { StoryMetric } from '@/lib/library/model';
import { storyAnalyzer } from './story-fakes';

const derive = (text: string) =>
  deriveStoryMetrics(text, storyAnalyzer(text)).map(({ name, value }) => ({ name, value }));

describe('deriveStoryMetrics', () => {
  it('pairs each named metric with the numbers after it, joining from→to as an arrow', () => {
    const text = 'Conversion rose from 8% to 9.6% in 30 days. Refund tickets fell 45%, to 660 a week.';
    expect(deriveStoryMetrics(text, storyAnalyzer(text))).toEqual([
      { name: 'Conversion', value: '8% → 9.6%', origin: 'text', quote: 'Conversion rose from 8% to 9.6% in 30 days.' },
      { name: 'Refund tickets', value: '45%, 660', origin: 'text', quote: 'Refund tickets fell 45%, to 660 a week.' },
    ]);
  });

  it('credits a number before the first metric name to it', () => {
    expect(derive('We saw a 45% drop in refund tickets.')).toEqual([{ name: 'refund tickets', value: '45%' }]);
  });

  it('leaves periods out and names nothing it cannot find', () => {
    expect(derive('I decided in 30 days.')).toEqual([]);
    expect(derive('We saved $1.1M.')).toEqual([{ name: '', value: '$1.1M' }]);
  });

  it('splits the numbers of one sentence between two metrics', () => {
    expect(derive('Revenue grew 12% and p99 latency fell from 480 ms to 310 ms.')).toEqual([
      { name: 'Revenue', value: '12%' },
      { name: 'p99 latency', value: '480 ms → 310 ms' },
    ]);
  });

  it('reads only numbers in digits as a from → to range', () => {
    const metrics = derive('Conversion went from 8% to 9.6%, and refund tickets from 1,200 to 660.');
    expect(metrics).toEqual([
      { name: 'Conversion', value: '8% → 9.6%' },
      { name: 'refund tickets', value: '1,200 → 660' },
    ]);
    // However the analyzer reads "doubled", it is never the start of a range.
    expect(derive('Refund tickets doubled to 1,200.')[0]!.value).not.toContain('→');
  });

  it('lists a metric cited twice once', () => {
    expect(derive('Conversion hit 9%. Later conversion hit 9%.')).toEqual([{ name: 'Conversion', value: '9%' }]);
  });
});

describe('refreshMetrics', () => {
  it("keeps the user's metrics and replaces derived ones, without repeating a number the user kept", () => {
    const current: StoryMetric[] = [
      { name: 'conversion rate', value: '8% → 9.6%', origin: 'user' },
      { name: 'old', value: '1%', origin: 'text' },
    ];
    const derived: StoryMetric[] = [
      { name: 'Conversion', value: '8% → 9.6%', origin: 'text' },
      { name: 'Revenue', value: '12%', origin: 'text' },
    ];
    expect(refreshMetrics(current, derived)).toEqual([current[0], derived[1]]);
  });
});
