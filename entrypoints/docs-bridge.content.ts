import { startDocsBridge } from '@/lib/page/docs/bridge';

/**
 * Google Docs' main world, before Docs' own scripts: the only place `_docs_annotate_canvas_by_ext`
 * can be set in time and `_docs_annotate_getAnnotatedText` can be called. It has no extension API,
 * so it takes this extension's id from the content script (lib/page/docs/bridge-protocol.ts).
 * Chrome only: Firefox's content script reaches the page through wrappedJSObject instead.
 */
export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  world: 'MAIN',
  runAt: 'document_start',
  include: ['chrome'],
  globalName: false,
  noScriptStartedPostMessage: true,
  main() {
    startDocsBridge(window);
  },
});
