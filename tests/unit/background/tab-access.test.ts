import { describe, expect, it, vi } from 'vitest';
import {
  ACCESS_MESSAGES,
  answerTabPrepare,
  CONTENT_SCRIPT_FILE,
  DOCS_SCRIPT_FILE,
  explainNoAccess,
  prepareTab,
  scriptFor,
} from '@/entrypoints/background/tab-access';
import { envelope } from '@/lib/messaging/protocol';
import type { MessagingApi, MessageSender } from '@/lib/messaging/transport';

function messaging(pings: Array<'ready' | 'absent'>) {
  const sendMessage = vi.fn(async () => {
    const next = pings.shift();
    if (next === 'ready') return { protocol: 'ownership-lens', ok: true, value: { ready: true, docs: false } };
    throw new Error('Could not establish connection. Receiving end does not exist.');
  });
  const listeners: Array<(m: unknown, s: MessageSender, r: (v: unknown) => void) => unknown> = [];
  const api: MessagingApi = {
    runtime: {
      id: 'me',
      sendMessage: vi.fn(),
      onMessage: { addListener: (l) => listeners.push(l as never), removeListener: vi.fn() },
    },
    tabs: { sendMessage, connect: vi.fn() },
  };
  return { api, sendMessage, listeners };
}

describe('prepareTab', () => {
  it('is ready at once where the content script answers', async () => {
    const executeScript = vi.fn();
    expect(await prepareTab(3, { api: { scripting: { executeScript } }, messaging: messaging(['ready']).api })).toEqual(
      { ready: true },
    );
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('injects the script the tab needs into its top frame, then checks it answers', async () => {
    const executeScript = vi.fn(async () => undefined);
    const tabs = { get: vi.fn(async () => ({ url: 'https://docs.google.com/document/d/x/edit' })) };
    expect(
      await prepareTab(3, {
        api: { scripting: { executeScript }, tabs },
        messaging: messaging(['absent', 'ready']).api,
      }),
    ).toEqual({ ready: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 3, frameIds: [0] }, files: [DOCS_SCRIPT_FILE] });
  });

  it('explains a refusal in words a user can act on', async () => {
    const refuse = (message: string) => vi.fn(async () => Promise.reject(new Error(message)));
    const prepared = await prepareTab(3, {
      api: {
        scripting: {
          executeScript: refuse(
            'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
          ),
        },
      },
      messaging: messaging(['absent']).api,
    });
    expect(prepared).toEqual({ ready: false, reason: ACCESS_MESSAGES.invoke });
    expect(explainNoAccess(new Error('Cannot access a chrome:// URL'))).toBe(ACCESS_MESSAGES.restricted);
    expect(explainNoAccess(new Error('The extensions gallery cannot be scripted.'))).toBe(ACCESS_MESSAGES.restricted);
    expect(explainNoAccess(new Error('Cannot access contents of url "file:///home/notes.html".'))).toBe(
      ACCESS_MESSAGES.file,
    );
    expect(explainNoAccess(new Error('No tab with id: 3.'))).toBe(ACCESS_MESSAGES.gone);
  });

  it('picks the Docs script for Docs documents only (and the look-alike only in the test build)', async () => {
    const tabs = (url?: string) => ({ tabs: { get: async () => ({ url }) } });
    expect(await scriptFor(1, tabs('https://docs.google.com/document/d/x/edit'), false)).toBe(DOCS_SCRIPT_FILE);
    expect(await scriptFor(1, tabs('https://www.notion.so/page'), false)).toBe(CONTENT_SCRIPT_FILE);
    expect(await scriptFor(1, tabs('http://127.0.0.1:9/docs/document/d/x/edit.html'), false)).toBe(CONTENT_SCRIPT_FILE);
    expect(await scriptFor(1, tabs('http://127.0.0.1:9/docs/document/d/x/edit.html'), true)).toBe(DOCS_SCRIPT_FILE);
    expect(await scriptFor(1, tabs(undefined), false)).toBe(CONTENT_SCRIPT_FILE);
  });
});

describe("answering the panel's tab:prepare", () => {
  it('answers extension pages, and refuses a content script', async () => {
    const { api, listeners } = messaging(['ready', 'ready']);
    answerTabPrepare({ messaging: api, api: { scripting: { executeScript: vi.fn() } } });
    const ask = (sender: MessageSender) =>
      new Promise((resolve) => listeners[0]!(envelope('tab:prepare', { tabId: 3 }), sender, resolve));
    expect(await ask({ id: 'me', url: 'chrome-extension://me/sidepanel.html' })).toEqual({
      protocol: 'ownership-lens',
      ok: true,
      value: { ready: true },
    });
    expect(await ask({ id: 'me', tab: { id: 8 }, url: 'https://page.example/' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/extension’s own pages/),
    });
  });
});
