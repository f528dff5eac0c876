/**
 * The Docs bridge, run in the page's main world at document_start (entrypoints/docs-bridge.content.ts).
 * It sets `_docs_annotate_canvas_by_ext` to the id the content script hands it, and reads Docs'
 * annotated text on request. It holds no extension API and sends nothing off the page.
 */
import { claimAnnotatedCanvas, readAnnotatedSelection } from './annotated';
import { parseClientMessage, TO_BRIDGE, TO_CLIENT, type BridgeMessage } from './bridge-protocol';

export function startDocsBridge(win: Window = window): () => void {
  let nonce: string | null = null;
  const page = win as unknown as Parameters<typeof readAnnotatedSelection>[0];
  const send = (message: BridgeMessage) =>
    win.dispatchEvent(
      new (win as unknown as typeof globalThis).CustomEvent(TO_CLIENT, { detail: JSON.stringify(message) }),
    );

  const onMessage = (event: Event) => {
    const message = parseClientMessage((event as CustomEvent).detail);
    if (!message) return;
    if (message.type === 'init') {
      if (nonce !== null) return; // the first init wins; it came before any page script ran
      nonce = message.nonce;
      claimAnnotatedCanvas(page, message.extensionId);
      send({ v: 1, type: 'claimed', nonce });
      return;
    }
    if (message.nonce !== nonce || nonce === null) return;
    const answer = nonce;
    void readAnnotatedSelection(page).then((read) =>
      send({ v: 1, type: 'result', nonce: answer, requestId: message.requestId, read }),
    );
  };

  win.addEventListener(TO_BRIDGE, onMessage);
  send({ v: 1, type: 'ready' });
  return () => win.removeEventListener(TO_BRIDGE, onMessage);
}
