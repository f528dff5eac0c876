import type { Page } from 'puppeteer-core';
import { analyze } from '@/lib/analysis';
import { notesOf } from '../e2e/page-protocol';
import { GECKO_ID } from './firefox';
import { expect, passageOf, test } from './fixtures';
import { FirefoxPanel } from './pages/panel';

const WITH_API = 'docs/document/d/lookalike-api/edit.html';
const WITHOUT_API = 'docs/document/d/lookalike-plain/edit.html';

const selectInDocs = (page: Page, text: string) =>
  page.evaluate(
    (text) => (window as unknown as { lookalike: { selectText(t: string): void } }).lookalike.selectText(text),
    text,
  );

test.describe('Firefox: Google Docs (the look-alike)', () => {
  test('the main-world bridge claims the annotated canvas with the gecko id, and the selection is read through it', async ({
    extension,
    fixtureServer,
  }) => {
    const page = await extension.openPage(`${fixtureServer.url(WITH_API)}?ext=${GECKO_ID}`);
    // Set before the page's own scripts ran, or the look-alike (like Docs) would offer no API.
    expect(
      await page.evaluate(() => [
        (window as unknown as { lookalike: { claimed: unknown } }).lookalike.claimed,
        typeof (window as unknown as { _docs_annotate_getAnnotatedText?: unknown })._docs_annotate_getAnnotatedText,
      ]),
    ).toEqual([GECKO_ID, 'function']);
    const tabId = await extension.tabIdOf(page);
    const notes = await notesOf(page);
    expect(await extension.send(tabId, 'content:ping', { tabId })).toEqual({ ready: true, docs: true });
    await selectInDocs(page, notes[2]!);
    // The API's object is made by the page: read through the bridge, its getText is not hidden by an Xray wrapper.
    const passage = passageOf(await extension.send(tabId, 'selection:get', { tabId }));
    expect(passage.text).toBe(notes[2]);
    expect(passage.source).toMatchObject({ kind: 'google-docs', title: 'Onboarding story' });
    expect(passage.apply).toBe('editor');
  });

  test('Apply pastes through the bridge into the text-event frame: the paragraph holds the rewrite, one Ctrl+Z restores it', async ({
    extension,
    fixtureServer,
  }) => {
    const page = await extension.openPage(`${fixtureServer.url(WITH_API)}?ext=${GECKO_ID}`);
    const tabId = await extension.tabIdOf(page);
    const notes = await notesOf(page);
    type Hooks = { raw: string; undoSteps: number; select(s: number, e: number): void; focusText(): void };
    const raw = () => page.evaluate(() => (window as unknown as { lookalike: Hooks }).lookalike.raw);
    const before = await raw();
    // A triple-click: the paragraph and its paragraph mark.
    await page.evaluate((text) => {
      const l = (window as unknown as { lookalike: Hooks }).lookalike;
      const start = l.raw.indexOf(text);
      l.select(start, start + text.length + 1);
    }, notes[0]!);
    const passage = passageOf(await extension.send(tabId, 'selection:get', { tabId }));
    expect(passage.text).toBe(notes[0]);
    const rewrite = notes[0]!.replace('a lot of improvements', 'eleven fixes');
    const applied = await extension.send(tabId, 'rewrite:apply', {
      tabId,
      selectionId: passage.selectionId,
      original: passage.text,
      replacement: rewrite,
    });
    expect(applied).toMatchObject({ ok: true, passage: { text: rewrite } });
    expect(await raw()).toBe(before.replace(notes[0]!, rewrite));
    expect(await page.evaluate(() => (window as unknown as { lookalike: Hooks }).lookalike.undoSteps)).toBe(1);

    await page.evaluate(() => (window as unknown as { lookalike: Hooks }).lookalike.focusText());
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    expect(await raw()).toBe(before);
  });

  test('the panel scores a Docs selection, named as annotated text', async ({ extension, fixtureServer }) => {
    const page = await extension.openPage(`${fixtureServer.url(WITH_API)}?ext=${GECKO_ID}`);
    const tabId = await extension.tabIdOf(page);
    const notes = await notesOf(page);
    await selectInDocs(page, notes[0]!);
    // Opened on a selection already made, the panel asks for it at once (live following is in follow.spec.ts).
    const panel = await FirefoxPanel.open(extension, `?tabId=${tabId}`);
    await panel.expectScore(analyze(notes[0]!).score);
    expect(await panel.page.evaluate(() => document.querySelector('.page-source__from')?.textContent)).toContain(
      'Google Docs (annotated text): “Onboarding story”',
    );
  });

  test('without the API: the fallbacks, and the whole document through its plain-text export', async ({
    extension,
    fixtureServer,
  }) => {
    const page = await extension.openPage(fixtureServer.url(WITHOUT_API));
    const tabId = await extension.tabIdOf(page);
    const notes = await notesOf(page);
    const reply = await extension.send(tabId, 'selection:get', { tabId });
    expect(reply).toMatchObject({
      error: 'docs-api-missing',
      fallbacks: ['docs-copy', 'docs-export', 'docs-accessibility', 'clipboard'],
    });
    expect(await extension.send(tabId, 'docs:export', { tabId })).toEqual({
      text: `Interview notes: pricing\n\n${notes[2]}`,
      title: 'Pricing story',
    });
  });

  test('without the API: what Docs copies on Ctrl+C, read in its own text-event frame, is the passage', async ({
    extension,
    fixtureServer,
  }) => {
    const page = await extension.openPage(fixtureServer.url(WITHOUT_API));
    const tabId = await extension.tabIdOf(page);
    const notes = await notesOf(page);
    await page.evaluate((text) => {
      const l = (window as unknown as { lookalike: { selectText(t: string): void; focusText(): void } }).lookalike;
      l.selectText(text);
      l.focusText();
    }, notes[2]!);
    await page.keyboard.down('Control');
    await page.keyboard.press('c');
    await page.keyboard.up('Control');
    const passage = passageOf(await extension.send(tabId, 'selection:get', { tabId }));
    expect(passage.text).toBe(notes[2]);
    expect(passage.source).toMatchObject({ kind: 'google-docs-copy', title: 'Pricing story' });
  });
});
