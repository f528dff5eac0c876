import { describe, expect, it } from 'vitest';
import { analyze, COMPONENT_IDS } from '@/lib/analysis';
import { DocumentScores } from '@/lib/document/scores';
import { storiesOf } from '@/lib/document/split';

const DOC = [
  '## Courier cost',
  'Courier cost per delivered order had crept up to $4.80. I chose cost per order as the goal, ran a four-week pilot, and cost fell 17% to $3.98.',
  '## Onboarding',
  'I helped out on the onboarding checklist and users loved it.',
  '## Pricing',
  'The pricing page was redesigned and a decision was made to remove the annual plan.',
].join('\n');

describe('DocumentScores', () => {
  it('summarizes each story as the analyzer scores it: score, band, speaking time, missing components', () => {
    const [first] = new DocumentScores().score(storiesOf({ text: DOC }));
    const analysis = analyze(first!.text);
    expect(first!.summary).toMatchObject({
      score: analysis.score,
      band: analysis.band,
      speakingSeconds: analysis.speakingSeconds,
    });
    expect(first!.summary.missing).toEqual(COMPONENT_IDS.filter((id) => !analysis.components[id].present));
    expect(first!.summary.missing.length).toBeGreaterThan(0);
  });

  it('after an edit only the changed story is analyzed again', () => {
    const calls: string[] = [];
    const scores = new DocumentScores((text, options) => {
      calls.push(text);
      return analyze(text, options);
    });
    scores.score(storiesOf({ text: DOC }));
    expect(calls).toHaveLength(3);
    calls.length = 0;
    const edited = DOC.replace('users loved it', 'sign-ups rose 12%');
    const rescored = scores.score(storiesOf({ text: edited }));
    expect(calls).toEqual([rescored[1]!.text]);
    expect(scores.analyzedLast).toBe(1);
  });

  it('switching a rule off scores every story again', () => {
    let count = 0;
    const scores = new DocumentScores((text, options) => {
      count++;
      return analyze(text, options);
    });
    const stories = storiesOf({ text: DOC });
    scores.score(stories);
    scores.score(stories, { disabledRules: ['weak-verb'] });
    expect(count).toBe(6);
  });
});
