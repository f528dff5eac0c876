import { useMemo } from 'preact/hooks';
import { analyze as realAnalyze } from '@/lib/analysis';
import { useLibraryEnv } from '@/components/library/env';
import { useLiveQuery } from '@/components/library/useLiveQuery';
import { loadPrepRows, loadSheetRows, ofStory, type PrepRows, type SheetRows } from '@/lib/prep/load';
import { byReadiness, storyReadiness, type StoryReadiness } from '@/lib/prep/readiness';

export interface PrepData {
  rows: PrepRows | undefined;
  /** Every story, readiest first. */
  stories: StoryReadiness[];
  sheetRows: SheetRows | undefined;
  error: unknown;
}

/** The library as the preparation views read it, live: every change in any open panel shows at once. */
export function usePrepData(): PrepData {
  const env = useLibraryEnv();
  const prep = useLiveQuery(() => loadPrepRows(env.db), [env.db]);
  const sheet = useLiveQuery(() => loadSheetRows(env.db), [env.db]);
  const analyze = env.analyze ?? realAnalyze;
  const rows = prep.value;
  // Each story is analysed once per change of the library, not once per view that shows it.
  const stories = useMemo(
    () => (rows ? byReadiness(rows.stories.map((s) => storyReadiness(s, ofStory(rows.decisions, s.id), analyze))) : []),
    [rows, analyze],
  );
  return { rows, stories, sheetRows: sheet.value, error: prep.error ?? sheet.error };
}
