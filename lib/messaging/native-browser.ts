/**
 * The browser's own extension API, for content scripts (wxt.config.ts points their `wxt/browser`
 * here). A content script may use only what both browsers implement natively with promises:
 * runtime.id, runtime.sendMessage, runtime.onMessage answered through sendResponse, and
 * runtime.onConnect. That keeps webextension-polyfill (3.5 KB gzipped) out of a script that is
 * budgeted at 10 KB. Extension pages and the background keep the polyfill.
 */
import type { Browser } from '@wxt-dev/browser';

const scope = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: unknown };

export const browser = (
  scope.browser?.runtime?.id ? scope.browser : scope.chrome
) as typeof import('@wxt-dev/browser').browser;
export type { Browser };
