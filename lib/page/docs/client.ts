/**
 * The content script's side of Docs: a reader of the annotated selection, through the main-world
 * bridge in Chrome and Firefox alike. Only JSON strings cross, parsed strictly: in Firefox an object
 * made by the page reaches a content script behind an Xray wrapper that hides its functions.
 */
import type { AnnotatedRead } from './annotated';
import { parseBridgeMessage, TO_BRIDGE, TO_CLIENT, type ClientMessage } from './bridge-protocol';

export interface DocsReader {
  read(): Promise<AnnotatedRead>;
  stop(): void;
}

function randomNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface BridgeClientOptions {
  nonce?: string;
  /** How long to wait for the bridge before concluding it is not there (ms). */
  timeoutMs?: number;
}

export function connectDocsBridge(win: Window, extensionId: string, options: BridgeClientOptions = {}): DocsReader {
  const nonce = options.nonce ?? randomNonce();
  const timeoutMs = options.timeoutMs ?? 1_500;
  const pending = new Map<number, (read: AnnotatedRead) => void>();
  let nextRequest = 1;
  // Manifest scripts load with the page, so a bridge that has not spoken by the first timeout never
  // will (the tab was open before install): later reads answer at once instead of waiting again.
  let heard = false;
  let absent = false;
  const missing: AnnotatedRead = { ok: false, reason: 'api-missing', message: 'The Docs bridge did not answer.' };
  const send = (message: ClientMessage) =>
    win.dispatchEvent(
      new (win as unknown as typeof globalThis).CustomEvent(TO_BRIDGE, { detail: JSON.stringify(message) }),
    );
  const init = () => send({ v: 1, type: 'init', extensionId, nonce });

  const onMessage = (event: Event) => {
    const message = parseBridgeMessage((event as CustomEvent).detail);
    if (!message) return;
    heard = true;
    if (message.type === 'ready') init();
    else if (message.type === 'result' && message.nonce === nonce) {
      pending.get(message.requestId)?.(message.read);
      pending.delete(message.requestId);
    }
  };
  win.addEventListener(TO_CLIENT, onMessage);
  init();

  return {
    read: () =>
      new Promise<AnnotatedRead>((resolve) => {
        if (absent) return resolve(missing);
        const requestId = nextRequest++;
        const timer = setTimeout(() => {
          pending.delete(requestId);
          // No answer: no bridge in this tab, or (if it spoke before) Docs hung on this read.
          if (!heard) absent = true;
          resolve(missing);
        }, timeoutMs);
        pending.set(requestId, (read) => {
          clearTimeout(timer);
          resolve(read);
        });
        send({ v: 1, type: 'read', nonce, requestId });
      }),
    stop: () => {
      win.removeEventListener(TO_CLIENT, onMessage);
      pending.clear();
    },
  };
}
