import { startDocsBridge } from '@/lib/page/docs/bridge';

/**
 * Google Docs' main world, before Docs' own scripts: the only place `_docs_annotate_canvas_by_ext`
 * can be set in time and `_docs_annotate_getAnnotatedText` can be called. It has no extension API,
 * so it takes this extension's id from the content script (lib/page/docs/bridge-protocol.ts).
 * Firefox too (MV3, 128+): reading here, in the page's own world, means Docs' objects never reach
 * the content script behind Firefox's Xray wrapper, which hides their functions; only JSON crosses.
 */
export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  world: 'MAIN',
  runAt: 'document_start',
  globalName: false,
  noScriptStartedPostMessage: true,
  main() {
    startDocsBridge(window);
  },
});
