import { useId, useRef, useState } from 'preact/hooks';
import { createStory, type StoryRow } from '@/lib/library';
import { CoverageGrid } from './CoverageGrid';
import { useLibraryEnv } from './env';
import { messageOf } from './format';
import { PrinciplesEditor } from './PrinciplesEditor';
import { StoryEditor } from './StoryEditor';
import type { ToastSpec } from './UndoToast';

export interface StoriesViewProps {
  stories: readonly StoryRow[];
  principles: readonly string[];
  toast: (spec: ToastSpec, options?: { focus?: boolean }) => void;
}

/** Pick or start a story, edit it with its live score, and see which principles the stories cover. */
export function StoriesView({ stories, principles, toast }: StoriesViewProps) {
  const env = useLibraryEnv();
  const id = useId();
  const [chosen, setChosen] = useState<number | null>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');
  const picker = useRef<HTMLSelectElement>(null);
  const story = stories.find((s) => s.id === chosen) ?? stories[0];

  const create = async (event: Event) => {
    event.preventDefault();
    setError('');
    try {
      const row = await createStory({ title }, env);
      setTitle('');
      setChosen(row.id);
      toast({ message: `Created the story “${row.title}”.` }, { focus: false });
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <section class="lib-stories" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="lib-visually-hidden">
        Stories
      </h2>
      {stories.length > 0 && (
        <div class="lib-field">
          <label for={`${id}-pick`}>Story</label>
          <select
            id={`${id}-pick`}
            ref={picker}
            value={story ? String(story.id) : ''}
            onChange={(e) => setChosen(Number(e.currentTarget.value))}
          >
            {stories.map((s) => (
              <option key={s.id} value={String(s.id)}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <form class="lib-inline-form" onSubmit={create}>
        <label for={`${id}-new`}>New story title</label>
        <input id={`${id}-new`} type="text" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        <button type="submit" class="lib-button">
          Create story
        </button>
        {error && (
          <p class="lib-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {story ? (
        <StoryEditor
          key={story.id}
          story={story}
          principles={principles}
          toast={toast}
          onDeleted={() => setChosen(null)}
          afterUndo={() => (picker.current ?? document.getElementById(`${id}-new`))?.focus()}
        />
      ) : (
        <p class="lib-empty">
          No story yet. Give your first one a title: Problem, Action, Result and Learning come next.
        </p>
      )}
      <CoverageGrid />
      <PrinciplesEditor principles={principles} toast={toast} />
    </section>
  );
}
