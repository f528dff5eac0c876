import { useState } from 'preact/hooks';
import { saveAllStories, type SaveAllReport } from '@/lib/document/save-all';
import type { DocumentStory } from '@/lib/document/split';
import { useLibraryEnv } from '../library/env';
import { messageOf } from '../library/format';
import { ImportReport } from '../library/ImportReport';
import '../library/library.css';

/** Saves every story of the document into the library, merging as an import does, and reports what it did. */
export function SaveAllStories({ stories }: { stories: readonly DocumentStory[] }) {
  const env = useLibraryEnv();
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ report: SaveAllReport } | { error: string } | null>(null);
  const save = async () => {
    setSaving(true);
    try {
      setOutcome({ report: await saveAllStories(stories, env) });
    } catch (error) {
      setOutcome({ error: `Nothing was saved: ${messageOf(error)}` });
    } finally {
      setSaving(false);
    }
  };
  return (
    <div class="whole-doc__save">
      <p>
        <button type="button" onClick={() => void save()} disabled={saving}>
          Save all to library as stories
        </button>{' '}
        <span class="hint">A story whose title is in your library already updates it, as an import does.</span>
      </p>
      <div role="status">
        {outcome && 'error' in outcome && <p class="problem">{outcome.error}</p>}
        {outcome && 'report' in outcome && <SaveAllReportView saved={outcome.report} />}
      </div>
    </div>
  );
}

function SaveAllReportView({ saved }: { saved: SaveAllReport }) {
  const { added, updated, skipped } = saved.report.stories;
  return (
    <>
      <p>
        Saved to your library: {added} added, {updated} updated, {skipped} unchanged.
      </p>
      <ImportReport report={saved.report} fileName="this document" />
      {saved.notSaved.length > 0 && (
        <>
          <p>Not saved:</p>
          <ul aria-label="Stories not saved">
            {saved.notSaved.map((s) => (
              <li key={s.title}>
                {s.title}: {s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
