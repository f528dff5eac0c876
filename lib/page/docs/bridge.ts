/**
 * The Docs bridge, run in the page's main world at document_start (entrypoints/docs-bridge.content.ts).
 * It sets `_docs_annotate_canvas_by_ext` to the id the content script hands it, and reads Docs'
 * annotated text on request, over the private channel of lib/page/docs/bridge-protocol.ts.
 * It holds no extension API and sends nothing off the page.
 */
import { claimAnnotatedCanvas, readAnnotatedSelection } from './annotated';
import {
  channelOf,
  OFFER,
  parseClientMessage,
  READY,
  TO_BRIDGE,
  TO_CLIENT,
  type BridgeMessage,
} from './bridge-protocol';

export function startDocsBridge(win: Window = window): () => void {
  const scope = win as unknown as typeof globalThis;
  // Taken now, before any page script could replace them, since the bridge answers long after.
  const dispatch = scope.EventTarget.prototype.dispatchEvent;
  const CustomEventClass = scope.CustomEvent;
  const stringify = scope.JSON.stringify;
  const page = win as unknown as Parameters<typeof readAnnotatedSelection>[0];
  let channel: Element | null = null;
  let claimed = false;

  const send = (message: BridgeMessage) => {
    if (channel) dispatch.call(channel, new CustomEventClass(TO_CLIENT, { detail: stringify(message) }));
  };
  const onMessage = (event: Event) => {
    const message = parseClientMessage((event as CustomEvent).detail);
    if (!message) return;
    if (message.type === 'init') {
      if (claimed) return;
      claimed = true;
      claimAnnotatedCanvas(page, message.extensionId);
      send({ v: 2, type: 'claimed' });
      return;
    }
    if (!claimed) return;
    void readAnnotatedSelection(page).then((read) =>
      send({ v: 2, type: 'result', requestId: message.requestId, read }),
    );
  };
  // The first offer wins: it came at document_start, before any page script ran.
  const onOffer = (event: Event) => {
    const offered = channelOf(event, win);
    if (!offered) return;
    win.removeEventListener(OFFER, onOffer, true);
    channel = offered;
    channel.addEventListener(TO_BRIDGE, onMessage);
  };

  win.addEventListener(OFFER, onOffer, true);
  win.dispatchEvent(new scope.Event(READY));
  return () => {
    win.removeEventListener(OFFER, onOffer, true);
    channel?.removeEventListener(TO_BRIDGE, onMessage);
  };
}
