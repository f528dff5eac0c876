import { useEffect, useId, useRef } from 'preact/hooks';

export interface HiddenTextConfirmProps {
  /** What the page holds where the passage is, hidden text included. */
  pageText: string;
  confirm: () => void;
  cancel: () => void;
}

/**
 * Before Apply writes over a passage in which the page hides text: what will be replaced, as the
 * page holds it, and a yes or no. The text is shown as text, never as markup.
 */
export function HiddenTextConfirm({ pageText, confirm, cancel }: HiddenTextConfirmProps) {
  const headingId = useId();
  const box = useRef<HTMLDivElement>(null);
  // Keyboard and screen-reader users land on the question, not behind it.
  useEffect(() => box.current?.focus(), []);
  return (
    <div class="rewrite__confirm" role="group" aria-labelledby={headingId} tabIndex={-1} ref={box}>
      <p id={headingId}>
        <strong>Replace text the page hides?</strong>
      </p>
      <p>
        The page hides some text inside this passage, so it was not scored, and you may not have seen it. Apply rewrites
        the passage in the page from what you can see, so the hidden text goes too. In the page, the passage reads:
      </p>
      <blockquote class="rewrite__page-text">{pageText}</blockquote>
      <div class="actions">
        <button type="button" onClick={confirm}>
          Replace it
        </button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
