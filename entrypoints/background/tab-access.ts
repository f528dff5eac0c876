import { browser } from 'wxt/browser';
import { onMessage, isContentScript, isNoReceiver, sendToTab, type MessagingApi } from '@/lib/messaging/transport';

import { isGoogleDocsDocument } from '@/lib/page/docs/location';

/** The content scripts, as WXT builds them; injected where they are not declared yet (activeTab pages, tabs open before install). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
export const DOCS_SCRIPT_FILE = '/content-scripts/docs.js';

export interface TabAccessApi {
  scripting?: {
    executeScript(injection: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown>;
  };
  tabs?: { get(tabId: number): Promise<{ url?: string }> };
}

/** Which script a tab needs: Docs documents have their own. The e2e build also knows the Docs look-alike. */
export async function scriptFor(
  tabId: number,
  api: TabAccessApi,
  lookalike = import.meta.env.MODE === 'e2e',
): Promise<string> {
  const url = await api.tabs?.get(tabId).then(
    (tab) => tab.url,
    () => undefined,
  );
  if (!url) return CONTENT_SCRIPT_FILE;
  try {
    return isGoogleDocsDocument(new URL(url), lookalike) ? DOCS_SCRIPT_FILE : CONTENT_SCRIPT_FILE;
  } catch {
    return CONTENT_SCRIPT_FILE;
  }
}

export interface TabAccessDeps {
  api?: TabAccessApi;
  messaging?: MessagingApi;
}

export type Prepared = { ready: boolean; reason?: string };

export const ACCESS_MESSAGES = {
  invoke:
    'Ownership Lens reads a page only after you ask it to there: click its toolbar button, choose “Score ownership of selection” from the right-click menu, or press Alt+Shift+O (Option+Shift+O on a Mac) on the page. Or paste the text into the panel.',
  restricted:
    'Browsers do not let extensions read this page (browser pages, extension pages and web stores). Paste the text into the panel instead.',
  file: 'To read a file opened from your disk, turn on “Allow access to file URLs” for Ownership Lens on the extensions page, or paste the text into the panel.',
  gone: 'That tab is closed.',
} as const;

/** A sentence for the user from the browser's reason for refusing to inject. */
export function explainNoAccess(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/No tab with id/i.test(message)) return ACCESS_MESSAGES.gone;
  if (/file:\/\//i.test(message)) return ACCESS_MESSAGES.file;
  if (
    /chrome:\/\/|edge:\/\/|about:(?!blank)|chrome-extension:|moz-extension:|extensions gallery|web ?store|addons\.mozilla|cannot be scripted|restricted/i.test(
      message,
    )
  )
    return ACCESS_MESSAGES.restricted;
  return ACCESS_MESSAGES.invoke;
}

async function ping(tabId: number, messaging?: MessagingApi): Promise<boolean> {
  try {
    const answer = await sendToTab(tabId, 'content:ping', { tabId }, messaging);
    return answer?.ready === true;
  } catch (error) {
    if (isNoReceiver(error)) return false;
    throw error;
  }
}

/**
 * Makes sure the content script is in the tab: it answers already (declared on Docs and Notion,
 * or injected before), or it is injected now, which works on pages the user has just invoked the
 * extension on (activeTab) and on the declared hosts.
 */
export async function prepareTab(tabId: number, deps: TabAccessDeps = {}): Promise<Prepared> {
  const api = deps.api ?? (browser as unknown as TabAccessApi);
  try {
    if (await ping(tabId, deps.messaging)) return { ready: true };
  } catch (error) {
    return { ready: false, reason: explainNoAccess(error) };
  }
  if (!api.scripting) return { ready: false, reason: ACCESS_MESSAGES.invoke };
  try {
    await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [await scriptFor(tabId, api)] });
  } catch (error) {
    return { ready: false, reason: explainNoAccess(error) };
  }
  return (await ping(tabId, deps.messaging).catch(() => false))
    ? { ready: true }
    : { ready: false, reason: ACCESS_MESSAGES.invoke };
}

/** Answers the panel's 'tab:prepare'. Only extension pages may ask: a page must not steer injection. */
export function answerTabPrepare(deps: TabAccessDeps = {}): () => void {
  return onMessage(
    'tab:prepare',
    (request, sender) => {
      if (isContentScript(sender)) throw new Error('tab:prepare is for the extension’s own pages.');
      return prepareTab(request.tabId, deps);
    },
    deps.messaging,
  );
}
