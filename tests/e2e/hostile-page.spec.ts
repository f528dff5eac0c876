import type { Page } from '@playwright/test';
import { isCaptureError, type CaptureError, type CapturedPassage } from '@/lib/messaging/protocol';
import { expect, test } from './fixtures';
import { holdAsPanel, nthAnnouncement, notesOf, recordAnnouncements, send, tabIdOf } from './page-protocol';

function passageOf(reply: CapturedPassage | null | CaptureError): CapturedPassage {
  if (!reply || isCaptureError(reply)) throw new Error(`no passage: ${JSON.stringify(reply)}`);
  return reply;
}

/** What WXT's wrapper dispatches when a copy of a content script starts: public, and so forgeable. */
async function forgeScriptStarted(page: Page, extensionId: string, script: string): Promise<void> {
  await page.evaluate(
    ({ extensionId, script }) => {
      const type = `${extensionId}:${script}:wxt:content-script-started`;
      const detail = { contentScriptName: script, messageId: 'forged-by-the-page' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, contentScriptName: script, messageId: 'forged-by-the-page' }, '*');
    },
    { extensionId, script },
  );
}

test.describe('a page cannot stop or crash the content script', () => {
  test('markup that shadows `browser` (a form named browser with a field named runtime) does not crash it', async ({
    context,
    extensionWorker,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('hostile.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    // In the page, `browser.runtime.id` is the field's id: the trap is set.
    expect(
      await page.evaluate(() => (window as unknown as { browser: { runtime: { id: string } } }).browser.runtime.id),
    ).toBe('runtime-field');
    expect(await send(extensionWorker, tabId, 'content:ping', { tabId })).toEqual({ ready: true, docs: false });
    const notes = await notesOf(page);
    await page.locator('#notes p').first().click({ clickCount: 3 });
    expect(passageOf(await send(extensionWorker, tabId, 'selection:get', { tabId })).text).toBe(notes[0]);
  });

  test('a forged "content script started" event, with the public extension id, does not stop it', async ({
    context,
    extensionId,
    extensionWorker,
    fixtureServer,
  }) => {
    await recordAnnouncements(extensionWorker);
    const page = await context.newPage();
    await page.goto(fixtureServer.url('contenteditable.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    await holdAsPanel(extensionWorker, tabId);
    const notes = await notesOf(page);
    await forgeScriptStarted(page, extensionId, 'content');

    // It still answers the panel, and still follows the selection live.
    expect(await send(extensionWorker, tabId, 'content:ping', { tabId })).toEqual({ ready: true, docs: false });
    await page.locator('#notes p').nth(1).click({ clickCount: 3 });
    expect((await nthAnnouncement(extensionWorker, 1)).text).toBe(notes[1]);
    expect(passageOf(await send(extensionWorker, tabId, 'selection:get', { tabId })).text).toBe(notes[1]);
  });

  test('the same forgery on Google Docs does not stop the Docs script', async ({
    context,
    extensionId,
    extensionWorker,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.url('docs/document/d/lookalike-api/edit.html')}?ext=${extensionId}`);
    const tabId = await tabIdOf(extensionWorker, page);
    const notes = await notesOf(page);
    await forgeScriptStarted(page, extensionId, 'docs');
    expect(await send(extensionWorker, tabId, 'content:ping', { tabId })).toEqual({ ready: true, docs: true });
    await page.evaluate(
      (text) => (window as unknown as { lookalike: { selectText(t: string): void } }).lookalike.selectText(text),
      notes[0]!,
    );
    expect(passageOf(await send(extensionWorker, tabId, 'selection:get', { tabId })).text).toBe(notes[0]);
  });
});

test.describe('the Docs bridge cannot be taken over by the page', () => {
  /**
   * A page script, after load, does what a hostile page would with the bridge's public event names
   * (they are in the extension's code): it asks for the handshake again in every form, listens to
   * every public event, and answers any read it can see before the real bridge does.
   */
  async function impersonateTheBridge(page: Page): Promise<void> {
    await page.evaluate(() => {
      const names = {
        toBridge: 'ownership-lens:docs-to-bridge',
        toClient: 'ownership-lens:docs-to-client',
        offer: 'ownership-lens:docs-channel',
        ready: 'ownership-lens:docs-bridge-ready',
      };
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      const forged = { ok: true, selected: 'FORGED by the page', start: 0, end: 18, length: 18 };
      const answer = (target: EventTarget, detail: unknown) => {
        const m = JSON.parse(String(detail)) as { type?: string; nonce?: string; requestId?: number; v?: number };
        if (m.type !== 'read') return;
        const reply = { v: m.v, type: 'result', nonce: m.nonce, requestId: m.requestId, read: forged };
        target.dispatchEvent(new CustomEvent(names.toClient, { detail: JSON.stringify(reply) }));
      };
      window.addEventListener(names.toBridge, (event) => {
        heard.push(`window ${names.toBridge}: ${String((event as CustomEvent).detail)}`);
        answer(window, (event as CustomEvent).detail);
      });
      window.addEventListener(names.offer, (event) => {
        const channel = (event as MouseEvent).relatedTarget;
        heard.push(`window ${names.offer}: ${channel ? 'a channel' : 'nothing'}`);
        channel?.addEventListener(names.toBridge, (e) => answer(channel, (e as CustomEvent).detail));
      });
      // Ask for the handshake again: the old protocol's 'ready' and the new one's.
      window.dispatchEvent(new CustomEvent(names.toClient, { detail: JSON.stringify({ v: 1, type: 'ready' }) }));
      window.dispatchEvent(new Event(names.ready));
    });
  }

  test('a forged "ready" gets no secret, and the page cannot answer reads in the bridge’s place', async ({
    context,
    extensionId,
    extensionWorker,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.url('docs/document/d/lookalike-api/edit.html')}?ext=${extensionId}`);
    const tabId = await tabIdOf(extensionWorker, page);
    const notes = await notesOf(page);
    await impersonateTheBridge(page);
    await page.evaluate(
      (text) => (window as unknown as { lookalike: { selectText(t: string): void } }).lookalike.selectText(text),
      notes[0]!,
    );
    expect(passageOf(await send(extensionWorker, tabId, 'selection:get', { tabId })).text).toBe(notes[0]);
    await page.evaluate(
      (text) => (window as unknown as { lookalike: { selectText(t: string): void } }).lookalike.selectText(text),
      notes[2]!,
    );
    expect(passageOf(await send(extensionWorker, tabId, 'selection:get', { tabId })).text).toBe(notes[2]);
    // Nothing the page could hear after it started said anything: no handshake again, no reads.
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
  });
});
