/**
 * The cheat sheet: the one page to read before the loop. Per story: the metric line, the key
 * numbers with their proof status, and the two questions the story is weakest on. Then which
 * stories cover which principle, with a flag on each principle that has fewer than two stories
 * and a warning for a story used for more than three; then the strongest phrasing per principle.
 */
import type { Band } from '@/lib/analysis';
import type { PrincipleCoverage } from '@/lib/library/coverage';
import type { SnippetRow } from '@/lib/library/model';
import type { ClaimKind, ProofCoverage } from './claims';
import type { MetricLine } from './metric-line';
import type { StoryReadiness } from './readiness';

/** A principle needs two stories: a bar raiser may ask for a second example. */
export const STORIES_PER_PRINCIPLE = 2;
/** A story told for more than three principles is heard too often. */
export const PRINCIPLES_PER_STORY = 3;
export const WEAKEST_QUESTIONS = 2;

export interface SheetNumber {
  kind: ClaimKind;
  text: string;
  /** "dashboard: the drop", or null: no proof yet. */
  proof: string | null;
}

export interface SheetStory {
  id: number;
  title: string;
  score: number;
  band: Band;
  speakingSeconds: number;
  line: MetricLine;
  numbers: SheetNumber[];
  coverage: ProofCoverage;
  weakest: string[];
}

export interface SheetPrinciple {
  principle: string;
  stories: string[];
}

export interface SheetPhrasing {
  principle: string;
  text: string;
  score: number;
  band: Band;
}

export interface CheatSheet {
  stories: SheetStory[];
  /** Principles with at least one story, in the user's order. */
  covered: SheetPrinciple[];
  /** Principles covered by one story only: each needs a second. */
  thin: string[];
  /** Principles no story covers. */
  uncovered: string[];
  /** Stories used for more than three principles. */
  overused: Array<{ title: string; principles: number }>;
  phrasings: SheetPhrasing[];
}

export interface CheatSheetInput {
  stories: readonly StoryReadiness[];
  coverage: PrincipleCoverage;
  snippets: readonly SnippetRow[];
}

function sheetStory(s: StoryReadiness): SheetStory {
  return {
    id: s.story.id,
    title: s.story.title,
    score: s.analysis.score,
    band: s.analysis.band,
    speakingSeconds: s.analysis.speakingSeconds,
    line: s.line,
    numbers: s.claims.map((c) => ({
      kind: c.kind,
      text: c.span.text.replace(/\s+/g, ' ').trim(),
      proof: c.proofs[0] ? `${c.proofs[0].evidence.kind}: ${c.proofs[0].evidence.proves}` : null,
    })),
    coverage: s.coverage,
    weakest: s.analysis.questions.slice(0, WEAKEST_QUESTIONS).map((q) => q.text),
  };
}

const strongestFirst = (a: SnippetRow, b: SnippetRow) => b.score - a.score || b.updatedAt - a.updatedAt || b.id - a.id;

/** Stories in the order given; `coverage` gives the principles (in the user's order) and who covers them. */
export function cheatSheet({ stories, coverage, snippets }: CheatSheetInput): CheatSheet {
  const shown = new Set(stories.map((s) => s.story.id));
  const titleOf = new Map(coverage.stories.map((s) => [s.id, s.title]));
  const rows = coverage.rows.map((row) => ({
    principle: row.principle,
    stories: row.cells.filter((c) => c.covered && shown.has(c.storyId)).map((c) => titleOf.get(c.storyId)!),
  }));
  const perStory = new Map<string, number>();
  for (const row of rows) for (const title of row.stories) perStory.set(title, (perStory.get(title) ?? 0) + 1);
  const phrasings: SheetPhrasing[] = [];
  for (const { principle } of coverage.rows) {
    const best = snippets.filter((s) => s.principles.includes(principle)).sort(strongestFirst)[0];
    if (best) phrasings.push({ principle, text: best.text, score: best.score, band: best.band });
  }
  return {
    stories: stories.map(sheetStory),
    covered: rows.filter((r) => r.stories.length > 0),
    thin: rows.filter((r) => r.stories.length > 0 && r.stories.length < STORIES_PER_PRINCIPLE).map((r) => r.principle),
    uncovered: rows.filter((r) => r.stories.length === 0).map((r) => r.principle),
    overused: [...perStory]
      .filter(([, n]) => n > PRINCIPLES_PER_STORY)
      .map(([title, principles]) => ({ title, principles })),
    phrasings,
  };
}
