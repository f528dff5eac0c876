import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { DocumentScores, type ScoredStory } from '@/lib/document/scores';
import { storiesOf } from '@/lib/document/split';
import { isCaptureError, type PassageSource } from '@/lib/messaging/protocol';
import type { DocumentLink } from '@/lib/panel/document-link';

export type WholeDocument =
  | { phase: 'reading' }
  | { phase: 'error'; message: string }
  | {
      phase: 'listed';
      stories: ScoredStory[];
      source: PassageSource;
      truncated: boolean;
      /** Stories analyzed on the last read; the others came from the cache. */
      analyzed: number;
      /** performance.now() when the page's reply came, for DOCUMENT_LISTED_MARK. */
      started: number;
    };

/** Mark the bench reads: the list of a read is on screen; detail says how long it took from the reply. */
export const DOCUMENT_LISTED_MARK = 'ownership-lens:document-listed';

/** While the view is open, the page is asked this often whether anything was typed since the last read. */
export const DOCUMENT_POLL_MS = 1_500;

/**
 * The followed page's whole document as scored stories: read when the view opens, again after
 * each edit in the page (asked every DOCUMENT_POLL_MS; the page answers "unchanged" cheaply),
 * and on demand. Stories whose text did not change keep their scores.
 */
export function useWholeDocument(
  link: DocumentLink,
  tabId: number | null,
  visible: boolean,
  disabledRules: readonly string[],
): { state: WholeDocument; refresh: () => void } {
  const [state, setState] = useState<WholeDocument>({ phase: 'reading' });
  const scores = useRef(new DocumentScores());
  const version = useRef<number | undefined>(undefined);
  const busy = useRef(false);

  const read = useCallback(
    async (whole: boolean) => {
      if (tabId === null) {
        setState({ phase: 'error', message: 'There is no page beside the panel to read.' });
        return;
      }
      if (busy.current) return;
      busy.current = true;
      try {
        if (whole) setState((s) => (s.phase === 'listed' ? s : { phase: 'reading' }));
        const reply = await link.read(tabId, whole ? undefined : version.current);
        if (isCaptureError(reply)) {
          version.current = undefined;
          setState({ phase: 'error', message: reply.message });
          return;
        }
        if ('unchanged' in reply) return;
        const started = performance.now();
        version.current = reply.version;
        const stories = scores.current.score(storiesOf(reply), { disabledRules });
        setState({
          phase: 'listed',
          stories,
          source: reply.source,
          truncated: reply.truncated === true,
          analyzed: scores.current.analyzedLast,
          started,
        });
      } finally {
        busy.current = false;
      }
    },
    [link, tabId, disabledRules],
  );

  useEffect(() => {
    if (!visible) return;
    void read(true);
    // Only a page that counts its edits is asked again; a Docs export is read when asked.
    const timer = setInterval(() => version.current !== undefined && void read(false), DOCUMENT_POLL_MS);
    return () => clearInterval(timer);
  }, [visible, read]);

  // Right after the list is committed to the DOM: a layout effect, which hidden pages do not delay as they do frames.
  useLayoutEffect(() => {
    if (state.phase !== 'listed') return;
    const detail = { ms: performance.now() - state.started, stories: state.stories.length, analyzed: state.analyzed };
    performance.mark(DOCUMENT_LISTED_MARK, { detail });
  }, [state]);

  return { state, refresh: useCallback(() => void read(true), [read]) };
}
