import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import {
  deleteStory,
  restoreStory,
  saveStory,
  scoreStory,
  STORY_PARTS,
  type StoryPart,
  type StoryRow,
} from '@/lib/library';
import { useLibraryEnv } from './env';
import { messageOf, scoreText } from './format';
import { StoryHistory } from './StoryHistory';
import { StoryMetrics } from './StoryMetrics';
import { StoryScorePanel } from './StoryScorePanel';
import type { ToastSpec } from './UndoToast';
import { useDebounced } from './useDebounced';

const PART_LABELS: Record<StoryPart, { label: string; hint: string }> = {
  problem: { label: 'Problem', hint: 'What was broken, with its number before.' },
  action: { label: 'Action', hint: 'What you decided and did, and how you tested it.' },
  result: { label: 'Result', hint: 'The measured change, and over what period.' },
  learning: { label: 'Learning', hint: 'What you learned, or do differently since.' },
};

type Draft = Record<StoryPart | 'title', string> & { principles: string[] };

const draftOf = (story: StoryRow): Draft => ({
  title: story.title,
  problem: story.problem,
  action: story.action,
  result: story.result,
  learning: story.learning,
  principles: story.principles,
});
const sameDraft = (a: Draft, b: Draft) =>
  a.title === b.title &&
  STORY_PARTS.every((p) => a[p] === b[p]) &&
  a.principles.length === b.principles.length &&
  a.principles.every((p) => b.principles.includes(p));

export interface StoryEditorProps {
  story: StoryRow;
  principles: readonly string[];
  toast: (spec: ToastSpec, options?: { focus?: boolean }) => void;
  onDeleted: () => void;
  /** Where focus goes after Undo of a delete. */
  afterUndo: () => void;
}

/** Edits one story: its title and four parts, scored live as a whole; Save adds the score to the history. */
export function StoryEditor({ story, principles, toast, onDeleted, afterUndo }: StoryEditorProps) {
  const env = useLibraryEnv();
  const id = useId();
  // `base` is the saved story the draft started from: edits are the differences from it.
  const [base, setBase] = useState<Draft>(() => draftOf(story));
  const [draft, setDraft] = useState<Draft>(base);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const dirty = !sameDraft(draft, base);
  // A save made in another panel shows here, unless this one has edits of its own.
  useEffect(() => {
    const saved = draftOf(story);
    if (sameDraft(saved, base)) return;
    setBase(saved);
    if (!dirty) setDraft(saved);
  }, [story]);

  const settled = useDebounced(draft);
  const scored = useMemo(() => {
    const parts = {
      problem: settled.problem,
      action: settled.action,
      result: settled.result,
      learning: settled.learning,
    };
    return STORY_PARTS.some((p) => parts[p].trim()) ? scoreStory(parts, env.analyze) : null;
  }, [settled.problem, settled.action, settled.result, settled.learning]);

  const save = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    setError('');
    try {
      const row = await saveStory(story.id, draft, env);
      setBase(draftOf(row));
      setDraft(draftOf(row));
      const last = row.scoreHistory.at(-1);
      toast(
        { message: last ? `Saved. Score ${scoreText(last.score, last.band)} added to the history.` : 'Saved.' },
        { focus: false },
      );
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setSaving(false);
    }
  };
  const remove = async () => {
    try {
      const deleted = await deleteStory(story.id, env.db);
      if (!deleted) return;
      toast({
        message: `Deleted the story “${deleted.story.title}”. Its snippets stay in the library.`,
        undo: () => restoreStory(deleted, env.db),
        afterUndo,
      });
      onDeleted();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const set = (key: keyof Draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <article class="lib-story" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{story.title}</h3>
      <form class="lib-story__form" onSubmit={save}>
        <label for={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          type="text"
          value={draft.title}
          onInput={(e) => set('title', e.currentTarget.value)}
        />
        {STORY_PARTS.map((part) => (
          <div key={part} class="lib-field">
            <label for={`${id}-${part}`}>{PART_LABELS[part].label}</label>
            <textarea
              id={`${id}-${part}`}
              rows={3}
              value={draft[part]}
              aria-describedby={`${id}-${part}-hint`}
              onInput={(e) => set(part, e.currentTarget.value)}
            />
            <p id={`${id}-${part}-hint`} class="lib-hint">
              {PART_LABELS[part].hint}
            </p>
          </div>
        ))}
        <fieldset class="lib-checks">
          <legend>Principles this story shows</legend>
          {principles.map((p) => (
            <label key={p} class="lib-check">
              <input
                type="checkbox"
                checked={draft.principles.includes(p)}
                onChange={(e) =>
                  setDraft((d) => ({
                    ...d,
                    principles: e.currentTarget.checked ? [...d.principles, p] : d.principles.filter((x) => x !== p),
                  }))
                }
              />{' '}
              {p}
            </label>
          ))}
        </fieldset>
        <section class="lib-story__score" aria-label="Story score, live">
          <StoryScorePanel scored={scored} />
        </section>
        {error && (
          <p class="lib-error" role="alert">
            {error}
          </p>
        )}
        <div class="lib-actions">
          <button type="submit" class="lib-button lib-button--primary" disabled={saving}>
            Save story
          </button>
          <span class="lib-hint">{dirty ? 'Unsaved changes.' : 'All changes saved.'}</span>
          <button type="button" class="lib-button lib-button--danger" onClick={remove}>
            Delete story
          </button>
        </div>
      </form>
      <section aria-labelledby={`${id}-history`}>
        <h4 id={`${id}-history`}>Score history</h4>
        <StoryHistory history={story.scoreHistory} headingId={`${id}-history`} />
      </section>
      <StoryMetrics story={story} toast={(message) => toast({ message }, { focus: false })} />
    </article>
  );
}
