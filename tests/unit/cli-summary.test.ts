import { describe, expect, it } from 'vitest';
import { plainPalette } from '../../lib/cli/color';
import type { Paragraph } from '../../lib/cli/paragraphs';
import { paragraphTitle, renderSummary, summarizeNotes } from '../../lib/cli/summary';
import { findingOn, handBuiltAnalysis } from '../fixtures/cli/hand-built-analysis';
import type { Analysis, Band, Category } from '../../lib/analysis/types';

function scored(
  text: string,
  startLine: number,
  score: number,
  band: Band,
  categories: Category[],
  speakingSeconds = 20,
) {
  const paragraph: Paragraph = { text, startLine, endLine: startLine + 1 };
  const findings = categories.map((c, i) => findingOn(text, text.split(' ')[i]!, c));
  const analysis: Analysis = handBuiltAnalysis(text, findings, {}, { score, band, speakingSeconds });
  return { paragraph, analysis };
}

const NOTES = [
  scored('We did a lot of things', 1, 55, 'partial', ['team-only', 'vague-quantity']),
  scored('It was great and everyone loved it', 4, 12, 'weak', ['vague-impact', 'vague-quantity', 'vague-impact']),
  scored('I cut churn by 3% in Q2 with finance', 7, 81, 'strong', [], 150),
  scored('I helped a bit on it', 10, 30, 'weak', ['weak-verb']),
];

describe('summarizeNotes', () => {
  const summary = summarizeNotes(NOTES);

  it('counts paragraphs per band and averages the scores', () => {
    expect(summary.count).toBe(4);
    expect(summary.bands).toEqual({ strong: 1, partial: 1, weak: 2 });
    expect(summary.averageScore).toBe(45); // (55 + 12 + 81 + 30) / 4 = 44.5
  });

  it('names the weakest paragraph with its lines', () => {
    expect(summary.weakest).toMatchObject({ index: 2, score: 12, paragraph: { startLine: 4, endLine: 5 } });
  });

  it('ranks finding categories by frequency, ties in the model order', () => {
    expect(summary.topCategories).toEqual([
      { category: 'vague-impact', count: 2 },
      { category: 'vague-quantity', count: 2 },
      { category: 'weak-verb', count: 1 },
    ]);
  });

  it('lists the paragraphs that run over two minutes', () => {
    expect(summary.overTime).toEqual([3]);
  });
});

describe('renderSummary', () => {
  it('prints the bands, average, weakest paragraph, top findings and long stories', () => {
    const text = renderSummary(summarizeNotes(NOTES), plainPalette, 80);
    expect(text).toContain('Summary · 4 paragraphs');
    expect(text).toMatch(/Bands\s+1 strong · 1 partial · 2 weak/);
    expect(text).toMatch(/Average score\s+45\/100/);
    expect(text).toMatch(/Weakest\s+paragraph 2 \(lines 4–5\), score 12/);
    expect(text).toMatch(/Top findings\s+vague-impact ×2 · vague-quantity ×2 · weak-verb ×1/);
    expect(text).toMatch(/Over 2:00\s+paragraph 3/);
  });

  it('says none when no paragraph has a finding, and leaves out the time line when none runs over', () => {
    const text = renderSummary(
      summarizeNotes([NOTES[2]!, NOTES[2]!].map((n) => ({ ...n, analysis: { ...n.analysis, speakingSeconds: 60 } }))),
      plainPalette,
      80,
    );
    expect(text).toMatch(/Top findings\s+none/);
    expect(text).not.toContain('Over 2:00');
  });
});

describe('paragraphTitle', () => {
  it('numbers the paragraph, points at its lines and names its section', () => {
    expect(paragraphTitle({ text: 'x', startLine: 12, endLine: 14, section: 'Courier cost' }, 3, 6)).toBe(
      'Paragraph 3 of 6 · lines 12–14 · Courier cost',
    );
    expect(paragraphTitle({ text: 'x', startLine: 2, endLine: 2 }, 1, 1)).toBe('Paragraph 1 of 1 · line 2');
  });
});
