/**
 * The Docs bridge, run in the page's main world at document_start (entrypoints/docs-bridge.content.ts).
 * It sets `_docs_annotate_canvas_by_ext` to the id the content script hands it, reads Docs'
 * annotated text on request, and pastes a rewrite for Apply (replace.ts), over the private channel
 * of lib/page/docs/bridge-protocol.ts. It holds no extension API and sends nothing off the page.
 */
import { annotatedTextOf, claimAnnotatedCanvas, readAnnotatedSelection, type PageWindow } from './annotated';
import {
  channelOf,
  OFFER,
  parseClientMessage,
  READY,
  TO_BRIDGE,
  TO_CLIENT,
  type BridgeMessage,
  type ClientMessage,
} from './bridge-protocol';
import { replaceInDocs } from './replace';

/** Selections reported to the content script, the only text a replace may touch: the user chose it. */
const REMEMBERED = 32;

export interface BridgeOptions {
  /** How long Docs gets to show a paste in its text (ms). */
  settleMs?: number;
}

export function startDocsBridge(win: Window = window, options: BridgeOptions = {}): () => void {
  const scope = win as unknown as typeof globalThis;
  // Taken now, before any page script could replace them, since the bridge answers long after.
  const dispatch = scope.EventTarget.prototype.dispatchEvent;
  const CustomEventClass = scope.CustomEvent;
  const stringify = scope.JSON.stringify;
  const page = win as unknown as PageWindow;
  let channel: Element | null = null;
  let claimed = false;
  const selections: Array<{ start: number; end: number }> = [];
  let queue = Promise.resolve();

  const send = (message: BridgeMessage) => {
    if (channel) dispatch.call(channel, new CustomEventClass(TO_CLIENT, { detail: stringify(message) }));
  };
  const remember = (start: number, end: number) => {
    if (end <= start || selections.some((s) => s.start === start && s.end === end)) return;
    selections.push({ start, end });
    if (selections.length > REMEMBERED) selections.shift();
  };
  /** After a paste over [at, at + length): the selection around it grows or shrinks, those after it move. */
  const shift = (at: number, length: number, inserted: number) => {
    const delta = inserted - length;
    for (let i = selections.length - 1; i >= 0; i--) {
      const s = selections[i]!;
      if (s.start <= at && at + length <= s.end) s.end += delta;
      else if (s.start >= at + length) [s.start, s.end] = [s.start + delta, s.end + delta];
      else if (s.end > at) selections.splice(i, 1);
    }
  };
  const replace = async (message: Extract<ClientMessage, { type: 'replace' }>) => {
    const at = message.start + message.from;
    const length = message.to - message.from;
    if (!selections.some((s) => s.start <= message.start && message.end <= s.end))
      return send({
        v: 2,
        type: 'replaced',
        requestId: message.requestId,
        outcome: { ok: false, reason: 'not-selected' },
      });
    let outcome: Awaited<ReturnType<typeof replaceInDocs>>;
    try {
      outcome = await replaceInDocs(message, {
        annotated: async () => {
          const annotated = await annotatedTextOf(page);
          return typeof annotated === 'object' ? annotated : null;
        },
        doc: win.document,
        scope,
        settleMs: options.settleMs,
      });
    } catch (error) {
      outcome = { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    if (outcome.ok) shift(at, length, outcome.inserted.length);
    send({ v: 2, type: 'replaced', requestId: message.requestId, outcome });
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
    // One request at a time: a paste reads the document the one before left, and a read never sees the
    // words a paste selected for a moment (the panel would take them for the user's new selection).
    queue = queue.then(() =>
      message.type === 'read'
        ? readAnnotatedSelection(page).then((read) => {
            if (read.ok) remember(read.start, read.end);
            send({ v: 2, type: 'result', requestId: message.requestId, read });
          })
        : replace(message),
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
