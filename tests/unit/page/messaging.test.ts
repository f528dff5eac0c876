import { describe, expect, it, vi } from 'vitest';
import { envelope, PANEL_PORT_NAME } from '@/lib/messaging/protocol';
import {
  holdTab,
  isContentScript,
  isNoReceiver,
  onMessage,
  onPanelsGone,
  sendToRuntime,
  sendToTab,
  type MessagingApi,
  type MessageSender,
  type PortLike,
} from '@/lib/messaging/transport';
import { requestProblem } from '@/lib/messaging/validate';

const passage = {
  text: 'I decided.',
  source: { kind: 'textarea', title: 't', url: 'https://x' },
  selectionId: 'a-1',
  capturedAt: 1,
  tabId: -1,
  apply: 'editor',
};

describe('message shape checks', () => {
  it('accepts every well-formed request', () => {
    expect(requestProblem('selection:get', { tabId: 3 })).toBeNull();
    expect(requestProblem('selection:changed', passage)).toBeNull();
    expect(
      requestProblem('highlights:set', {
        tabId: 1,
        selectionId: 'a',
        ranges: [{ start: 0, end: 3, category: 'hedge' }],
      }),
    ).toBeNull();
    expect(requestProblem('rewrite:apply', { tabId: 1, selectionId: 'a', original: 'x', replacement: 'y' })).toBeNull();
  });

  it.each([
    ['selection:get', { tabId: '3' }, /tabId/],
    ['selection:get', null, /must be an object/],
    ['nope', { tabId: 1 }, /unknown message/],
    ['selection:changed', { ...passage, source: { ...passage.source, kind: 'html' } }, /source.kind/],
    ['selection:changed', { ...passage, apply: 'yes' }, /apply/],
    ['selection:changed', { ...passage, text: 'x'.repeat(1_000_001) }, /text/],
    [
      'highlights:set',
      { tabId: 1, selectionId: 'a', ranges: [{ start: 5, end: 2, category: 'hedge' }] },
      /start <= end/,
    ],
    [
      'highlights:set',
      { tabId: 1, selectionId: 'a', ranges: [{ start: 0, end: 2, category: 'bold' }] },
      /unknown category/,
    ],
    ['highlights:set', { tabId: 1, selectionId: 'a', ranges: 'all' }, /ranges must be an array/],
    ['rewrite:apply', { tabId: 1, selectionId: 'a', original: 'x' }, /replacement/],
  ])('%s rejects %j', (name, data, problem) => {
    expect(requestProblem(name, data)).toMatch(problem);
  });
});

