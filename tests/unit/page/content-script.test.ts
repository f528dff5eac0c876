// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { envelope, PANEL_PORT_NAME, type MessageName, type RequestOf } from '@/lib/messaging/protocol';
import type { MessagingApi, MessageSender, PortLike } from '@/lib/messaging/transport';
import type { Capture } from '@/lib/page/capture';
import { startContentScript, type PassageSource } from '@/lib/page/content-script';

const capture = (text: string): Capture => ({
  text,
  truncated: false,
  source: { kind: 'contenteditable', title: 'n', url: 'https://n' },
  apply: 'editor',
  target: { kind: 'docs', start: 0, end: text.length },
});

function harness(overrides: Partial<PassageSource> = {}) {
  const listeners: Array<(m: unknown, s: MessageSender, r: (v: unknown) => void) => unknown> = [];
  const connects: Array<(port: PortLike) => void> = [];
  const sent: unknown[] = [];
  const api: MessagingApi = {
    runtime: {
      id: 'me',
      sendMessage: vi.fn(async (message: unknown) => void sent.push(message)),
      onMessage: {
        addListener: (l) => listeners.push(l as never),
        removeListener: (l) => listeners.splice(listeners.indexOf(l as never), 1),
      },
      onConnect: { addListener: (l) => connects.push(l), removeListener: vi.fn() },
    },
  };
  let current: Capture | null = capture('We worked on it.');
  const source: PassageSource = {
    docs: false,
    capture: () => current,
    showHighlights: vi.fn(() => ({ shown: 2 })),
    clearHighlights: vi.fn(),
    apply: vi.fn(async () => ({ result: { ok: true as const }, replaced: capture('I rebuilt it.') })),
    ...overrides,
  };
  const stop = startContentScript({ source, doc: document, api });
  const ask = <N extends MessageName>(name: N, data: RequestOf<N>) =>
    new Promise<{ ok: boolean; value?: unknown; error?: string }>((resolve, reject) => {
      for (const listener of listeners)
        if (
          listener(
            envelope(name, data),
            { id: 'me', url: 'chrome-extension://me/sidepanel.html' },
            resolve as never,
          ) === true
        )
          return;
      reject(new Error(`nobody answered ${name}`));
    });
  return { source, ask, sent, connects, stop, select: (c: Capture | null) => (current = c) };
}

describe('the content script core', () => {
  it('answers selection:get with a passage for the asking tab, keeping one id per selection', async () => {
    const h = harness();
    const first = await h.ask('selection:get', { tabId: 12 });
    expect(first).toMatchObject({ ok: true, value: { text: 'We worked on it.', tabId: 12, apply: 'editor' } });
    const again = await h.ask('selection:get', { tabId: 12 });
    expect((again.value as { selectionId: string }).selectionId).toBe(
      (first.value as { selectionId: string }).selectionId,
    );
    h.select(null);
    expect(await h.ask('selection:get', { tabId: 12 })).toEqual({ protocol: 'ownership-lens', ok: true, value: null });
    h.stop();
  });

  it('announces live changes only while a panel holds the page', async () => {
    vi.useFakeTimers();
    const h = harness();
    document.dispatchEvent(new Event('selectionchange'));
    await vi.advanceTimersByTimeAsync(200);
    expect(h.sent).toEqual([]);
    const port = {
      name: PANEL_PORT_NAME,
      sender: { id: 'me' },
      disconnect: vi.fn(),
      onDisconnect: { addListener: vi.fn() },
    };
    h.connects.forEach((connect) => connect(port as unknown as PortLike));
    h.select(capture('Users loved it.'));
    document.dispatchEvent(new Event('selectionchange'));
    await vi.advanceTimersByTimeAsync(200);
    expect(h.sent).toEqual([
      expect.objectContaining({
        name: 'selection:changed',
        data: expect.objectContaining({ text: 'Users loved it.' }),
      }),
    ]);
    h.stop();
    vi.useRealTimers();
  });

  it('selection:capture announces to the panels even when nothing changed', async () => {
    const h = harness();
    await h.ask('selection:get', { tabId: 3 });
    await h.ask('selection:capture', { tabId: 3 });
    expect(h.sent).toEqual([
      expect.objectContaining({
        name: 'selection:changed',
        data: expect.objectContaining({ text: 'We worked on it.' }),
      }),
    ]);
    h.stop();
  });

  it('drops highlights when another passage is captured, and when the last panel lets go', async () => {
    const h = harness();
    const { value } = await h.ask('selection:get', { tabId: 3 });
    const selectionId = (value as { selectionId: string }).selectionId;
    expect(await h.ask('highlights:set', { tabId: 3, selectionId, ranges: [] })).toMatchObject({ value: { shown: 2 } });
    expect(await h.ask('highlights:set', { tabId: 3, selectionId: 'gone', ranges: [] })).toMatchObject({
      value: { shown: 0, unavailable: 'page-changed' },
    });
    h.select(capture('Users loved it.'));
    await h.ask('selection:get', { tabId: 3 });
    expect(h.source.clearHighlights).toHaveBeenCalledTimes(1);

    const disconnects: Array<() => void> = [];
    const port = {
      name: PANEL_PORT_NAME,
      sender: { id: 'me' },
      disconnect: vi.fn(),
      onDisconnect: { addListener: (l: () => void) => disconnects.push(l) },
    };
    h.connects.forEach((connect) => connect(port as unknown as PortLike));
    disconnects.forEach((l) => l());
    expect(h.source.clearHighlights).toHaveBeenCalledTimes(2);
    h.stop();
  });

  it('after Apply, the old id is spent and the replaced text is the new passage', async () => {
    const h = harness();
    const { value } = await h.ask('selection:get', { tabId: 3 });
    const { selectionId, text } = value as { selectionId: string; text: string };
    const applied = await h.ask('rewrite:apply', {
      tabId: 3,
      selectionId,
      original: text,
      replacement: 'I rebuilt it.',
    });
    expect(applied.value).toMatchObject({ ok: true, passage: { text: 'I rebuilt it.', tabId: 3 } });
    expect((applied.value as { passage: { selectionId: string } }).passage.selectionId).not.toBe(selectionId);
    expect(h.source.apply).toHaveBeenCalledWith(expect.objectContaining({ selectionId }), text, 'I rebuilt it.');
    h.stop();
  });

  it('docs:export off Docs says it works in Docs only; errors from the page reach the panel as errors', async () => {
    const h = harness({ capture: () => Promise.reject(new Error('the page threw')) });
    expect(await h.ask('docs:export', { tabId: 1 })).toMatchObject({ value: { error: 'no-access' } });
    expect(await h.ask('selection:get', { tabId: 1 })).toEqual({
      protocol: 'ownership-lens',
      ok: false,
      error: 'the page threw',
    });
    h.stop();
  });
});
