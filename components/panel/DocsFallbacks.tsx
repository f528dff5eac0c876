import { useState } from 'preact/hooks';
import type { DocsFallback } from '@/lib/messaging/protocol';

export interface DocsFallbacksProps {
  /** The fallbacks the page can serve, in the order to offer them. */
  fallbacks?: readonly DocsFallback[];
  /** Reads the clipboard after the user's own copy; resolves to a sentence when it could not. */
  pasteCopied: () => Promise<string | null>;
  /** Scores the whole document through its plain-text export; resolves to a sentence when it could not. */
  scoreWholeDocument: () => Promise<string | null>;
  retry: () => void;
  /** Switches to the panel's own text box, for a paste by hand. */
  useTextBox: () => void;
}

const MAC = /Mac|iPhone|iPad/.test(typeof navigator === 'undefined' ? '' : navigator.platform);

/** Google Docs without its annotated text: honest ways to get the words in, the paste box last. */
const ALL_FALLBACKS: readonly DocsFallback[] = ['docs-copy', 'docs-export', 'docs-accessibility', 'clipboard'];

export function DocsFallbacks({
  fallbacks = ALL_FALLBACKS,
  pasteCopied,
  scoreWholeDocument,
  retry,
  useTextBox,
}: DocsFallbacksProps) {
  const [problem, setProblem] = useState<{ what: 'clipboard' | 'export'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = (what: 'clipboard' | 'export', action: () => Promise<string | null>) => async () => {
    setBusy(true);
    try {
      const message = await action();
      setProblem(message ? { what, message } : null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="docs-fallbacks">
      <p>
        <strong>Google Docs is not sharing the selected text with extensions here.</strong> Docs draws its page on a
        canvas, so the selection cannot be read directly. (If you installed or updated Ownership Lens after opening the
        document, reload its tab.) Choose one of these instead:
      </p>
      <ol class="docs-fallbacks__list">
        {(fallbacks.length > 0 ? fallbacks : ALL_FALLBACKS).map((fallback) => {
          if (fallback === 'docs-copy') {
            return (
              <li key={fallback}>
                <p>
                  Select the passage in Docs and copy it ({MAC ? '⌘C' : 'Ctrl+C'}): the panel scores what Docs copies,
                  as you copy it, without reading your clipboard.
                </p>
              </li>
            );
          }
          if (fallback === 'clipboard') {
            return (
              <li key={fallback}>
                <p>
                  Or paste it yourself: copy your paragraph in Docs ({MAC ? '⌘C' : 'Ctrl+C'}), then{' '}
                  <button type="button" onClick={run('clipboard', pasteCopied)} disabled={busy}>
                    Paste what you copied
                  </button>
                </p>
                {problem?.what === 'clipboard' && (
                  <p class="problem__detail">
                    {problem.message}{' '}
                    <button type="button" class="link-button" onClick={useTextBox}>
                      Paste into the text box instead
                    </button>
                  </p>
                )}
              </li>
            );
          }
          if (fallback === 'docs-export') {
            return (
              <li key={fallback}>
                <p>
                  <button type="button" onClick={run('export', scoreWholeDocument)} disabled={busy}>
                    Score the whole document
                  </button>{' '}
                  (read through the document’s own plain-text export; nothing leaves your browser)
                </p>
                {problem?.what === 'export' && <p class="problem__detail">{problem.message}</p>}
              </li>
            );
          }
          return (
            <li key={fallback}>
              <p>
                Turn on Docs’ screen-reader support: in Docs choose <strong>Tools → Accessibility</strong> and tick{' '}
                <strong>Turn on screen reader support</strong> (or press {MAC ? '⌘+Option+Z' : 'Ctrl+Alt+Z'}). Docs then
                renders its text for assistive technology, which Ownership Lens can read. Select your paragraph again,
                then{' '}
                <button type="button" onClick={retry}>
                  Try again
                </button>
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
