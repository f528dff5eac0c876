import type { ComponentChildren } from 'preact';
import type { FollowState } from '@/lib/panel/follow-state';
import { describeSource } from '@/lib/panel/source-label';

export interface PageSourceProps {
  follow: FollowState;
  /** Why the findings are not marked in the page itself, when the page said so. */
  highlightNote?: string | null;
  /** Asks the followed tab again (after the user gave access, or turned on Docs' screen-reader support). */
  retry: () => void;
  /** The Docs fallbacks, rendered when Docs does not expose its text. */
  docsFallbacks: ComponentChildren;
}

const KEPT: Record<NonNullable<FollowState['kept']>, string> = {
  'selection-cleared': 'Nothing is selected now, so the panel keeps the last passage.',
  'other-tab': 'Nothing is selected in this tab, so the panel keeps the last passage, from another tab.',
  'tab-closed': 'The tab this passage came from was closed. It stays here, but its rewrites can only be copied.',
};

/** Where the text came from, in words; why it is kept; and what to do when the page cannot be read. */
export function PageSource({ follow, highlightNote, retry, docsFallbacks }: PageSourceProps) {
  const { passage, kept, loading, error } = follow;
  return (
    <div class="page-source">
      {passage ? (
        <p class="page-source__from">
          <span class="label">From:</span> {describeSource(passage.source)}
          {passage.source.url && (
            <>
              {' '}
              <span class="page-source__url">({passage.source.url})</span>
            </>
          )}
        </p>
      ) : (
        !error && (
          <p class="page-source__waiting">
            {loading || follow.phase === 'starting'
              ? 'Reading the selection in the page…'
              : 'Select a paragraph in the page to score it.'}
          </p>
        )
      )}
      {passage && kept && <p class="page-source__kept">{KEPT[kept]}</p>}
      {passage?.source.kind === 'google-docs-copy' && !error && (
        // Copying again scores the next passage; the whole document and the rest stay within reach.
        <details class="page-source__more">
          <summary>Other ways to get text from this document</summary>
          {docsFallbacks}
        </details>
      )}
      {passage && !kept && highlightNote && <p class="page-source__note">{highlightNote}</p>}
      {error && (
        <div class="problem" role="alert">
          {error.error === 'docs-api-missing' ? (
            docsFallbacks
          ) : (
            <>
              <p>{error.message || NO_ACCESS}</p>
              {error.error !== 'tab-gone' && (
                <button type="button" onClick={retry}>
                  Try again
                </button>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}

const NO_ACCESS =
  'Ownership Lens cannot read this tab yet. Click the Ownership Lens button in the toolbar, or select text and choose ' +
  '“Score ownership of selection” from the right-click menu. Browser pages such as settings and the web store cannot be read at all: paste the text instead.';
