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
