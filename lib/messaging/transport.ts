/**
 * The one transport for the protocol: typed send and receive over browser.runtime / browser.tabs
 * messaging. Every message is an Envelope; every answer is a Reply, so an error thrown by a handler
 * arrives at the sender as a rejected promise with the handler's message.
 */
import { browser } from 'wxt/browser';
import { envelope, isEnvelope, PANEL_PORT_NAME, type MessageName, type RequestOf, type ResponseOf } from './protocol';
import { requestProblem } from './validate';

export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; windowId?: number; url?: string };
}

/** Answers through sendResponse and returns true: the one form Chrome, Firefox and the polyfill all honour. */
type RawListener = (
  message: unknown,
  sender: MessageSender,
  sendResponse: (reply: unknown) => void,
) => true | undefined;

export interface PortLike {
  name: string;
  sender?: MessageSender;
  disconnect(): void;
  onDisconnect: { addListener(listener: (port: PortLike) => void): void };
}

/** The slices of the extension APIs the transport touches (content scripts have no `tabs`). */
export interface MessagingApi {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: RawListener): void; removeListener(listener: RawListener): void };
    onConnect?: {
      addListener(listener: (port: PortLike) => void): void;
      removeListener(listener: (port: PortLike) => void): void;
    };
  };
  tabs?: {
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
    connect(tabId: number, options: { name: string; frameId?: number }): PortLike;
  };
}

const defaultApi = () => browser as unknown as MessagingApi;

type Reply =
  | { protocol: 'ownership-lens'; ok: true; value: unknown }
  | { protocol: 'ownership-lens'; ok: false; error: string };

function isReply(value: unknown): value is Reply {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Reply).protocol === 'ownership-lens' &&
    typeof (value as Reply).ok === 'boolean'
  );
}

/** Why a message found nobody, or its handler failed. `code` lets callers tell the cases apart. */
export class MessagingError extends Error {
  constructor(
    readonly code: 'no-receiver' | 'handler-failed' | 'bad-reply',
    message: string,
  ) {
    super(message);
    this.name = 'MessagingError';
  }
}

/** True when nothing in the tab listens: the content script is not there (yet), or the page is closed. */
export function isNoReceiver(error: unknown): boolean {
  return error instanceof MessagingError && error.code === 'no-receiver';
}

function unwrap<N extends MessageName>(name: N, raw: unknown): ResponseOf<N> {
  // A void message to nobody in particular (selection:changed with no panel open) has no reply.
  if (raw === undefined) return undefined as ResponseOf<N>;
  if (!isReply(raw)) throw new MessagingError('bad-reply', `${name}: the reply was not in the protocol's shape`);
  if (!raw.ok) throw new MessagingError('handler-failed', raw.error);
  return raw.value as ResponseOf<N>;
}

function rethrow(name: string, error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  if (/Receiving end does not exist|Could not establish connection|No tab with id/i.test(message)) {
    throw new MessagingError('no-receiver', `${name}: nothing in that tab is listening (${message})`);
  }
  throw error instanceof Error ? error : new Error(message);
}

/** Panel or background → the content script of a tab's top frame (sub-frames never answer). */
export async function sendToTab<N extends MessageName>(
  tabId: number,
  name: N,
  data: RequestOf<N>,
  api: MessagingApi = defaultApi(),
): Promise<ResponseOf<N>> {
  if (!api.tabs) throw new Error(`${name}: browser.tabs is not available here (content scripts use sendToRuntime)`);
  let raw: unknown;
  try {
    raw = await api.tabs.sendMessage(tabId, envelope(name, data), { frameId: 0 });
  } catch (error) {
    rethrow(name, error);
  }
  return unwrap(name, raw);
}

/** Anyone → the extension's own pages (background and panels). */
export async function sendToRuntime<N extends MessageName>(
  name: N,
  data: RequestOf<N>,
  api: MessagingApi = defaultApi(),
): Promise<ResponseOf<N>> {
  let raw: unknown;
  try {
    raw = await api.runtime.sendMessage(envelope(name, data));
  } catch (error) {
    rethrow(name, error);
  }
  return unwrap(name, raw);
}

/** A content script's sender has a tab and a web page's address; an extension page opened in a tab has a tab and an extension address. */
export function isContentScript(sender: MessageSender): boolean {
  return sender.tab !== undefined && !/^(chrome|moz|safari-web)-extension:\/\//.test(sender.url ?? '');
}

export type Handler<N extends MessageName> = (
  data: RequestOf<N>,
  sender: MessageSender,
) => ResponseOf<N> | Promise<ResponseOf<N>>;

/**
 * Answers one message name. Ignores anything not from this extension, checks the request's shape,
 * and, for messages from a tab, replaces any `tabId` in it with the tab the browser says sent it:
 * a content script cannot know its own tab, and must not speak for another.
 * Returns a function that stops listening.
 */
export function onMessage<N extends MessageName>(
  name: N,
  handler: Handler<N>,
  api: MessagingApi = defaultApi(),
): () => void {
  const listener: RawListener = (message, sender, sendResponse) => {
    if (!isEnvelope(message) || message.name !== name) return undefined;
    if (sender.id !== undefined && sender.id !== api.runtime.id) return undefined;
    const problem = requestProblem(name, message.data);
    if (problem) {
      sendResponse({ protocol: 'ownership-lens', ok: false, error: problem } satisfies Reply);
      return true;
    }
    let data = message.data as RequestOf<N>;
    const senderTab = sender.tab?.id;
    if (
      senderTab !== undefined &&
      isContentScript(sender) &&
      typeof data === 'object' &&
      data !== null &&
      'tabId' in data
    ) {
      data = { ...data, tabId: senderTab };
    }
    Promise.resolve()
      .then(() => handler(data, sender))
      .then(
        (value): Reply => ({ protocol: 'ownership-lens', ok: true, value }),
        (error: unknown): Reply => ({
          protocol: 'ownership-lens',
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
      )
      .then(sendResponse);
    return true;
  };
  api.runtime.onMessage.addListener(listener);
  return () => api.runtime.onMessage.removeListener(listener);
}

/**
 * Panel side: hold a port open to the content script of the tab the panel follows.
 * Disconnect it when following another tab; it closes by itself when the panel closes,
 * and the page then drops its highlights. `onGone` runs if the page goes away first
 * (navigated, closed, or the content script is not there).
 */
export function holdTab(tabId: number, onGone?: () => void, api: MessagingApi = defaultApi()): { release(): void } {
  if (!api.tabs) throw new Error('holdTab is for extension pages, which have browser.tabs');
  let released = false;
  const port = api.tabs.connect(tabId, { name: PANEL_PORT_NAME, frameId: 0 });
  port.onDisconnect.addListener(() => {
    if (!released) onGone?.();
  });
  return {
    release() {
      released = true;
      port.disconnect();
    },
  };
}

/** Content-script side: count the panels holding this page; `onNone` runs when the last one lets go. */
export function onPanelsGone(onNone: () => void, api: MessagingApi = defaultApi()): { count(): number; stop(): void } {
  let open = 0;
  const onConnect = (port: PortLike) => {
    if (port.name !== PANEL_PORT_NAME || (port.sender?.id !== undefined && port.sender.id !== api.runtime.id)) return;
    open += 1;
    port.onDisconnect.addListener(() => {
      open -= 1;
      if (open === 0) onNone();
    });
  };
  api.runtime.onConnect?.addListener(onConnect);
  return { count: () => open, stop: () => api.runtime.onConnect?.removeListener(onConnect) };
}
