/**
 * The panel's only door to the page: every message it sends or hears goes through here, over
 * lib/messaging's typed transport.
 */
import type { ApplyResult, CapturedPassage, CaptureError, RequestOf, ResponseOf } from '@/lib/messaging/protocol';
import {
  holdTab,
  isNoReceiver,
  onMessage,
  sendToRuntime,
  sendToTab,
  type MessagingApi,
} from '@/lib/messaging/transport';

export interface PageLink {
  /** Asks the background to make sure the content script is in the tab (activeTab + scripting). */
  prepareTab(tabId: number): Promise<{ ready: boolean; reason?: string }>;
  getSelection(tabId: number): Promise<CapturedPassage | null | CaptureError>;
  /** Marks findings in the page; resolves to what the page says it showed (null when it could not be asked). */
  setHighlights(request: RequestOf<'highlights:set'>): Promise<ResponseOf<'highlights:set'> | null>;
  clearHighlights(tabId: number): Promise<void>;
  applyRewrite(request: RequestOf<'rewrite:apply'>): Promise<ApplyResult>;
  exportDocs(tabId: number): Promise<ResponseOf<'docs:export'>>;
  /** Hears every 'selection:changed' from the pages; returns an unsubscribe. */
  onSelectionChanged(listener: (passage: CapturedPassage) => void): () => void;
  /**
   * Holds the followed tab while the panel is open, so the page drops its highlights when the
   * panel closes or follows another tab. `onGone` runs if the page goes first.
   */
  hold(tabId: number, onGone?: () => void): { release(): void };
}

function sentence(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function unreachable(error: unknown): CaptureError {
  return isNoReceiver(error)
    ? { error: 'no-content-script', message: 'Ownership Lens is not running in this tab yet.' }
    : { error: 'no-content-script', message: `The page could not answer: ${sentence(error)}` };
}

export function createPageLink(api?: MessagingApi): PageLink {
  return {
    async prepareTab(tabId) {
      try {
        return (await sendToRuntime('tab:prepare', { tabId }, api)) ?? { ready: false };
      } catch (error) {
        return { ready: false, reason: sentence(error) };
      }
    },
    async getSelection(tabId) {
      try {
        return (await sendToTab(tabId, 'selection:get', { tabId }, api)) ?? null;
      } catch (error) {
        return unreachable(error);
      }
    },
    async setHighlights(request) {
      // Marking the page is a courtesy: a tab that cannot take highlights still gets its analysis.
      return sendToTab(request.tabId, 'highlights:set', request, api).catch(() => null);
    },
    async clearHighlights(tabId) {
      await sendToTab(tabId, 'highlights:clear', { tabId }, api).catch(() => undefined);
    },
    async applyRewrite(request) {
      try {
        return await sendToTab(request.tabId, 'rewrite:apply', request, api);
      } catch (error) {
        return {
          ok: false,
          reason: 'editor-gone',
          message: isNoReceiver(error)
            ? 'The page is no longer reachable (it was closed or reloaded), so nothing was changed.'
            : `The page could not apply the rewrite (${sentence(error)}), so nothing was changed.`,
        };
      }
    },
    async exportDocs(tabId) {
      try {
        return await sendToTab(tabId, 'docs:export', { tabId }, api);
      } catch (error) {
        return unreachable(error);
      }
    },
    onSelectionChanged(listener) {
      return onMessage('selection:changed', (passage) => listener(passage), api);
    },
    hold(tabId, onGone) {
      try {
        return holdTab(tabId, onGone, api);
      } catch {
        return { release() {} };
      }
    },
  };
}
