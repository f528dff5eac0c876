import { isCaptureError, type CaptureError, type CapturedPassage } from '@/lib/messaging/protocol';
import { OFFER, TO_BRIDGE } from '@/lib/page/docs/bridge-protocol';
import { expect, test } from './fixtures';
import { notesOf, send, tabIdOf } from './page-protocol';
import { docsLookalike } from './pages/docs-lookalike';

const WITH_API = 'docs/document/d/lookalike-api/edit.html';

function passageOf(reply: CapturedPassage | null | CaptureError): CapturedPassage {
  if (!reply || isCaptureError(reply)) throw new Error(`no passage: ${JSON.stringify(reply)}`);
  return reply;
}

test.describe('Apply in Google Docs (the look-alike), through the bridge and Docs’ own paste', () => {
  test('replaces the words that change in place, keeps the paragraph mark, and each Apply is one Ctrl+Z', async ({
    context,
    extensionId,
    extensionWorker,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.url(WITH_API)}?ext=${extensionId}`);
    const tabId = await tabIdOf(extensionWorker, page);
    const notes = await notesOf(page);
    const docs = docsLookalike(page);
    const before = await docs.raw();
    await docs.selectParagraph(notes[0]!);
    const passage = passageOf(await send(extensionWorker, tabId, 'selection:get', { tabId }));
    expect(passage).toMatchObject({ text: notes[0], apply: 'editor' });

    const first = notes[0]!.replace('a lot of improvements', 'eleven fixes');
    const applied = await send(extensionWorker, tabId, 'rewrite:apply', {
      tabId,
      selectionId: passage.selectionId,
      original: passage.text,
      replacement: first,
    });
    expect(applied).toMatchObject({ ok: true, passage: { text: first, apply: 'editor' } });
    expect(await docs.raw()).toBe(before.replace(notes[0]!, first));

    // The passage Apply handed back takes the next rewrite.
    const second = first.replace('users loved it', 'setup tickets fell 38%');
    const again = await send(extensionWorker, tabId, 'rewrite:apply', {
      tabId,
      selectionId: (applied as { passage: CapturedPassage }).passage.selectionId,
      original: first,
      replacement: second,
    });
    expect(again).toMatchObject({ ok: true, passage: { text: second } });
    expect(await docs.raw()).toBe(before.replace(notes[0]!, second));
    expect(await docs.undoSteps()).toBe(2);

    await docs.undo();
    expect(await docs.raw()).toBe(before.replace(notes[0]!, first));
    await docs.undo();
    expect(await docs.raw()).toBe(before);
  });

  test('the document changed between capture and Apply: refused, and nothing in it changes', async ({
    context,
    extensionId,
    extensionWorker,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.url(WITH_API)}?ext=${extensionId}`);
    const tabId = await tabIdOf(extensionWorker, page);
    const notes = await notesOf(page);
    const docs = docsLookalike(page);
    const apply = (passage: CapturedPassage) =>
      send(extensionWorker, tabId, 'rewrite:apply', {
        tabId,
        selectionId: passage.selectionId,
        original: passage.text,
        replacement: passage.text.replace('a lot of', 'eleven'),
      });

    await docs.selectParagraph(notes[0]!);
    const inside = passageOf(await send(extensionWorker, tabId, 'selection:get', { tabId }));
    await docs.insertAfter('We worked', ' hard'); // inside the passage
    const edited = await docs.raw();
    expect(await apply(inside)).toMatchObject({ ok: false, reason: 'page-changed' });
    expect(await docs.raw()).toBe(edited);

    await docs.selectParagraph(notes[0]!.replace('We worked', 'We worked hard'));
    const moved = passageOf(await send(extensionWorker, tabId, 'selection:get', { tabId }));
    await docs.insertAfter('Interview notes', ' (draft)'); // before it: the passage is not where it was captured
    const shifted = await docs.raw();
    expect(await apply(moved)).toMatchObject({ ok: false, reason: 'page-changed' });
    expect(await docs.raw()).toBe(shifted);
    expect(await docs.undoSteps()).toBe(0);
  });

  test('a page script cannot make the bridge paste: not on window, not on the document, not through a channel of its own', async ({
    context,
    extensionId,
    extensionWorker,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.url(WITH_API)}?ext=${extensionId}`);
    const tabId = await tabIdOf(extensionWorker, page);
    const notes = await notesOf(page);
    const docs = docsLookalike(page);
    await docs.selectParagraph(notes[0]!);
    // The bridge has reported this selection, so only the channel stands between a page and a paste.
    const passage = passageOf(await send(extensionWorker, tabId, 'selection:get', { tabId }));
    const before = await docs.raw();
    await page.evaluate(
      ({ OFFER, TO_BRIDGE, text }) => {
        const raw = (window as unknown as { lookalike: { raw: string } }).lookalike.raw;
        const start = raw.indexOf(text);
        const replace = (requestId: number) =>
          JSON.stringify({
            v: 2,
            type: 'replace',
            requestId,
            start,
            end: start + text.length,
            expected: text,
            from: 0,
            to: text.length,
            text: 'Hijacked.',
          });
        for (const target of [window, document, document.documentElement])
          target.dispatchEvent(new CustomEvent(TO_BRIDGE, { detail: replace(1), bubbles: true }));
        const channel = document.createElement('span');
        window.dispatchEvent(new MouseEvent(OFFER, { relatedTarget: channel }));
        channel.dispatchEvent(new CustomEvent(TO_BRIDGE, { detail: replace(2) }));
      },
      { OFFER, TO_BRIDGE, text: notes[0]! },
    );
    // The bridge takes one request at a time, in order: a forged one it had taken would be done before this Apply.
    const rewrite = notes[0]!.replace('a lot of', 'eleven');
    expect(
      await send(extensionWorker, tabId, 'rewrite:apply', {
        tabId,
        selectionId: passage.selectionId,
        original: passage.text,
        replacement: rewrite,
      }),
    ).toMatchObject({ ok: true });
    expect(await docs.raw()).toBe(before.replace(notes[0]!, rewrite));
    expect(await docs.undoSteps()).toBe(1);
  });
});
