/**
 * When a content script stops. WXT's wrapper stops a running copy when a newer copy of the same
 * script announces itself with a DOM event, so an extension update or reload leaves one copy
 * following the page. But a page can dispatch that event too: its name holds only the public
 * extension id. So the announcement is heeded only once this copy's runtime is gone (the extension
 * was reloaded, updated or removed), which no page can fake: while the runtime is alive, the copy
 * that announced itself is a forgery or a duplicate, and this copy keeps running.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** WXT's own name for that event (private in its types, so read here once, with its current value). */
const SCRIPT_STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

export interface LifetimeOptions {
  doc?: Document;
  /** False once the extension context behind this copy is gone. */
  runtimeAlive: () => boolean;
  /** The event a newer copy dispatches on start (WXT's, named after the extension id and the script). */
  startedEvent?: string;
}

/** Calls `stop` once, when a newer copy starts after this copy's runtime went away. */
export function stopWhenReplaced(
  stop: () => void,
  { doc = document, runtimeAlive, startedEvent = SCRIPT_STARTED }: LifetimeOptions,
): () => void {
  const onStarted = () => {
    if (runtimeAlive()) return;
    doc.removeEventListener(startedEvent, onStarted);
    stop();
  };
  doc.addEventListener(startedEvent, onStarted);
  return () => doc.removeEventListener(startedEvent, onStarted);
}
