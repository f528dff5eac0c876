/**
 * What the user copies in Google Docs, read as Docs copies it. Docs keeps keyboard focus in a hidden,
 * same-origin iframe (its text-event target), and its copy handler there puts the selected text into
 * the copy event's clipboardData. A listener on that iframe's window, the last stop of the event,
 * runs after Docs' handler and reads the text during the event: no clipboard permission, no read of
 * the clipboard, only what the user just copied, and Docs' own copy goes on untouched.
 */

const TEXT_EVENT_TARGET = 'iframe.docs-texteventtarget-iframe';

export interface DocsCopies {
  /** The text of the last copy in this document, or null before the first. */
  last(): string | null;
  /** Listens in the text-event iframe, if it is there now (it is added, and may be replaced, after start). */
  attach(): void;
  stop(): void;
}

export function watchDocsCopies(doc: Document, onCopy: (text: string) => void): DocsCopies {
  let last: string | null = null;
  const watched = new Set<Window>();
  const onCopyEvent = (event: Event) => {
    const text = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    if (!text.trim()) return;
    last = text;
    onCopy(text);
  };
  const attach = () => {
    const frame = doc.querySelector<HTMLIFrameElement>(TEXT_EVENT_TARGET);
    let win: Window | null = null;
    try {
      // Same origin in Docs; anything else throws here, or has no document to read, and is left alone.
      win = frame?.contentDocument ? frame.contentWindow : null;
    } catch {
      win = null;
    }
    if (!win) return;
    // The same listener again is a no-op, and it comes back if Docs rewrote the frame's document.
    win.addEventListener('copy', onCopyEvent);
    watched.add(win);
  };
  const onBlur = () => attach();
  // Focus leaves the top window when the user clicks into the document: the frame is there by then.
  doc.defaultView?.addEventListener('blur', onBlur);
  doc.addEventListener('DOMContentLoaded', attach);
  return {
    last: () => last,
    attach,
    stop: () => {
      doc.defaultView?.removeEventListener('blur', onBlur);
      doc.removeEventListener('DOMContentLoaded', attach);
      for (const win of watched) {
        try {
          win.removeEventListener('copy', onCopyEvent);
        } catch {
          // The frame is gone.
        }
      }
      watched.clear();
    },
  };
}
