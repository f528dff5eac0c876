/**
 * Page-side test helpers: speak the extension's protocol from its own service worker (as the panel
 * would from its page), listen to what content scripts announce, and make selections the way a
 * user does. Specs for the page side (page*, apply*, docs*, permissions*) share these.
 */
import { expect, type Page, type Worker } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import {
  PANEL_PORT_NAME,
  type CapturedPassage,
  type MessageName,
  type RequestOf,
  type ResponseOf,
} from '@/lib/messaging/protocol';

/** The service worker sees Chrome's own `chrome` global. */
declare const chrome: typeof Browser;

/**
 * The browser's id for the tab showing `page`. The extension may not read tab addresses (no "tabs"
 * permission, no host access to 127.0.0.1), so the page is brought to the front and the active tab asked for.
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (id === undefined) throw new Error(`No active tab for ${page.url()}`);
  return id;
}

/** Sends one protocol message to the tab's content script, exactly as lib/messaging/transport does, and unwraps the reply. */
export async function send<N extends MessageName>(
  worker: Worker,
  tabId: number,
  name: N,
  data: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const reply = await worker.evaluate(
    async ({ tabId, name, data }) =>
      chrome.tabs.sendMessage(tabId, { protocol: 'ownership-lens', name, data }, { frameId: 0 }) as Promise<unknown>,
    { tabId, name, data: data as unknown },
  );
  const typed = reply as { ok: boolean; value?: unknown; error?: string } | undefined;
  if (!typed || typed.ok !== true) throw new Error(`${name} failed: ${typed?.error ?? 'no reply'}`);
  return typed.value as ResponseOf<N>;
}

/** Holds the tab as an open panel does (lib/messaging/transport holdTab): pages announce live changes only then. */
export async function holdAsPanel(worker: Worker, tabId: number): Promise<void> {
  await worker.evaluate(
    ({ tabId, name }) => {
      const scope = globalThis as unknown as { __holds?: unknown[] };
      (scope.__holds ??= []).push(chrome.tabs.connect(tabId, { name, frameId: 0 }));
    },
    { tabId, name: PANEL_PORT_NAME },
  );
}

/** Starts recording what content scripts announce ('selection:changed') to the extension. */
export async function recordAnnouncements(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { __announced?: unknown[] };
    if (scope.__announced) {
      scope.__announced.length = 0;
      return;
    }
    scope.__announced = [];
    chrome.runtime.onMessage.addListener((message: unknown) => {
      const m = message as { protocol?: string; name?: string; data?: unknown };
      if (m?.protocol === 'ownership-lens' && m.name === 'selection:changed') scope.__announced!.push(m.data);
      return undefined;
    });
  });
}

export async function announcements(worker: Worker): Promise<CapturedPassage[]> {
  return worker.evaluate(() => ((globalThis as unknown as { __announced?: unknown[] }).__announced ?? []) as never);
}

/** Waits for the n-th announcement (1-based) and returns it. */
export async function nthAnnouncement(worker: Worker, n: number): Promise<CapturedPassage> {
  await expect
    .poll(async () => (await announcements(worker)).length, { message: `announcement #${n}` })
    .toBeGreaterThanOrEqual(n);
  return (await announcements(worker))[n - 1]!;
}

/** A page of either driver: Playwright's and puppeteer-core's (the Firefox suite) both run a function in the page with one argument. */
export interface ScriptablePage {
  // `any`: the two drivers type the argument differently (puppeteer wraps it in FlattenHandle).
  evaluate(fn: (arg: any) => unknown, arg: any): Promise<unknown>;
}

/** Selects `text` inside the element matching `selector`, as a mouse drag would (document selection). */
export async function selectText(page: ScriptablePage, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ({ selector, text }) => {
      const root = document.querySelector(selector);
      if (!root) throw new Error(`no ${selector}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`"${text}" is not in one text node of ${selector}`);
    },
    { selector, text },
  );
}

/** Selects `text` inside a textarea or input, with the field focused. */
export async function selectInField(page: ScriptablePage, selector: string, text: string, extra = 0): Promise<void> {
  await page.evaluate(
    ({ selector, text, extra }) => {
      const field = document.querySelector(selector) as HTMLTextAreaElement | HTMLInputElement;
      const at = field.value.indexOf(text);
      if (at < 0) throw new Error(`"${text}" is not in ${selector}`);
      field.focus();
      field.setSelectionRange(at, at + text.length + extra);
    },
    { selector, text, extra },
  );
}

/** The fixture pages' notes (tests/fixtures/pages/notes.js), read from the page itself. */
export async function notesOf(page: ScriptablePage): Promise<string[]> {
  return (await page.evaluate(
    () => (window as unknown as { OWNERSHIP_LENS_NOTES: string[] }).OWNERSHIP_LENS_NOTES,
    undefined,
  )) as string[];
}

/** Every `ownership-lens-*` highlight in the page (CSS.highlights): its name, and the text of each range. */
export async function highlightsIn(page: ScriptablePage): Promise<Record<string, string[]>> {
  return (await page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('ownership-lens-'))
        out[name] = Array.from(highlight as unknown as Iterable<AbstractRange>, (range) => (range as Range).toString());
    });
    return out;
  }, undefined)) as Record<string, string[]>;
}
