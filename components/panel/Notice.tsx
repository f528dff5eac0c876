import { useEffect, useRef } from 'preact/hooks';
import type { PanelNotice } from './apply';

export interface NoticeProps {
  notice: PanelNotice | null;
  /** Changes with every new notice, so the same words said twice are still announced and focused. */
  serial: number;
  dismiss: () => void;
}

/**
 * What just happened, said where it stays visible: the card that caused it may be gone (ignored,
 * rule off, rewrite applied), so focus moves here instead of falling back to the page's start.
 */
export function Notice({ notice, serial, dismiss }: NoticeProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) box.current?.focus();
  }, [serial]);
  return (
    <div class={`notice${notice ? ' notice--shown' : ''}`} role="status" tabIndex={notice ? -1 : undefined} ref={box}>
      {notice && (
        <>
          <span class="notice__message">{notice.message}</span>{' '}
          {notice.action && (
            <button
              type="button"
              onClick={() => {
                notice.action!.run();
                dismiss();
              }}
            >
              {notice.action.label}
            </button>
          )}{' '}
          <button type="button" class="link-button" onClick={dismiss}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
