/**
 * What the preparation views read, in one read transaction each, so a live query sees one
 * consistent library: the stories with their logs, maps, rehearsals and the interview dates;
 * and for the cheat sheet, the principle coverage and the strongest phrasing per principle.
 */
import { principleCoverage, type PrincipleCoverage } from '@/lib/library/coverage';
import { libraryDb, type LibraryDB } from '@/lib/library/db';
import type { DecisionRow, InterviewRow, OsfMapRow, RehearsalRow, SnippetRow, StoryRow } from '@/lib/library/model';

export interface PrepRows {
  stories: StoryRow[];
  decisions: DecisionRow[];
  osfMaps: OsfMapRow[];
  rehearsals: RehearsalRow[];
  interviews: InterviewRow[];
}

export function loadPrepRows(db: LibraryDB = libraryDb): Promise<PrepRows> {
  return db.transaction('r', [db.stories, db.decisions, db.osfMaps, db.rehearsals, db.interviews], async () => {
    const [stories, decisions, osfMaps, rehearsals, interviews] = await Promise.all([
      db.stories.orderBy('titleKey').toArray(),
      db.decisions.toArray(),
      db.osfMaps.toArray(),
      db.rehearsals.toArray(),
      db.interviews.toArray(),
    ]);
    return { stories, decisions, osfMaps, rehearsals, interviews };
  });
}

/** A story's rows of a table. */
export function ofStory<T extends { storyId: number }>(rows: readonly T[], storyId: number): T[] {
  return rows.filter((r) => r.storyId === storyId);
}

export interface SheetRows {
  coverage: PrincipleCoverage;
  /** The best snippet of each principle that has one (read through the principles index, not every snippet). */
  snippets: SnippetRow[];
}

export function loadSheetRows(db: LibraryDB = libraryDb): Promise<SheetRows> {
  return db.transaction('r', [db.principles, db.stories, db.snippets], async () => {
    const coverage = await principleCoverage(db);
    const best = await Promise.all(
      coverage.rows.map(async ({ principle }) => {
        const rows = await db.snippets.where('principles').equals(principle).toArray();
        return rows.sort((a, b) => b.score - a.score || b.updatedAt - a.updatedAt || b.id - a.id)[0];
      }),
    );
    return { coverage, snippets: best.filter((s): s is SnippetRow => s !== undefined) };
  });
}
