import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { analyze as analyzeText } from '@/lib/analysis';
import { updateSnippet, type SnippetRow, type StoryRow } from '@/lib/library';
import { useLibraryEnv } from './env';
import { messageOf, parseTags, scoreText } from './format';
import { useDebounced } from './useDebounced';

export interface SnippetEditorProps {
  snippet: SnippetRow;
  principles: readonly string[];
  stories: readonly StoryRow[];
  /** Called after a save (with the saved row) or a cancel (with nothing). */
  onDone: (saved?: SnippetRow) => void;
}

/** Edits a snippet in place; a changed text is scored again as it is typed, and for good on save. */
export function SnippetEditor({ snippet, principles, stories, onDone }: SnippetEditorProps) {
  const env = useLibraryEnv();
  const ids = { text: useId(), note: useId(), tags: useId(), tagsHint: useId(), story: useId(), score: useId() };
  const [text, setText] = useState(snippet.text);
  const [note, setNote] = useState(snippet.note);
  const [tags, setTags] = useState(snippet.tags.join(', '));
  const [chosen, setChosen] = useState<string[]>(snippet.principles);
  const [storyId, setStoryId] = useState<number | null>(snippet.storyId ?? null);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const textBox = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textBox.current?.focus(), []);

  const settledText = useDebounced(text);
  const preview = useMemo(
    () => (settledText.trim() && settledText !== snippet.text ? (env.analyze ?? analyzeText)(settledText) : null),
    [settledText, snippet.text],
  );
  // Principles the snippet has but the list no longer names still show, so saving keeps nothing hidden.
  const choices = [...principles, ...snippet.principles.filter((p) => !principles.includes(p))];

  const save = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    setError('');
    try {
      const saved = await updateSnippet(
        snippet.id,
        { text, note, tags: parseTags(tags), principles: chosen, storyId },
        env,
      );
      onDone(saved);
    } catch (e) {
      setError(messageOf(e));
      setSaving(false);
    }
  };

  return (
    <form
      class="lib-editor"
      aria-label="Edit snippet"
      onSubmit={save}
      onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onDone())}
    >
      <label for={ids.text}>Text</label>
      <textarea
        id={ids.text}
        ref={textBox}
        rows={4}
        value={text}
        aria-describedby={ids.score}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p id={ids.score} class="lib-hint" aria-live="polite">
        {preview
          ? `Score if saved: ${scoreText(preview.score, preview.band)} (now ${scoreText(snippet.score, snippet.band)})`
          : `Score: ${scoreText(snippet.score, snippet.band)}`}
      </p>
      <label for={ids.note}>Note</label>
      <textarea id={ids.note} rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <label for={ids.tags}>Tags</label>
      <input
        id={ids.tags}
        type="text"
        value={tags}
        aria-describedby={ids.tagsHint}
        onInput={(e) => setTags(e.currentTarget.value)}
      />
      <p id={ids.tagsHint} class="lib-hint">
        Separate tags with commas.
      </p>
      <fieldset class="lib-checks">
        <legend>Leadership principles</legend>
        {choices.map((p) => (
          <label key={p} class="lib-check">
            <input
              type="checkbox"
              checked={chosen.includes(p)}
              onChange={(e) => setChosen((c) => (e.currentTarget.checked ? [...c, p] : c.filter((x) => x !== p)))}
            />{' '}
            {p}
          </label>
        ))}
      </fieldset>
      <label for={ids.story}>Story</label>
      <select
        id={ids.story}
        value={storyId === null ? '' : String(storyId)}
        onChange={(e) => setStoryId(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
      >
        <option value="">No story</option>
        {stories.map((s) => (
          <option key={s.id} value={String(s.id)}>
            {s.title}
          </option>
        ))}
      </select>
      {error && (
        <p class="lib-error" role="alert">
          {error}
        </p>
      )}
      <div class="lib-actions">
        <button type="submit" class="lib-button lib-button--primary" disabled={saving}>
          Save changes
        </button>
        <button type="button" class="lib-button" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
