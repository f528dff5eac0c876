import { useEffect, useId, useState } from 'preact/hooks';
import { setStoryMetrics, type StoryRow } from '@/lib/library';
import { useLibraryEnv } from './env';
import { messageOf } from './format';

interface Draft {
  name: string;
  value: string;
  origin: 'text' | 'user';
  quote?: string;
}

const sameList = (a: readonly Draft[], b: readonly Draft[]) =>
  a.length === b.length && a.every((m, i) => m.name === b[i]!.name && m.value === b[i]!.value);

/** The metrics a story cites: found in its text on each save, editable, and then kept as edited. */
export function StoryMetrics({ story, toast }: { story: StoryRow; toast: (message: string) => void }) {
  const env = useLibraryEnv();
  const id = useId();
  // `base` is the saved list the draft started from: edits are the differences from it.
  const [base, setBase] = useState<readonly Draft[]>(story.metrics);
  const [draft, setDraft] = useState<Draft[]>(story.metrics);
  const [error, setError] = useState('');
  const dirty = !sameList(draft, base);
  // A save (here or in another panel) refreshes the list unless it is being edited.
  useEffect(() => {
    if (sameList(story.metrics, base)) return;
    setBase(story.metrics);
    if (!dirty) setDraft(story.metrics);
  }, [story.metrics]);

  const change = (i: number, patch: Partial<Draft>) =>
    setDraft((d) => d.map((m, j) => (j === i ? { ...m, ...patch, origin: 'user' } : m)));
  const save = async (event: Event) => {
    event.preventDefault();
    setError('');
    try {
      const saved = await setStoryMetrics(story.id, draft, env.db);
      setBase(saved.metrics);
      setDraft(saved.metrics);
      toast('Saved the story’s metrics.');
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <form class="lib-metrics" aria-labelledby={`${id}-h`} onSubmit={save}>
      <h4 id={`${id}-h`}>Metrics this story cites</h4>
      <p class="lib-hint">Numbers found in the story are listed after each save. Edit them; your edits are kept.</p>
      {draft.length === 0 && <p class="lib-hint">No metric yet.</p>}
      <ul class="lib-metrics__list">
        {draft.map((m, i) => (
          <li key={i} class="lib-metrics__row">
            <label>
              Metric {i + 1}
              <input
                type="text"
                value={m.name}
                placeholder="metric"
                onInput={(e) => change(i, { name: e.currentTarget.value })}
              />
            </label>
            <label>
              Number {i + 1}
              <input type="text" value={m.value} onInput={(e) => change(i, { value: e.currentTarget.value })} />
            </label>
            <span class="lib-hint">{m.origin === 'text' ? 'found in the story' : 'yours'}</span>
            <button
              type="button"
              class="lib-button lib-button--quiet"
              onClick={() => setDraft((d) => d.filter((_, j) => j !== i))}
            >
              Remove metric {i + 1}
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p class="lib-error" role="alert">
          {error}
        </p>
      )}
      <div class="lib-actions">
        <button
          type="button"
          class="lib-button"
          onClick={() => setDraft((d) => [...d, { name: '', value: '', origin: 'user' }])}
        >
          Add a metric
        </button>
        <button type="submit" class="lib-button lib-button--primary" disabled={!dirty}>
          Save metrics
        </button>
      </div>
    </form>
  );
}
