import type { Page, Worker } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { analyze } from '@/lib/analysis';
import { isCaptureError, PANEL_PORT_NAME, type CapturedPassage, type HighlightRange } from '@/lib/messaging/protocol';
import { expect, test } from './fixtures';
import { highlightsIn, holdAsPanel, notesOf, selectInField, selectText, send, tabIdOf } from './page-protocol';

declare const chrome: typeof Browser;

async function captured(worker: Worker, tabId: number): Promise<CapturedPassage> {
  const reply = await send(worker, tabId, 'selection:get', { tabId });
  if (!reply || isCaptureError(reply)) throw new Error(`nothing captured: ${JSON.stringify(reply)}`);
  return reply;
}

/** The findings the panel would mark: the analyzer's, as highlight ranges. */
function rangesFor(text: string): HighlightRange[] {
  return analyze(text).findings.map(({ start, end, category }) => ({ start, end, category }));
}

/** Every `ownership-lens-*` highlight in the page: its name, and the text of each range. */
const pageHighlights = (page: Page) => highlightsIn(page);

function expectedHighlights(text: string, ranges: HighlightRange[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const range of ranges) (out[`ownership-lens-${range.category}`] ??= []).push(text.slice(range.start, range.end));
  return out;
}

test.describe('in-page highlights', () => {
  for (const [file, editor, paragraphs] of [
    ['contenteditable.html', '#notes', '#notes p'],
    ['prosemirror.html', '.ProseMirror', '.ProseMirror p'],
    ['quill.html', '.ql-editor', '.ql-editor p'],
  ] as const) {
    test(`${file}: CSS.highlights holds each finding's range, one highlight per category, and the DOM is untouched`, async ({
      context,
      extensionWorker,
      fixtureServer,
    }) => {
      const page = await context.newPage();
      await page.goto(fixtureServer.url(file));
      const tabId = await tabIdOf(extensionWorker, page);
      await page.locator(paragraphs).first().click({ clickCount: 3 });
      const passage = await captured(extensionWorker, tabId);
      // After the click (which focuses the editor), before any highlight.
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      const editorBefore = await page.locator(editor).evaluate((element) => element.outerHTML);
      const ranges = rangesFor(passage.text);
      expect(ranges.length).toBeGreaterThan(2); // the weak paragraph has several findings
      const result = await send(extensionWorker, tabId, 'highlights:set', {
        tabId,
        selectionId: passage.selectionId,
        ranges,
      });
      expect(result).toEqual({ shown: ranges.length });

      expect(await pageHighlights(page)).toEqual(expectedHighlights(passage.text, ranges));
      // The styles are an adopted sheet, the marks a registry: no node was added, removed or changed.
      expect(await page.locator(editor).evaluate((element) => element.outerHTML)).toBe(editorBefore);
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
      const styled = await page.evaluate(() =>
        Array.from(document.adoptedStyleSheets, (sheet) =>
          Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n'),
        ).join('\n'),
      );
      expect(styled).toMatch(/::highlight\(ownership-lens-role-title\)\s*\{[^}]*text-decoration:[^;}]*underline/);

      await send(extensionWorker, tabId, 'highlights:clear', { tabId });
      expect(await pageHighlights(page)).toEqual({});
    });
  }

  test('removed when the selection moves to another passage, and when the text under them is edited', async ({
    context,
    extensionWorker,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('contenteditable.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    await holdAsPanel(extensionWorker, tabId);
    const notes = await notesOf(page);
    await page.locator('#notes p').first().click({ clickCount: 3 });
    const passage = await captured(extensionWorker, tabId);
    await send(extensionWorker, tabId, 'highlights:set', {
      tabId,
      selectionId: passage.selectionId,
      ranges: rangesFor(passage.text),
    });
    expect(Object.keys(await pageHighlights(page)).length).toBeGreaterThan(0);

    // Collapsing the selection keeps them: the panel still shows that passage.
    await page.evaluate(() => document.getSelection()!.collapseToEnd());
    await page.waitForTimeout(400);
    expect(Object.keys(await pageHighlights(page)).length).toBeGreaterThan(0);

    await selectText(page, '#notes', notes[2]!.slice(0, 40));
    await expect.poll(() => pageHighlights(page)).toEqual({});

    await page.locator('#notes p').first().click({ clickCount: 3 });
    const again = await captured(extensionWorker, tabId);
    await send(extensionWorker, tabId, 'highlights:set', {
      tabId,
      selectionId: again.selectionId,
      ranges: rangesFor(again.text),
    });
    expect(Object.keys(await pageHighlights(page)).length).toBeGreaterThan(0);
    // A caret inside the highlighted paragraph (no new selection), then typing there.
    await page.evaluate(() => {
      const text = document.querySelector('#notes p')!.firstChild as Text;
      document.getSelection()!.collapse(text, text.length);
    });
    await page.waitForTimeout(300);
    expect(Object.keys(await pageHighlights(page)).length).toBeGreaterThan(0);
    await page.keyboard.type(' Edited.');
    await expect.poll(() => pageHighlights(page)).toEqual({});
  });

  test('removed when the panel that holds the page closes', async ({
    context,
    extensionWorker,
    fixtureServer,
    openExtensionPage,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('prosemirror.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    // The panel holds a port to the page while it follows it (lib/messaging/transport.ts holdTab).
    const panel = await openExtensionPage('sidepanel.html');
    await panel.evaluate(({ tabId, name }) => void chrome.tabs.connect(tabId, { name, frameId: 0 }), {
      tabId,
      name: PANEL_PORT_NAME,
    });
    await page.bringToFront();
    await page.locator('.ProseMirror p').first().click({ clickCount: 3 });
    const passage = await captured(extensionWorker, tabId);
    await send(extensionWorker, tabId, 'highlights:set', {
      tabId,
      selectionId: passage.selectionId,
      ranges: rangesFor(passage.text),
    });
    expect(Object.keys(await pageHighlights(page)).length).toBeGreaterThan(0);
    await panel.close();
    await expect.poll(() => pageHighlights(page)).toEqual({});
  });

  test('not available in a textarea: shown 0, and why', async ({ context, extensionWorker, fixtureServer }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('textarea.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    await selectInField(page, '#notes', (await notesOf(page))[0]!);
    const passage = await captured(extensionWorker, tabId);
    expect(
      await send(extensionWorker, tabId, 'highlights:set', {
        tabId,
        selectionId: passage.selectionId,
        ranges: rangesFor(passage.text),
      }),
    ).toEqual({ shown: 0, unavailable: 'field' });
    expect(await pageHighlights(page)).toEqual({});
  });

  test('an unknown or outdated selection shows nothing', async ({ context, extensionWorker, fixtureServer }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('contenteditable.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    expect(
      await send(extensionWorker, tabId, 'highlights:set', {
        tabId,
        selectionId: 'not-a-selection',
        ranges: [{ start: 0, end: 3, category: 'hedge' }],
      }),
    ).toEqual({
      shown: 0,
      unavailable: 'page-changed',
    });
  });
});
