import { browser } from 'wxt/browser';
import { startContentScript } from '@/lib/page/content-script';
import { stopWhenReplaced } from '@/lib/page/lifetime';
import { pageSource } from '@/lib/page/page-source';

/**
 * Declared only on Notion, where the extension has host access. Everywhere else the background
 * injects this same file with scripting.executeScript after the user's gesture (activeTab).
 * The e2e build also declares it on 127.0.0.1 (see wxt.config.ts). Google Docs has its own
 * script (docs.content.ts). It stops only when a newer copy replaces it (lib/page/lifetime.ts),
 * not on WXT's own signal, which a page can forge.
 */
export default defineContentScript({
  matches: ['https://www.notion.so/*', 'https://*.notion.site/*'],
  globalName: false,
  noScriptStartedPostMessage: true,
  main() {
    stopWhenReplaced(startContentScript({ source: pageSource() }), { runtimeAlive: () => !!browser.runtime?.id });
  },
});
