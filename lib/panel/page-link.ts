/**
 * The panel's only door to the page: every message it sends or hears goes through here, in the
 * typed protocol. When lib/messaging's own transport helpers land, only this file changes.
 */
import { browser } from 'wxt/browser';
import {
  envelope,
  isCaptureError,
  isEnvelope,
  type ApplyResult,
  type CapturedPassage,
  type CaptureError,
  type MessageName,
  type RequestOf,
  type ResponseOf,
} from '@/lib/messaging/protocol';

export interface PageLink {
  /** Asks the background to make sure the content script is in the tab (activeTab + scripting). */
  prepareTab(tabId: number): Promise<{ ready: boolean; reason?: string }>;
  getSelection(tabId: number): Promise<CapturedPassage | null | CaptureError>;
  setHighlights(request: RequestOf<'highlights:set'>): Promise<void>;
  clearHighlights(tabId: number): Promise<void>;
  applyRewrite(request: RequestOf<'rewrite:apply'>): Promise<ApplyResult>;
  exportDocs(tabId: number): Promise<{ text: string } | CaptureError>;
  /** Hears every 'selection:changed' the background forwards; returns an unsubscribe. */
  onSelectionChanged(listener: (passage: CapturedPassage) => void): () => void;
}

/** The slice of the browser API the link uses. */
export interface MessagingApi {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown) => void): void;
      removeListener(listener: (message: unknown) => void): void;
    };
  };
}

function describeFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** "Receiving end does not exist" and friends: nothing in the tab is listening. */
function noContentScript(error: unknown): CaptureError {
  return {
    error: 'no-content-script',
    message: `Ownership Lens is not running in this tab yet (${describeFailure(error)}).`,
  };
}

function looksLikePassage(value: unknown): value is CapturedPassage {
  return typeof value === 'object' && value !== null && typeof (value as CapturedPassage).text === 'string' && typeof (value as CapturedPassage).source === 'object';
}

export function createPageLink(api: MessagingApi = browser as unknown as MessagingApi): PageLink {
  const toTab = <N extends MessageName>(tabId: number, name: N, data: RequestOf<N>) =>
    api.tabs.sendMessage(tabId, envelope(name, data)) as Promise<ResponseOf<N>>;
  const toBackground = <N extends MessageName>(name: N, data: RequestOf<N>) =>
    api.runtime.sendMessage(envelope(name, data)) as Promise<ResponseOf<N>>;

  return {
    async prepareTab(tabId) {
      try {
        const answer = await toBackground('tab:prepare', { tabId });
        if (answer && typeof answer.ready === 'boolean') return answer;
        return { ready: false, reason: 'The extension did not answer.' };
      } catch (error) {
        return { ready: false, reason: describeFailure(error) };
      }
    },
    async getSelection(tabId) {
      try {
        const answer = await toTab(tabId, 'selection:get', { tabId });
        if (answer === null || answer === undefined) return null;
        if (isCaptureError(answer) || looksLikePassage(answer)) return answer;
        return { error: 'no-content-script', message: 'The page answered with something the panel cannot read.' };
      } catch (error) {
        return noContentScript(error);
      }
    },
    async setHighlights(request) {
      // Marking the page is a courtesy: a tab that cannot take highlights still gets its analysis.
      await toTab(request.tabId, 'highlights:set', request).catch(() => undefined);
    },
    async clearHighlights(tabId) {
      await toTab(tabId, 'highlights:clear', { tabId }).catch(() => undefined);
    },
    async applyRewrite(request) {
      try {
        const answer = await toTab(request.tabId, 'rewrite:apply', request);
        if (answer && typeof answer.ok === 'boolean') return answer;
        return { ok: false, reason: 'editor-gone', message: 'The page did not answer, so nothing was changed.' };
      } catch {
        return { ok: false, reason: 'editor-gone', message: 'The page is no longer reachable (it was closed or reloaded), so nothing was changed.' };
      }
    },
    async exportDocs(tabId) {
      try {
        const answer = await toTab(tabId, 'docs:export', { tabId });
        if (answer && (isCaptureError(answer) || typeof (answer as { text?: unknown }).text === 'string')) return answer;
        return { error: 'no-content-script', message: 'The document did not answer.' };
      } catch (error) {
        return noContentScript(error);
      }
    },
    onSelectionChanged(listener) {
      const onMessage = (message: unknown) => {
        if (isEnvelope(message) && message.name === 'selection:changed' && looksLikePassage(message.data)) {
          listener(message.data);
        }
        // No return value: other listeners in this context stay free to answer their own messages.
      };
      api.runtime.onMessage.addListener(onMessage);
      return () => api.runtime.onMessage.removeListener(onMessage);
    },
  };
}