type Listener = (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => unknown;

function fakeApi() {
  const listeners: Listener[] = [];
  const connects: Array<(port: PortLike) => void> = [];
  const api: MessagingApi = {
    runtime: {
      id: 'me',
      sendMessage: vi.fn(async () => undefined),
      onMessage: {
        addListener: (l) => listeners.push(l as Listener),
        removeListener: (l) => listeners.splice(listeners.indexOf(l as Listener), 1),
      },
      onConnect: {
        addListener: (l) => connects.push(l),
        removeListener: (l) => connects.splice(connects.indexOf(l), 1),
      },
    },
    tabs: { sendMessage: vi.fn(async () => undefined), connect: vi.fn() },
  };
  /** Delivers a message as the browser would, resolving with the reply (undefined when no listener answered). */
  const deliver = (message: unknown, sender: MessageSender) =>
    new Promise<unknown>((resolve) => {
      let answered = false;
      for (const listener of listeners) if (listener(message, sender, resolve) === true) answered = true;
      if (!answered) resolve(undefined);
    });
  return { api, deliver, listeners, connects };
}

const page: MessageSender = { id: 'me', tab: { id: 9 }, url: 'https://notes.example/doc' };
const panelTab: MessageSender = { id: 'me', tab: { id: 4 }, url: 'chrome-extension://me/sidepanel.html?tabId=9' };

describe('onMessage', () => {
  it('answers its own message name only, with the handler’s value', async () => {
    const { api, deliver } = fakeApi();
    onMessage('content:ping', () => ({ ready: true as const, docs: false }), api);
    expect(await deliver(envelope('content:ping', { tabId: 1 }), page)).toEqual({
      protocol: 'ownership-lens',
      ok: true,
      value: { ready: true, docs: false },
    });
    expect(await deliver(envelope('selection:get', { tabId: 1 }), page)).toBeUndefined();
    expect(await deliver({ name: 'content:ping' }, page)).toBeUndefined();
  });

  it('ignores other extensions, and refuses malformed requests with a sentence', async () => {
    const { api, deliver } = fakeApi();
    const handler = vi.fn(() => ({ ready: true as const, docs: false }));
    onMessage('content:ping', handler, api);
    expect(await deliver(envelope('content:ping', { tabId: 1 }), { id: 'someone-else' })).toBeUndefined();
    expect(await deliver({ protocol: 'ownership-lens', name: 'content:ping', data: { tabId: 'x' } }, page)).toEqual({
      protocol: 'ownership-lens',
      ok: false,
      error: 'content:ping: tabId must be a tab id (an integer)',
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('takes a content script’s tab from the browser, but lets an extension page name the tab it means', async () => {
    const { api, deliver } = fakeApi();
    const seen: number[] = [];
    onMessage('selection:changed', (data) => void seen.push(data.tabId), api);
    onMessage('tab:prepare', (data) => ({ ready: data.tabId === 9 }), api);
    await deliver(envelope('selection:changed', passage as never), page);
    expect(seen).toEqual([9]);
    expect(isContentScript(page)).toBe(true);
    expect(isContentScript(panelTab)).toBe(false);
    expect(await deliver(envelope('tab:prepare', { tabId: 9 }), panelTab)).toMatchObject({
      ok: true,
      value: { ready: true },
    });
  });

  it('turns a handler’s error into a rejected send with its message, and stops when asked', async () => {
    const { api, deliver, listeners } = fakeApi();
    const stop = onMessage(
      'highlights:clear',
      () => {
        throw new Error('no highlights here');
      },
      api,
    );
    const reply = await deliver(envelope('highlights:clear', { tabId: 1 }), page);
    (api.tabs!.sendMessage as ReturnType<typeof vi.fn>).mockResolvedValueOnce(reply);
    await expect(sendToTab(1, 'highlights:clear', { tabId: 1 }, api)).rejects.toThrow('no highlights here');
    stop();
    expect(listeners).toHaveLength(0);
  });
});

describe('sending', () => {
  it('sends an envelope to the top frame and unwraps the reply', async () => {
    const { api } = fakeApi();
    (api.tabs!.sendMessage as ReturnType<typeof vi.fn>).mockResolvedValueOnce({
      protocol: 'ownership-lens',
      ok: true,
      value: null,
    });
    expect(await sendToTab(5, 'selection:get', { tabId: 5 }, api)).toBeNull();
    expect(api.tabs!.sendMessage).toHaveBeenCalledWith(5, envelope('selection:get', { tabId: 5 }), { frameId: 0 });
  });

  it('names a tab without a content script as no-receiver, and a foreign reply as such', async () => {
    const { api } = fakeApi();
    (api.tabs!.sendMessage as ReturnType<typeof vi.fn>).mockRejectedValueOnce(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    const error = await sendToTab(5, 'selection:get', { tabId: 5 }, api).catch((e: unknown) => e);
    expect(isNoReceiver(error)).toBe(true);
    (api.runtime.sendMessage as ReturnType<typeof vi.fn>).mockResolvedValueOnce({ something: 'else' });
    await expect(sendToRuntime('tab:prepare', { tabId: 1 }, api)).rejects.toThrow(/protocol's shape/);
    // A broadcast nobody answers (no panel open) is not an error.
    await expect(sendToRuntime('selection:changed', passage as never, api)).resolves.toBeUndefined();
  });
});

describe('the panel holds the page', () => {
  function port(name: string, sender?: MessageSender) {
    const disconnects: Array<(p: PortLike) => void> = [];
    const p: PortLike = {
      name,
      sender,
      disconnect: () => disconnects.forEach((l) => l(p)),
      onDisconnect: { addListener: (l) => disconnects.push(l) },
    };
    return p;
  }

  it('counts panels, and says when the last one lets go', () => {
    const { api, connects } = fakeApi();
    const onNone = vi.fn();
    const panels = onPanelsGone(onNone, api);
    const a = port(PANEL_PORT_NAME, { id: 'me' });
    const b = port(PANEL_PORT_NAME, { id: 'me' });
    connects.forEach((l) => (l(a), l(b), l(port('other'))));
    expect(panels.count()).toBe(2);
    a.disconnect();
    expect(onNone).not.toHaveBeenCalled();
    b.disconnect();
    expect(onNone).toHaveBeenCalledTimes(1);
  });

  it('holdTab connects to the top frame, tells the panel if the page goes first, not when it lets go itself', () => {
    const { api } = fakeApi();
    const p = port(PANEL_PORT_NAME);
    (api.tabs!.connect as ReturnType<typeof vi.fn>).mockReturnValue(p);
    const gone = vi.fn();
    const hold = holdTab(7, gone, api);
    expect(api.tabs!.connect).toHaveBeenCalledWith(7, { name: PANEL_PORT_NAME, frameId: 0 });
    hold.release();
    expect(gone).not.toHaveBeenCalled();
    const q = port(PANEL_PORT_NAME);
    (api.tabs!.connect as ReturnType<typeof vi.fn>).mockReturnValue(q);
    holdTab(7, gone, api);
    q.disconnect();
    expect(gone).toHaveBeenCalledTimes(1);
  });
});
