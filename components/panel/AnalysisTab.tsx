import type { ComponentChildren, RefObject } from 'preact';
import { useMemo } from 'preact/hooks';
import type { PassageSource } from '@/lib/messaging/protocol';
import type { FollowState } from '@/lib/panel/follow-state';
import { formatCount, MAX_ANALYZED_CHARS } from '@/lib/panel/limits';
import { describeSource } from '@/lib/panel/source-label';
import type { IgnoredMatch } from '@/lib/settings/ignored';
import { AnalysisReport } from '../AnalysisReport';
import { StoryInput } from '../StoryInput';
import type { DocsFallbacksProps } from './DocsFallbacks';
import { lazyComponent } from './lazy';
import { PageSource } from './PageSource';
import type { CardActions } from './RewriteCards';
import { SourceSwitch, type TextMode } from './SourceSwitch';
import type { ScoredText } from './useScoredText';

// Only Google Docs without its annotated text needs these: their code loads then, not at open.
const DocsFallbacks = lazyComponent(() => import('./DocsFallbacks').then((m) => m.DocsFallbacks));

export interface TextSourceProps {
  follow: FollowState;
  mode: TextMode;
  setMode: (mode: TextMode) => void;
  story: string;
  setStory: (text: string) => void;
  storyBox: RefObject<HTMLTextAreaElement>;
  source: PassageSource;
  truncated: boolean;
  fullLength: number;
  docs: DocsFallbacksProps;
  highlightNote?: string | null;
}

/**
 * What is being scored, above the tabs, because every view acts on it: the page's selection and
 * where it came from, or the panel's own text box.
 */
export function TextSource({
  follow,
  mode,
  setMode,
  story,
  setStory,
  storyBox,
  source,
  truncated,
  fullLength,
  docs,
  highlightNote,
}: TextSourceProps) {
  if (follow.phase === 'starting') return <p class="page-source__waiting">Looking for the page to follow…</p>;
  return (
    <div class="text-source">
      {follow.phase === 'unavailable' ? (
        <p class="hint">
          This panel is open in a tab of its own, with no page beside it to follow: type or paste your story. To score a
          selection, open Ownership Lens from the toolbar.
        </p>
      ) : (
        <SourceSwitch mode={mode} onChange={setMode} />
      )}
      {mode === 'page' ? (
        <PageSource
          follow={follow}
          highlightNote={highlightNote}
          retry={docs.retry}
          docsFallbacks={<DocsFallbacks {...docs} />}
        />
      ) : (
        <>
          <StoryInput value={story} onInput={setStory} inputRef={storyBox} />
          {story.trim() !== '' && (
            <p class="page-source__from">
              <span class="label">From:</span> {describeSource(source)}
            </p>
          )}
        </>
      )}
      {truncated && (
        <SizeNotice fullLength={fullLength} cutByPage={mode === 'page' && follow.passage?.truncated === true} />
      )}
    </div>
  );
}

export interface AnalysisTabProps {
  mode: TextMode;
  scored: ScoredText;
  cardActions: CardActions;
  restore: (match: IgnoredMatch) => void;
  restoreAll: () => void;
  saveToLibrary: ComponentChildren;
}

/** The Analysis tab: everything the analyzer says about the text. */
export function AnalysisTab({ mode, scored, cardActions, restore, restoreAll, saveToLibrary }: AnalysisTabProps) {
  const { analysis, analyzedText, pending, ignoredHere, failed } = scored;
  // The same element while the analysis stands, so Preact skips the whole report on every keystroke.
  const report = useMemo(
    () =>
      analysis && (
        <AnalysisReport
          analysis={analysis}
          text={analyzedText}
          ignored={ignoredHere}
          restore={restore}
          restoreAll={restoreAll}
          {...cardActions}
        />
      ),
    [analysis, analyzedText, ignoredHere, restore, restoreAll, cardActions],
  );
  return (
    <section class="panel__report" aria-label="Analysis" aria-busy={pending}>
      {analysis ? (
        <>
          {report}
          {saveToLibrary}
        </>
      ) : failed ? (
        <p class="problem" role="alert">
          Ownership Lens could not analyze this text: something went wrong inside the analyzer. Nothing was sent
          anywhere; try changing the text slightly.
        </p>
      ) : (
        <p class="panel__empty">
          {mode === 'page'
            ? 'Select a paragraph in the page, and its score, findings and rewrites appear here.'
            : 'The score, band, findings and questions appear here.'}
        </p>
      )}
    </section>
  );
}

function SizeNotice({ fullLength, cutByPage }: { fullLength: number; cutByPage: boolean }) {
  return (
    <p class="size-notice" role="note">
      <strong>
        This passage is {cutByPage ? 'more than ' : ''}
        {formatCount(fullLength, 'character')} long.
      </strong>{' '}
      A story told in two minutes is about 300 words, so Ownership Lens scored only the first{' '}
      {formatCount(MAX_ANALYZED_CHARS, 'character')}. Select a single story to score all of it.
    </p>
  );
}
