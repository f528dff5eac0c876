/**
 * The principles × stories grid: a story covers a principle when the user gave it that
 * principle or when one of its snippets carries it. Read-only, so it runs inside liveQuery.
 */
import { libraryDb, type LibraryDB } from './db';

export interface CoverageCell {
  storyId: number;
  covered: boolean;
  /** The user assigned the principle to the story itself. */
  byStory: boolean;
  /** Snippets of the story that carry the principle. */
  snippetIds: number[];
}

export interface CoverageRow {
  principle: string;
  /** One cell per story, in the order of `stories`. */
  cells: CoverageCell[];
}

export interface PrincipleCoverage {
  stories: Array<{ id: number; title: string }>;
  rows: CoverageRow[];
  /** Principles no story covers: the gaps to fill before the loop. */
  uncovered: string[];
}

export async function principleCoverage(db: LibraryDB = libraryDb): Promise<PrincipleCoverage> {
  const [principles, stories] = await Promise.all([
    db.principles.orderBy('position').toArray(),
    db.stories.orderBy('titleKey').toArray(),
  ]);
  const storyIds = stories.map((s) => s.id);
  const snippets = await db.snippets.where('storyId').anyOf(storyIds).toArray();

  const rows = principles.map(({ name }) => ({
    principle: name,
    cells: stories.map((story) => {
      const byStory = story.principles.includes(name);
      const snippetIds = snippets.filter((s) => s.storyId === story.id && s.principles.includes(name)).map((s) => s.id);
      return { storyId: story.id, covered: byStory || snippetIds.length > 0, byStory, snippetIds };
    }),
  }));
  return {
    stories: stories.map((s) => ({ id: s.id, title: s.title })),
    rows,
    uncovered: rows.filter((r) => !r.cells.some((c) => c.covered)).map((r) => r.principle),
  };
}
