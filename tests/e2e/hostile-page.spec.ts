import { isCaptureError, type CaptureError, type CapturedPassage } from '@/lib/messaging/protocol';
import { expect, test } from './fixtures';
import { notesOf, send, tabIdOf } from './page-protocol';

function passageOf(reply: CapturedPassage | null | CaptureError): CapturedPassage {
  if (!reply || isCaptureError(reply)) throw new Error(`no passage: ${JSON.stringify(reply)}`);
  return reply;
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
});
