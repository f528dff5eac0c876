/**
 * The browser's own extension API, for content scripts (wxt.config.ts points their `wxt/browser`
 * here). A content script may use only what both browsers implement natively with promises:
 * runtime.id, runtime.sendMessage, runtime.onMessage answered through sendResponse, and
 * runtime.onConnect. That keeps webextension-polyfill (3.5 KB gzipped) out of a script that is
 * budgeted at 10 KB. Extension pages and the background keep the polyfill.
 *
 * Which global holds the API is decided at build time, never by looking at what `globalThis`
 * offers: a page's `<form id="browser"><input name="runtime" id="x">` shows up as `browser` in the
 * content script's world too (named access on window), and a look at `browser.runtime.id` would
 * pick the page's form. `chrome` in Chrome and `browser` in Firefox are the world's own properties,
 * which named elements cannot shadow.
 */
import type { Browser } from '@wxt-dev/browser';

const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };

export const browser = (
  import.meta.env.FIREFOX ? scope.browser : scope.chrome
) as typeof import('@wxt-dev/browser').browser;
export type { Browser };
