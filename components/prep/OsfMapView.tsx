import { useId, useState } from 'preact/hooks';
import { useLibraryEnv } from '@/components/library/env';
import { messageOf } from '@/components/library/format';
import type { ToastSpec } from '@/components/library/UndoToast';
import { saveOsfMap, type OsfMapRow, type OsfNode, type OsfNodes } from '@/lib/library';
import { osfMap } from '@/lib/prep/osf';
import type { StoryReadiness } from '@/lib/prep/readiness';

export interface OsfMapViewProps {
  story: StoryReadiness;
  osfMaps: readonly OsfMapRow[];
  toast: (spec: ToastSpec, options?: { focus?: boolean }) => void;
}

/**
 * Hypothesis → primary metric → experiment design → outcome → follow-up action, prefilled from
 * the story's own words. Only what the user changes is stored; an empty node shows the question
 * a bar raiser asks about it.
 */
export function OsfMapView({ story, osfMaps, toast }: OsfMapViewProps) {
  const id = useId();
  const env = useLibraryEnv();
  const saved = osfMaps.find((m) => m.storyId === story.story.id)?.nodes ?? {};
  const nodes = osfMap(story.analysis, saved);
  const [edits, setEdits] = useState<OsfNodes>({});
  const [error, setError] = useState('');
  const valueOf = (node: OsfNode) => edits[node] ?? nodes.find((n) => n.node === node)!.value;
  const save = async (event: Event) => {
    event.preventDefault();
    setError('');
    const next: OsfNodes = { ...saved };
    for (const view of nodes) {
      const value = edits[view.node];
      if (value === undefined) continue;
      // Words equal to the story's stay the story's, so the node follows later edits of the story.
      if (value.trim() === view.fromStory) delete next[view.node];
      else next[view.node] = value;
    }
    try {
      await saveOsfMap(story.story.id, next, env);
      setEdits({});
      toast({ message: `Saved the OSF map of “${story.story.title}”.` }, { focus: false });
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const takeStoryWords = (node: OsfNode) =>
    setEdits((e) => ({ ...e, [node]: nodes.find((n) => n.node === node)!.fromStory }));
  return (
    <form class="prep-osf" aria-label="OSF map" onSubmit={save}>
      <ol class="prep-osf__nodes">
        {nodes.map((view) => {
          const value = valueOf(view.node);
          return (
            <li key={view.node} class="prep-osf__node">
              <label for={`${id}-${view.node}`}>{view.label}</label>
              <textarea
                id={`${id}-${view.node}`}
                rows={2}
                value={value}
                aria-describedby={`${id}-${view.node}-note`}
                onInput={(e) => setEdits((d) => ({ ...d, [view.node]: e.currentTarget.value }))}
              />
              <p id={`${id}-${view.node}-note`} class={value.trim() ? 'lib-hint' : 'prep-question'}>
                {value.trim()
                  ? edits[view.node] === undefined && view.origin === 'story'
                    ? 'From your story.'
                    : 'Your words.'
                  : `Bar raiser asks: ${view.question}`}
              </p>
              {view.fromStory && value !== view.fromStory && (
                <button type="button" class="lib-button lib-button--quiet" onClick={() => takeStoryWords(view.node)}>
                  Use the story’s words for {view.label}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {error && (
        <p class="lib-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="lib-button lib-button--primary" disabled={Object.keys(edits).length === 0}>
        Save the map
      </button>
    </form>
  );
}
