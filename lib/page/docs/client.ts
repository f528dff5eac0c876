/**
 * The content script's side of Docs: reads the annotated selection, and pastes for Apply, through
 * the main-world bridge in Chrome and Firefox alike. Only JSON strings cross, parsed strictly: in Firefox an object
 * made by the page reaches a content script behind an Xray wrapper that hides its functions.
 */
import type { AnnotatedRead } from './annotated';
import {
  OFFER,
  parseBridgeMessage,
  READY,
  TO_BRIDGE,
  TO_CLIENT,
  type ClientMessage,
  type ReplaceOutcome,
} from './bridge-protocol';
import type { DocsEdit } from './ranges';

export interface DocsBridgeClient {
  read(): Promise<AnnotatedRead>;
  /** For Apply only: one paste over a passage a read reported. */
  replace(edit: DocsEdit): Promise<ReplaceOutcome>;
  stop(): void;
}

export interface BridgeClientOptions {
  /** How long Docs gets to answer one read (ms). */
  timeoutMs?: number;
  /** How long the bridge gets to select, paste and read the document again (ms); it stops waiting for Docs at 1.5 s. */
  replaceTimeoutMs?: number;
  /**
   * Whether this script started at document_start, before any page script; only then can it meet
   * the bridge without a page listening in. Defaults to whether the document is still loading: a copy
   * injected later (a tab open before install) has no bridge to meet.
   */
  early?: boolean;
}

const MISSING: AnnotatedRead = { ok: false, reason: 'api-missing', message: 'The Docs bridge did not answer.' };

/** Chrome: the bridge in the page's main world, met once at document_start over a private channel (bridge-protocol.ts). */
export function connectDocsBridge(
  win: Window,
  extensionId: string,
  options: BridgeClientOptions = {},
): DocsBridgeClient {
  const scope = win as unknown as typeof globalThis;
  const doc = win.document;
  const timeoutMs = options.timeoutMs ?? 1_500;
  const replaceTimeoutMs = options.replaceTimeoutMs ?? 5_000;
  const early = options.early ?? doc.readyState === 'loading';
  const pending = new Map<number, (answer: AnnotatedRead | ReplaceOutcome) => void>();
  let nextRequest = 1;
  let claimed = false;
  // Never attached to the document, so no page script can listen on it or dispatch to it.
  const channel = doc.createElement('span');
  const send = (message: ClientMessage) =>
    channel.dispatchEvent(new scope.CustomEvent(TO_BRIDGE, { detail: JSON.stringify(message) }));

  const onMessage = (event: Event) => {
    const message = parseBridgeMessage((event as CustomEvent).detail);
    if (!message) return;
    if (message.type === 'claimed') {
      claimed = true;
      stopListeningForReady();
    } else {
      pending.get(message.requestId)?.(message.type === 'result' ? message.read : message.outcome);
      pending.delete(message.requestId);
    }
  };
  const offer = () => {
    win.dispatchEvent(new scope.MouseEvent(OFFER, { relatedTarget: channel }));
    send({ v: 2, type: 'init', extensionId });
  };
  // A bridge that starts after this script says 'ready' once, still at document_start: answer that one only.
  const onReady = () => {
    stopListeningForReady();
    if (!claimed) offer();
  };
  const stopListeningForReady = () => {
    win.removeEventListener(READY, onReady, true);
    doc.removeEventListener('DOMContentLoaded', stopListeningForReady);
  };

  channel.addEventListener(TO_CLIENT, onMessage);
  if (early) {
    win.addEventListener(READY, onReady, true);
    doc.addEventListener('DOMContentLoaded', stopListeningForReady);
    offer();
  }

  /** One request, answered once, or `fallback` when the bridge is not there or too slow. */
  const ask = <T extends AnnotatedRead | ReplaceOutcome>(
    message: (requestId: number) => ClientMessage,
    fallback: T,
    ms: number,
  ) =>
    new Promise<T>((resolve) => {
      // The handshake is synchronous: a bridge that has not claimed by now is not there.
      if (!claimed) return resolve(fallback);
      const requestId = nextRequest++;
      const timer = setTimeout(() => {
        pending.delete(requestId);
        resolve(fallback);
      }, ms);
      pending.set(requestId, (answer) => {
        clearTimeout(timer);
        resolve(answer as T);
      });
      send(message(requestId));
    });

  return {
    read: () => ask((requestId) => ({ v: 2, type: 'read', requestId }), MISSING, timeoutMs),
    replace: (edit) =>
      ask<ReplaceOutcome>(
        (requestId) => ({ v: 2, type: 'replace', requestId, ...edit }),
        claimed ? { ok: false, reason: 'timeout' } : { ok: false, reason: 'api-missing' },
        replaceTimeoutMs,
      ),
    stop: () => {
      stopListeningForReady();
      channel.removeEventListener(TO_CLIENT, onMessage);
      pending.clear();
    },
  };
}
