import { browser } from 'wxt/browser';
import { startContentScript } from '@/lib/page/content-script';
import { docsSource } from '@/lib/page/docs/docs-source';

/**
 * Google Docs documents. At document_start, so it can hand the main-world bridge this
 * extension's id before Docs' own scripts run (docs-bridge.content.ts). In Firefox there is no
 * bridge: the page's objects are reached through wrappedJSObject.
 */
export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  globalName: false,
  noScriptStartedPostMessage: true,
  main(ctx) {
    const pageWindow = import.meta.env.FIREFOX
      ? (window as unknown as { wrappedJSObject?: object }).wrappedJSObject
      : undefined;
    ctx.onInvalidated(startContentScript({ source: docsSource({ extensionId: browser.runtime.id, pageWindow }) }));
  },
});
