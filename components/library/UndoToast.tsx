import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { messageOf } from './format';

/** Long enough to notice and reach with the keyboard; the toast stays while focused or hovered. */
export const TOAST_MS = 10_000;

export interface ToastSpec {
  message: string;
  /** Puts back what was removed; the toast then says so. */
  undo?: () => Promise<unknown>;
  /** Where focus goes once Undo has run (the Undo button is gone by then). */
  afterUndo?: () => void;
}

interface ShownToast extends ToastSpec {
  serial: number;
  focus: boolean;
}

export function useToast() {
  const [toast, setToast] = useState<ShownToast | null>(null);
  const show = useCallback((spec: ToastSpec, options: { focus?: boolean } = {}) => {
    setToast((t) => ({ ...spec, serial: (t?.serial ?? 0) + 1, focus: options.focus ?? spec.undo !== undefined }));
  }, []);
  const dismiss = useCallback(() => setToast(null), []);
  return { toast, show, dismiss };
}

export interface UndoToastProps {
  toast: (ToastSpec & { serial: number; focus: boolean }) | null;
  dismiss: () => void;
  show: (spec: ToastSpec, options?: { focus?: boolean }) => void;
  timeoutMs?: number;
}

/**
 * One message at a time, in a live region that is always in the page so every message is
 * announced. A message with Undo moves focus to its button: the item it was about is gone.
 */
export function UndoToast({ toast, dismiss, show, timeoutMs = TOAST_MS }: UndoToastProps) {
  const undoButton = useRef<HTMLButtonElement>(null);
  const [held, setHeld] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (toast?.focus) undoButton.current?.focus();
  }, [toast?.serial]);
  useEffect(() => {
    if (!toast || held || busy) return;
    const timer = setTimeout(dismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [toast?.serial, held, busy, timeoutMs]);

  const undo = async () => {
    if (!toast?.undo) return;
    setBusy(true);
    try {
      await toast.undo();
      show({ message: 'Undone.' }, { focus: false });
      toast.afterUndo?.();
    } catch (error) {
      show({ message: `Could not undo: ${messageOf(error)}` }, { focus: false });
    } finally {
      setBusy(false);
      setHeld(false);
    }
  };

  return (
    <div
      class="lib-toast"
      role="status"
      aria-live="polite"
      onFocusIn={() => setHeld(true)}
      onFocusOut={() => setHeld(false)}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onKeyDown={(event) => event.key === 'Escape' && dismiss()}
    >
      {toast && (
        <div class="lib-toast__body" key={toast.serial}>
          <span class="lib-toast__message">{toast.message}</span>
          {toast.undo && (
            <button type="button" ref={undoButton} class="lib-button" onClick={undo} disabled={busy}>
              Undo
            </button>
          )}
          <button type="button" class="lib-button lib-button--quiet" aria-label="Dismiss message" onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
