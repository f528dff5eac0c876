import { describe, expect, it, vi } from 'vitest';
import { envelope, type CapturedPassage } from '@/lib/messaging/protocol';
import type { MessagingApi, PortLike } from '@/lib/messaging/transport';
import { createPageLink } from '@/lib/panel/page-link';

const PASSAGE: CapturedPassage = {
  text: 'I cut costs.',
  tabId: 3,
  selectionId: 's1',
  capturedAt: 1,
  apply: 'editor',
  source: { kind: 'textarea', title: 'T', url: 'http://127.0.0.1/' },
};
const reply = (value: unknown) => ({ protocol: 'ownership-lens', ok: true, value });

function fakeApi({
  tab,
  runtime,
}: {
  tab?: (tabId: number, message: unknown) => Promise<unknown>;
  runtime?: (message: unknown) => Promise<unknown>;
} = {}) {
  const listeners: Array<(m: unknown, s: unknown, r: (x: unknown) => void) => unknown> = [];
  const ports: PortLike[] = [];
  const api = {
    runtime: {
      id: 'ext',
      sendMessage: vi.fn(runtime ?? (async () => reply({ ready: true }))),
      onMessage: {
        addListener: (l: never) => void listeners.push(l),
        removeListener: (l: never) => void listeners.splice(listeners.indexOf(l), 1),
      },
    },
    tabs: {
      sendMessage: vi.fn(tab ?? (async () => reply(PASSAGE))),
      connect: vi.fn((_tabId: number, { name }: { name: string }) => {
        const port = { name, disconnect: vi.fn(), onDisconnect: { addListener: vi.fn() } } as unknown as PortLike;
        ports.push(port);
        return port;
      }),
    },
  };
  return { api: api as unknown as MessagingApi & typeof api, listeners, ports };
}

describe('createPageLink over the typed transport', () => {
  it('asks the tab for its selection and the background to prepare the tab, in protocol envelopes', async () => {
    const { api } = fakeApi();
    const link = createPageLink(api);
    expect(await link.getSelection(3)).toEqual(PASSAGE);
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(3, envelope('selection:get', { tabId: 3 }), { frameId: 0 });
    expect(await link.prepareTab(3)).toEqual({ ready: true });
    expect(api.runtime.sendMessage).toHaveBeenCalledWith(envelope('tab:prepare', { tabId: 3 }));
  });

  it('turns a tab with nobody listening into no-content-script, and a failed prepare into its reason', async () => {
    const { api } = fakeApi({
      tab: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      runtime: async () => {
        throw new Error('Cannot access contents of url "chrome://settings".');
      },
    });
    const link = createPageLink(api);
    expect(await link.getSelection(3)).toMatchObject({ error: 'no-content-script' });
    expect(await link.prepareTab(3)).toMatchObject({
      ready: false,
      reason: expect.stringContaining('chrome://settings'),
    });
    expect(await link.applyRewrite({ tabId: 3, selectionId: 's1', original: 'a', replacement: 'b' })).toMatchObject({
      ok: false,
      reason: 'editor-gone',
    });
    expect(await link.setHighlights({ tabId: 3, selectionId: 's1', ranges: [] })).toBeNull();
    await expect(link.clearHighlights(3)).resolves.toBeUndefined();
    expect(await link.exportDocs(3)).toMatchObject({ error: 'no-content-script' });
  });

  it('hears selection changes and holds the followed tab with the panel port', async () => {
    const { api, listeners, ports } = fakeApi();
    const link = createPageLink(api);
    const heard: CapturedPassage[] = [];
    const stop = link.onSelectionChanged((p) => heard.push(p));
    const respond = vi.fn();
    listeners[0]!(envelope('selection:changed', PASSAGE), { id: 'ext' }, respond);
    listeners[0]!(envelope('selection:get', { tabId: 3 }), { id: 'ext' }, respond);
    await vi.waitFor(() => expect(heard).toEqual([PASSAGE]));
    stop();
    expect(listeners).toHaveLength(0);
    const held = link.hold(3);
    expect(ports[0]!.name).toBe('ownership-lens:panel');
    held.release();
    expect(ports[0]!.disconnect).toHaveBeenCalled();
  });
});
