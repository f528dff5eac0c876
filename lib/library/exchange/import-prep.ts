/**
 * How a file's interview preparation merges into the library. A story's decision log entries,
 * OSF map and rehearsals follow the story (into the library's story of the same title when
 * there is one). Entries match on their story and creation time, rehearsals on their story and
 * time, so importing the same file twice adds nothing and an entry edited since merges into
 * itself (the version updated last wins); an OSF map matches on its story, an interview date
 * on its company.
 */
import { LIMITS } from '../limits';
import { mergeDecisions, mergeInterviews, mergeOsfMaps } from '../merge';
import type { DecisionRow, InterviewRow, OsfMapRow, RehearsalRow } from '../model';
import { normalizeText } from '../text';
import type { LibraryFile } from './format';
import { checkRoom, mergeByKey, type ImportReport } from './merge-rows';
import { fail } from './shape';

export interface PrepTables {
  decisions: DecisionRow[];
  osfMaps: OsfMapRow[];
  rehearsals: RehearsalRow[];
  interviews: InterviewRow[];
}

/** The file's OSF maps, each merged into the library's map of the same story; returns the maps to write. */
function mergeMaps(library: readonly OsfMapRow[], file: readonly OsfMapRow[], report: ImportReport): OsfMapRow[] {
  const byStory = new Map(library.map((m) => [m.storyId, m]));
  const writes = new Map<number, OsfMapRow>();
  for (const map of file) {
    const kept = byStory.get(map.storyId);
    const merged = kept ? mergeOsfMaps(kept, map) : map;
    if (kept === merged) report.osfMaps.skipped++;
    else {
      report.osfMaps[kept ? 'updated' : 'added']++;
      byStory.set(map.storyId, merged);
      writes.set(map.storyId, merged);
    }
  }
  return [...writes.values()];
}

/** Refuses an import that would give one story more decision log entries than a story may hold. */
function checkEntriesPerStory(library: readonly DecisionRow[], writes: readonly DecisionRow[]): void {
  const rows = new Map(library.map((d) => [d.id, d]));
  for (const d of writes) rows.set(d.id, d);
  const perStory = new Map<number, number>();
  for (const d of rows.values()) perStory.set(d.storyId, (perStory.get(d.storyId) ?? 0) + 1);
  for (const [storyId, n] of perStory)
    if (n > LIMITS.decisionsPerStory)
      fail(
        'decisions',
        `with your library's, story ${storyId} would have ${n} decision log entries; at most ${LIMITS.decisionsPerStory}`,
      );
}

/** Merges the file's preparation tables into the library's; `storyIds` maps the file's story ids to the library's. */
export function mergePrepTables(
  file: Pick<LibraryFile, keyof PrepTables>,
  library: PrepTables,
  storyIds: ReadonlyMap<number, number>,
  report: ImportReport,
): PrepTables {
  const story = (id: number) => storyIds.get(id)!;
  const decisions = mergeByKey(
    library.decisions,
    file.decisions.map((d) => ({ ...d, storyId: story(d.storyId) })),
    (d) => `${d.storyId}|${d.createdAt}`,
    mergeDecisions,
    report.decisions,
  ).writes;
  const rehearsals = mergeByKey(
    library.rehearsals,
    file.rehearsals.map((r) => ({ ...r, storyId: story(r.storyId) })),
    (r) => `${r.storyId}|${r.at}`,
    (kept) => kept,
    report.rehearsals,
  ).writes;
  const interviews = mergeByKey(
    library.interviews,
    file.interviews.map((i) => ({ ...i, companyKey: normalizeText(i.company) })),
    (i) => i.companyKey,
    mergeInterviews,
    report.interviews,
  ).writes;
  const osfMaps = mergeMaps(
    library.osfMaps,
    file.osfMaps.map((m) => ({ ...m, storyId: story(m.storyId) })),
    report,
  );
  checkEntriesPerStory(library.decisions, decisions);
  checkRoom('decisions', library.decisions.length, report.decisions, LIMITS.decisions);
  checkRoom('osfMaps', library.osfMaps.length, report.osfMaps, LIMITS.stories);
  checkRoom('rehearsals', library.rehearsals.length, report.rehearsals, LIMITS.rehearsals);
  checkRoom('interviews', library.interviews.length, report.interviews, LIMITS.interviews);
  return { decisions, osfMaps, rehearsals, interviews };
}
