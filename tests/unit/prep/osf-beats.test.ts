import { describe, expect, it } from 'vitest';
import { COMPONENT_DETECTORS } from '@/lib/analysis';
import { storyBeats } from '@/lib/prep/beats';
import { osfMap } from '@/lib/prep/osf';
import { analysisOf } from './spans';

const TEXT =
  'Conversion was stuck at 8%. I chose to test a new pricing page. We ran an A/B test for 30 days and conversion rose to 9.6%. We made it the default.';
const ANALYSIS = analysisOf(TEXT, {
  problem: ['Conversion was stuck at 8%'],
  decision: ['I chose to test a new pricing page'],
  metric: ['Conversion', 'conversion'],
  method: ['A/B test'],
  outcome: ['rose to 9.6%'],
  timeframe: ['for 30 days'],
  scale: ['made it the default'],
});

describe('osfMap', () => {
  it('prefills each node from the story’s spans, each once', () => {
    expect(osfMap(ANALYSIS).map((n) => [n.label, n.value, n.origin])).toEqual([
      ['Hypothesis', 'I chose to test a new pricing page', 'story'],
      ['Primary metric', 'Conversion', 'story'],
      ['Experiment design', 'A/B test', 'story'],
      ['Outcome', 'rose to 9.6%; for 30 days', 'story'],
      ['Follow-up action', 'made it the default', 'story'],
    ]);
  });

  it('shows the user’s words where they wrote some, and the bar raiser’s question on an empty node', () => {
    const empty = analysisOf('We shipped it.', {});
    const map = osfMap(empty, { hypothesis: 'Price was the blocker.', outcome: '' });
    expect(map.map((n) => [n.node, n.value, n.origin])).toEqual([
      ['hypothesis', 'Price was the blocker.', 'yours'],
      ['metric', '', 'empty'],
      ['design', '', 'empty'],
      ['outcome', '', 'empty'],
      ['followUp', '', 'empty'],
    ]);
    expect(map.find((n) => n.node === 'metric')!.question).toBe(COMPONENT_DETECTORS.metric.question);
    expect(map.find((n) => n.node === 'design')!.question).toBe(COMPONENT_DETECTORS.method.question);
    // A node the user emptied on purpose stays empty, though the story has words for it.
    expect(osfMap(ANALYSIS, { outcome: '' }).find((n) => n.node === 'outcome')).toMatchObject({
      value: '',
      origin: 'empty',
      fromStory: 'rose to 9.6%; for 30 days',
    });
  });
});

describe('storyBeats', () => {
  it('gives Problem → Metric → Experiment → Outcome → Scale with the story’s words, or the question', () => {
    const beats = storyBeats(analysisOf(TEXT, { problem: ['Conversion was stuck at 8%'], method: ['A/B test'] }));
    expect(beats.map((b) => [b.label, b.words])).toEqual([
      ['Problem', ['Conversion was stuck at 8%']],
      ['Metric', []],
      ['Experiment', ['A/B test']],
      ['Outcome', []],
      ['Scale', []],
    ]);
    expect(beats[1]!.question).toBe(COMPONENT_DETECTORS.metric.question);
  });
});
