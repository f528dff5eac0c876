/** The end of a multi-paragraph report: how the stories stand together, and which to fix first. */
import { CATEGORIES, type Analysis, type Band, type Category } from '../analysis/types';
import { formatDuration, renderHeading, TARGET_SECONDS } from './report';
import type { Palette } from './color';
import type { Paragraph } from './paragraphs';

export interface ScoredParagraph {
  paragraph: Paragraph;
  analysis: Analysis;
}

export interface NotesSummary {
  count: number;
  bands: Record<Band, number>;
  averageScore: number;
  weakest: { index: number; paragraph: Paragraph; score: number } | undefined;
  /** Most frequent finding categories first; ties keep the model's order. */
  topCategories: Array<{ category: Category; count: number }>;
  /** 1-based indexes of paragraphs that take longer than the target to tell. */
  overTime: number[];
}

const TOP_CATEGORIES = 3;

export function summarizeNotes(scored: readonly ScoredParagraph[]): NotesSummary {
  const bands: Record<Band, number> = { strong: 0, partial: 0, weak: 0 };
  const counts = new Map<Category, number>();
  let total = 0;
  let weakest: NotesSummary['weakest'];
  scored.forEach(({ paragraph, analysis }, i) => {
    bands[analysis.band]++;
    total += analysis.score;
    if (!weakest || analysis.score < weakest.score) weakest = { index: i + 1, paragraph, score: analysis.score };
    for (const f of analysis.findings) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  });
  const topCategories = CATEGORIES.filter((c) => counts.has(c))
    .map((category) => ({ category, count: counts.get(category)! }))
    .sort((a, b) => b.count - a.count)
    .slice(0, TOP_CATEGORIES);
  const overTime = scored.flatMap(({ analysis }, i) => (analysis.speakingSeconds > TARGET_SECONDS ? [i + 1] : []));
  const averageScore = scored.length === 0 ? 0 : Math.round(total / scored.length);
  return { count: scored.length, bands, averageScore, weakest, topCategories, overTime };
}

export function renderSummary(summary: NotesSummary, palette: Palette, width: number): string {
  const { bands, weakest } = summary;
  const bandLine = (['strong', 'partial', 'weak'] as const).map((b) => `${bands[b]} ${palette.band(b, b)}`).join(' · ');
  const top = summary.topCategories.map(({ category, count }) => `${category} ×${count}`).join(' · ') || 'none';
  const lines = [
    renderHeading(`Summary · ${summary.count} paragraphs`, palette, width),
    '',
    `  Bands          ${bandLine}`,
    `  Average score  ${summary.averageScore}/100`,
  ];
  if (weakest) {
    lines.push(
      `  Weakest        paragraph ${weakest.index} (${describeLines(weakest.paragraph)}), score ${weakest.score}`,
    );
  }
  lines.push(`  Top findings   ${top}`);
  if (summary.overTime.length > 0) {
    const label = `Over ${formatDuration(TARGET_SECONDS)}`.padEnd(15);
    lines.push(`  ${label}paragraph ${listSome(summary.overTime)}`);
  }
  return `${lines.join('\n')}\n`;
}

const LISTED_PARAGRAPHS = 10;

function listSome(indexes: number[]): string {
  const shown = indexes.slice(0, LISTED_PARAGRAPHS).join(', ');
  return indexes.length > LISTED_PARAGRAPHS ? `${shown} and ${indexes.length - LISTED_PARAGRAPHS} more` : shown;
}

export function describeLines({ startLine, endLine }: Paragraph): string {
  return startLine === endLine ? `line ${startLine}` : `lines ${startLine}–${endLine}`;
}

export function paragraphTitle(paragraph: Paragraph, index: number, count: number): string {
  const parts = [`Paragraph ${index} of ${count}`, describeLines(paragraph)];
  if (paragraph.section) parts.push(paragraph.section);
  return parts.join(' · ');
}
