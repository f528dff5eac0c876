/** The Whole document view's door to the page: read the editor's whole text, select one story in it. */
import type { CapturedPassage, CaptureError, RequestOf, ResponseOf } from '@/lib/messaging/protocol';
import { isNoReceiver, sendToTab, type MessagingApi } from '@/lib/messaging/transport';

export interface DocumentLink {
  /** With `unlessVersion`, the page answers { unchanged } when nothing was typed since that read. */
  read(tabId: number, unlessVersion?: number): Promise<ResponseOf<'document:read'>>;
  reveal(request: RequestOf<'document:reveal'>): Promise<CapturedPassage | CaptureError>;
}

function unreachable(error: unknown): CaptureError {
  return {
    error: 'no-content-script',
    message: isNoReceiver(error)
      ? 'Ownership Lens is not running in this tab yet: select some text in it first.'
      : `The page could not answer: ${error instanceof Error ? error.message : String(error)}`,
  };
}

export function createDocumentLink(api?: MessagingApi): DocumentLink {
  return {
    read: (tabId, unlessVersion) =>
      sendToTab(tabId, 'document:read', unlessVersion === undefined ? { tabId } : { tabId, unlessVersion }, api).catch(
        unreachable,
      ),
    reveal: (request) => sendToTab(request.tabId, 'document:reveal', request, api).catch(unreachable),
  };
}
