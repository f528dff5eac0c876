import { useMemo } from 'preact/hooks';
import type { ScoredStory } from '@/lib/document/scores';
import { HOW_STORIES_ARE_SPLIT } from '@/lib/document/split';
import { isCaptureError, type CapturedPassage, type PassageSource } from '@/lib/messaging/protocol';
import { createDocumentLink, type DocumentLink } from '@/lib/panel/document-link';
import { describeKind, describeSource } from '@/lib/panel/source-label';
import { lazyComponent } from '../panel/lazy';
import { tabId as tabElementId } from '../panel/Tabs';
import { StoryList } from './StoryList';
import { useWholeDocument } from './useWholeDocument';
import './document.css';

// The library's code loads only when the user saves.
const SaveAllStories = lazyComponent(() => import('./SaveAllStories').then((m) => m.SaveAllStories));

export interface DocumentTabProps {
  tabId: number | null;
  visible: boolean;
  disabledRules: readonly string[];
  /** Shows a story as the selection view would show the user's own selection of it. */
  showStory: (passage: CapturedPassage) => void;
  link?: DocumentLink;
}

const defaultLink = createDocumentLink();

/** Every story of the document beside the panel, scored, with Save all. */
export function DocumentTab({ tabId, visible, disabledRules, showStory, link = defaultLink }: DocumentTabProps) {
  const { state, refresh } = useWholeDocument(link, tabId, visible, disabledRules);
  const open = useMemo(
    () => async (story: ScoredStory) => {
      if (tabId === null || state.phase !== 'listed') return;
      const source = state.source;
      // Google Docs draws on a canvas, so its export's stories are shown without a selection in the page.
      const revealed =
        source.kind === 'google-docs-export'
          ? null
          : await link.reveal({ tabId, start: story.start, end: story.end, text: story.text });
      showStory(
        revealed && !isCaptureError(revealed)
          ? revealed
          : {
              text: story.text,
              tabId,
              source,
              selectionId: `document:${Date.now()}`,
              capturedAt: Date.now(),
              apply: source.kind === 'google-docs-export' ? 'docs' : 'none',
            },
      );
      // The chosen story's button is hidden now: keyboard focus goes to the tab that shows it.
      setTimeout(() => document.getElementById(tabElementId('panel', 'analysis'))?.focus(), 0);
    },
    [tabId, state, link, showStory],
  );
  return (
    <section class="whole-doc" aria-labelledby="whole-doc-heading">
      <h2 id="whole-doc-heading">Whole document</h2>
      <p class="hint">{HOW_STORIES_ARE_SPLIT} Choose a story to select it in the page and see its analysis.</p>
      <p>
        <button type="button" onClick={refresh}>
          Read the document again
        </button>
      </p>
      {state.phase === 'reading' && <p role="status">Reading the document…</p>}
      {state.phase === 'error' && (
        <p class="problem" role="alert">
          {state.message}
        </p>
      )}
      {state.phase === 'listed' && (
        <>
          <p class="whole-doc__from">
            From: {wholeFrom(state.source)}
            {state.truncated && ' (only the first part: the document is longer than the panel reads)'}
          </p>
          <StoryList stories={state.stories} onOpen={(story) => void open(story)} />
          {state.stories.length > 0 && <SaveAllStories stories={state.stories} />}
        </>
      )}
    </section>
  );
}

/** "the whole text of a Quill editor on “Notes”"; a Docs export names itself. */
function wholeFrom(source: PassageSource): string {
  if (source.kind === 'google-docs-export') return describeSource(source);
  const what = describeKind(source.kind, source.editor).replace(/^Selection in /, '');
  return `the whole text of ${what}${source.title.trim() ? ` on “${source.title.trim()}”` : ''}`;
}
