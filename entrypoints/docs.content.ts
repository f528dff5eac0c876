import { browser } from 'wxt/browser';
import { startContentScript } from '@/lib/page/content-script';
import { docsSource } from '@/lib/page/docs/docs-source';
import { stopWhenReplaced } from '@/lib/page/lifetime';

/**
 * Google Docs documents. At document_start, so it can hand the main-world bridge this
 * extension's id before Docs' own scripts run (docs-bridge.content.ts), in Chrome and Firefox alike.
 * It stops only when a newer copy replaces it (lib/page/lifetime.ts), not on WXT's own signal,
 * which a page can forge.
 */
export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  globalName: false,
  noScriptStartedPostMessage: true,
  main() {
    const stop = startContentScript({ source: docsSource({ extensionId: browser.runtime.id }) });
    stopWhenReplaced(stop, { runtimeAlive: () => !!browser.runtime?.id });
  },
});
