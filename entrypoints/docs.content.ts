import { browser } from 'wxt/browser';
import { startContentScript } from '@/lib/page/content-script';
import { docsSource } from '@/lib/page/docs/docs-source';

/**
 * Google Docs documents. At document_start, so it can hand the main-world bridge this
 * extension's id before Docs' own scripts run (docs-bridge.content.ts), in Chrome and Firefox alike.
 */
export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  globalName: false,
  noScriptStartedPostMessage: true,
  main(ctx) {
    ctx.onInvalidated(startContentScript({ source: docsSource({ extensionId: browser.runtime.id }) }));
  },
});
