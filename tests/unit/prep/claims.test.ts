import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import type { DecisionRow } from '@/lib/library/model';
import { coverageText, proofCoverage, proveClaims, storyClaims, unmatchedProofs } from '@/lib/prep/claims';
import { analysisOf } from './spans';

const STORY =
  'Refund tickets had doubled to 1,200 a week. I rebuilt triage with the support lead. Tickets fell 45% in 30 days, from 1,200 to 660 a week.';

const entry = (id: number, evidence: DecisionRow['evidence']): DecisionRow => ({
  id,
  storyId: 1,
  date: '2024-02-01',
  decision: 'd',
  options: '',
  tradeOff: '',
  metric: '',
  result: '',
  evidence,
  createdAt: id,
  updatedAt: id,
});

describe('storyClaims', () => {
  it('lists each outcome and each baseline with its span, in text order, once each', () => {
    const analysis = analysisOf(STORY, {
      outcome: ['fell 45%', 'from 1,200 to 660'],
      // "from 1,200" lies inside an outcome: it is part of that claim, not a baseline of its own.
      problem: ['Refund tickets had doubled to 1,200 a week', 'from 1,200'],
    });
    const claims = storyClaims(analysis);
    expect(claims.map((c) => [c.kind, c.span.text, STORY.slice(c.span.start, c.span.end)])).toEqual([
      ['baseline', 'Refund tickets had doubled to 1,200 a week', 'Refund tickets had doubled to 1,200 a week'],
      ['outcome', 'fell 45%', 'fell 45%'],
      ['outcome', 'from 1,200 to 660', 'from 1,200 to 660'],
    ]);
  });

  it('keeps a baseline told in words, and leaves out a problem with no number', () => {
    const text = 'Churn had doubled. The process was broken. Churn halved in Q3.';
    const claims = storyClaims(
      analysisOf(text, { problem: ['Churn had doubled', 'The process was broken'], outcome: ['halved'] }),
    );
    expect(claims.map((c) => c.span.text)).toEqual(['Churn had doubled', 'halved']);
  });

  it('lists a claim said twice once, at its first place', () => {
    const text = 'Tickets fell 45%. Yes, tickets fell 45%.';
    const analysis = analysisOf(text, { outcome: ['fell 45%'] });
    analysis.components.outcome.spans.push({ start: text.lastIndexOf('fell'), end: text.length - 1, text: 'fell 45%' });
    expect(storyClaims(analysis).map((c) => c.span.start)).toEqual([text.indexOf('fell')]);
  });

  it('with the real analyzer: every claim is words of the story at its span, and every outcome is a claim', () => {
    const analysis = analyze(STORY);
    const claims = storyClaims(analysis);
    for (const c of claims) expect(STORY.slice(c.span.start, c.span.end)).toBe(c.span.text);
    for (const o of analysis.components.outcome.spans) expect(claims.map((c) => c.key)).toContain(o.text.toLowerCase());
    expect(claims.length).toBeGreaterThan(0);
  });
});

describe('proof', () => {
  const analysis = analysisOf(STORY, { outcome: ['fell 45%', 'from 1,200 to 660'] });
  const claims = storyClaims(analysis);

  it('links a claim to every piece of evidence that lists it; the rest have no proof yet', () => {
    const log = [
      entry(1, [{ kind: 'dashboard', link: 'https://d', proves: 'the drop', claims: ['fell 45%'] }]),
      entry(2, [
        { kind: 'note', link: 'notes.md', proves: 'nothing linked', claims: [] },
        { kind: 'ticket', link: 'OPS-1', proves: 'the weekly count', claims: ['fell 45%', 'gone from the story'] },
      ]),
    ];
    const proved = proveClaims(claims, log);
    expect(proved.map((c) => c.proofs.map((p) => [p.decision.id, p.index]))).toEqual([
      [
        [1, 0],
        [2, 1],
      ],
      [],
    ]);
    expect(proofCoverage(proved)).toEqual({ proved: 1, total: 2 });
    expect(coverageText(proofCoverage(proved))).toBe('1 of 2 claims proved');
    expect(unmatchedProofs(claims, log).map((u) => u.key)).toEqual(['gone from the story']);
  });

  it('says so when a story has no quantified claim', () => {
    expect(coverageText(proofCoverage([]))).toBe('no quantified claim yet');
    expect(coverageText({ proved: 1, total: 1 })).toBe('1 of 1 claim proved');
  });
});
