import type { Page } from '@playwright/test';
import { isCaptureError, type CaptureError, type CapturedPassage } from '@/lib/messaging/protocol';
import { expect, test } from './fixtures';
import { holdAsPanel, nthAnnouncement, notesOf, recordAnnouncements, send, tabIdOf } from './page-protocol';

const WITH_API = 'docs/document/d/lookalike-api/edit.html';
const WITHOUT_API = 'docs/document/d/lookalike-plain/edit.html';

function passageOf(reply: CapturedPassage | null | CaptureError): CapturedPassage {
  if (!reply || isCaptureError(reply)) throw new Error(`no passage: ${JSON.stringify(reply)}`);
  return reply;
}

const lookalike = (page: Page) =>
  page.evaluate(() => (window as unknown as { lookalike: { claimed: unknown } }).lookalike.claimed);

test.describe('Google Docs (a look-alike with a canvas and the annotated-text API)', () => {
  test("the extension asks for the annotated canvas with its own id, before the page's scripts run", async ({
    context,
    extensionId,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.url(WITH_API)}?ext=${extensionId}`);
    expect(await lookalike(page)).toBe(extensionId);
    expect(
      await page.evaluate(
        () =>
          typeof (window as unknown as { _docs_annotate_getAnnotatedText?: unknown })._docs_annotate_getAnnotatedText,
      ),
    ).toBe('function');
    // Off Docs the flag is never set: a plain page sees nothing of it.
    await page.goto(fixtureServer.url('article.html'));
    expect(await page.evaluate(() => '_docs_annotate_canvas_by_ext' in window)).toBe(false);
  });

  test('reads the selection through the API, with Docs’ control characters stripped; no highlights on its canvas', async ({
    context,
    extensionId,
    extensionWorker,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.url(WITH_API)}?ext=${extensionId}`);
    const tabId = await tabIdOf(extensionWorker, page);
    const notes = await notesOf(page);
    expect(await send(extensionWorker, tabId, 'content:ping', { tabId })).toEqual({ ready: true, docs: true });
    expect(await send(extensionWorker, tabId, 'selection:get', { tabId })).toBeNull(); // nothing selected yet

    await page.evaluate(
      (text) => (window as unknown as { lookalike: { selectText(t: string): void } }).lookalike.selectText(text),
      notes[0]!,
    );
    const first = passageOf(await send(extensionWorker, tabId, 'selection:get', { tabId }));
    expect(first.text).toBe(notes[0]);
    expect(first.source).toMatchObject({ kind: 'google-docs', title: 'Onboarding story' });
    expect(first.apply).toBe('editor');

    // From the title through the second paragraph: ETX and a soft line break (VT) inside.
    await page.evaluate(() => {
      const l = (window as unknown as { lookalike: { raw: string; select(s: number, e: number): void } }).lookalike;
      l.select(0, l.raw.indexOf('My lesson'));
    });
    const across = passageOf(await send(extensionWorker, tabId, 'selection:get', { tabId }));
    expect(across.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(across.text.startsWith('Interview notes: onboarding\nI was responsible')).toBe(true);
    expect(across.text).toContain('the analytics team.\nTickets fell 38%');

    expect(
      await send(extensionWorker, tabId, 'highlights:set', {
        tabId,
        selectionId: across.selectionId,
        ranges: [{ start: 0, end: 9, category: 'hedge' }],
      }),
    ).toEqual({
      shown: 0,
      unavailable: 'docs',
    });
  });

  test('follows the selection on the canvas live', async ({ context, extensionId, extensionWorker, fixtureServer }) => {
    await recordAnnouncements(extensionWorker);
    const page = await context.newPage();
    await page.goto(`${fixtureServer.url(WITH_API)}?ext=${extensionId}`);
    await holdAsPanel(extensionWorker, await tabIdOf(extensionWorker, page));
    const notes = await notesOf(page);
    await page.evaluate(
      (text) => (window as unknown as { lookalike: { selectText(t: string): void } }).lookalike.selectText(text),
      notes[2]!,
    );
    const passage = await nthAnnouncement(extensionWorker, 1);
    expect(passage.text).toBe(notes[2]);
    expect(passage.source.kind).toBe('google-docs');
  });

  test('an id that is not its own gets no API: the look-alike, like Docs, answers only the claim it checks', async ({
    context,
    extensionWorker,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.url(WITH_API)}?ext=kbfnbcaeplbcioakkpcpgfkobkghlhen`);
    const tabId = await tabIdOf(extensionWorker, page);
    const reply = await send(extensionWorker, tabId, 'selection:get', { tabId });
    expect(isCaptureError(reply) && reply.error).toBe('docs-api-missing');
  });
});

test.describe('Google Docs without the API: the honest fallbacks', () => {
  test('says so, and names the ways out, the paste box last', async ({ context, extensionWorker, fixtureServer }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url(WITHOUT_API));
    const tabId = await tabIdOf(extensionWorker, page);
    const reply = await send(extensionWorker, tabId, 'selection:get', { tabId });
    if (!isCaptureError(reply)) throw new Error(`expected an error, got ${JSON.stringify(reply)}`);
    expect(reply.error).toBe('docs-api-missing');
    expect(reply.fallbacks).toEqual(['docs-copy', 'docs-export', 'docs-accessibility', 'clipboard']);
    expect(reply.message).toMatch(/Tools → Accessibility → Turn on screen reader support/);
    expect(reply.message).toMatch(/reload the tab/);
  });

  test('select and press Ctrl+C: what Docs copies, read in its own text-event frame, is scored and labelled', async ({
    context,
    extensionWorker,
    fixtureServer,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await recordAnnouncements(extensionWorker);
    const page = await context.newPage();
    await page.goto(fixtureServer.url(WITHOUT_API));
    const tabId = await tabIdOf(extensionWorker, page);
    await holdAsPanel(extensionWorker, tabId);
    const notes = await notesOf(page);
    await page.evaluate((text) => {
      const l = (window as unknown as { lookalike: { selectText(t: string): void; focusText(): void } }).lookalike;
      l.selectText(text);
      l.focusText();
    }, notes[2]!);
    await page.keyboard.press('ControlOrMeta+c');
    const copied = await nthAnnouncement(extensionWorker, 1);
    expect(copied.text).toBe(notes[2]);
    expect(copied.source).toMatchObject({ kind: 'google-docs-copy', editor: 'google-docs', title: 'Pricing story' });
    expect(copied.apply).toBe('docs');
    expect(passageOf(await send(extensionWorker, tabId, 'selection:get', { tabId })).text).toBe(notes[2]);
    // Docs' own copy went through untouched: the clipboard holds what Docs put there.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(notes[2]);
  });

  test('"score the whole document": the plain-text export, read from the same origin', async ({
    context,
    extensionWorker,
    fixtureServer,
  }) => {
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    await page.goto(fixtureServer.url(WITHOUT_API));
    const tabId = await tabIdOf(extensionWorker, page);
    const notes = await notesOf(page);
    const exported = await send(extensionWorker, tabId, 'docs:export', { tabId });
    // The byte-order mark and Windows line ends are gone.
    expect(exported).toEqual({ text: `Interview notes: pricing\n\n${notes[2]}`, title: 'Pricing story' });
    expect(requests).toContain(`${fixtureServer.origin}/docs/document/d/lookalike-plain/export?format=txt`);
  });

  test("Docs' screen-reader rendering: read where it is on, with the selection it draws", async ({
    context,
    extensionWorker,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url(WITHOUT_API));
    const tabId = await tabIdOf(extensionWorker, page);
    const notes = await notesOf(page);
    type Lookalike = { enableScreenReader(): void; selectParagraph(i: number): void };
    await page.evaluate(() => (window as unknown as { lookalike: Lookalike }).lookalike.enableScreenReader());
    // On, but nothing selected (the live region only says it is on): still the fallbacks.
    expect(await send(extensionWorker, tabId, 'selection:get', { tabId })).toMatchObject({ error: 'docs-api-missing' });
    await page.evaluate(() => (window as unknown as { lookalike: Lookalike }).lookalike.selectParagraph(2)); // after the title and the first
    const passage = passageOf(await send(extensionWorker, tabId, 'selection:get', { tabId }));
    expect(passage.text).toBe(notes[1]);
    expect(passage.source.kind).toBe('google-docs-accessibility');
    expect(passage.apply).toBe('docs');
  });

  test('a second signed-in account (/document/u/1/d/…): found, and exported on the same account path', async ({
    context,
    extensionWorker,
    fixtureServer,
  }) => {
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    await page.goto(fixtureServer.url('docs/document/u/1/d/lookalike-plain/edit.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    const notes = await notesOf(page);
    expect(await send(extensionWorker, tabId, 'content:ping', { tabId })).toEqual({ ready: true, docs: true });
    expect(await send(extensionWorker, tabId, 'docs:export', { tabId })).toEqual({
      text: `Interview notes: pricing\n\n${notes[2]}`,
      title: 'Pricing story',
    });
    expect(requests).toContain(`${fixtureServer.origin}/docs/document/u/1/d/lookalike-plain/export?format=txt`);
  });

  test('an address the page rewrote with the History API cannot point the export at another path', async ({
    context,
    extensionWorker,
    fixtureServer,
  }) => {
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    await page.goto(fixtureServer.url(WITHOUT_API));
    const tabId = await tabIdOf(extensionWorker, page);
    await page.evaluate(() =>
      history.replaceState(null, '', '/docs/uploads/docs/document/d/lookalike-plain/edit.html'),
    );
    expect(await send(extensionWorker, tabId, 'docs:export', { tabId })).toMatchObject({
      error: 'no-access',
      message: expect.stringMatching(/not a Google Docs document/),
    });
    expect(requests.filter((url) => url.includes('export'))).toEqual([]);
  });

  test('a non-Docs page refuses docs:export', async ({ context, extensionWorker, fixtureServer }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('article.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    expect(await send(extensionWorker, tabId, 'docs:export', { tabId })).toMatchObject({ error: 'no-access' });
  });
});
