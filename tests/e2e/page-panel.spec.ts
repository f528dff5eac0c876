import type { Page } from '@playwright/test';
import { analyze } from '@/lib/analysis';
import { expect, test } from './fixtures';
import { PanelViews } from './pages/panel-views';
import { notesOf, selectInField, tabIdOf } from './page-protocol';

/** The panel popped out for a tab (?tabId=N), as a user would keep it beside the page. */
async function panelFor(openExtensionPage: (path: string) => Promise<Page>, tabId: number): Promise<PanelViews> {
  return PanelViews.openPanel(openExtensionPage, `?tabId=${tabId}`);
}

async function ownershipHighlights(page: Page): Promise<number> {
  return page.evaluate(() => {
    let count = 0;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('ownership-lens-')) count += (highlight as unknown as Set<unknown>).size;
    });
    return count;
  });
}

test.describe('the panel shows what the page captured', () => {
  for (const [file, select, from] of [
    ['article.html', (page: Page) => page.locator('#weak-story').click({ clickCount: 3 }), 'Selection in the page'],
    [
      'textarea.html',
      async (page: Page) => selectInField(page, '#notes', (await notesOf(page))[0]!),
      'Selection in a text area',
    ],
    [
      'contenteditable.html',
      (page: Page) => page.locator('#notes p').first().click({ clickCount: 3 }),
      'Selection in an editor',
    ],
    [
      'prosemirror.html',
      (page: Page) => page.locator('.ProseMirror p').first().click({ clickCount: 3 }),
      'Selection in a ProseMirror editor',
    ],
    [
      'quill.html',
      (page: Page) => page.locator('.ql-editor p').first().click({ clickCount: 3 }),
      'Selection in a Quill editor',
    ],
  ] as const) {
    test(`${file}: the score and findings of the selection, and where it came from`, async ({
      context,
      extensionWorker,
      fixtureServer,
      openExtensionPage,
    }) => {
      const page = await context.newPage();
      await page.goto(fixtureServer.url(file));
      const tabId = await tabIdOf(extensionWorker, page);
      const panel = await panelFor(openExtensionPage, tabId);
      await select(page);
      const expected =
        file === 'article.html' ? (await page.locator('#weak-story').textContent())!.trim() : (await notesOf(page))[0]!;
      const analysis = analyze(expected);
      await expect(panel.page.getByText(`From: ${from}`)).toBeVisible();
      await expect(panel.scoreMeter).toHaveAttribute('aria-valuenow', String(analysis.score));
      await expect(panel.highlightLabels()).toHaveCount(analysis.findings.length);
      // Marked in the page too, where the page allows it (not in a text area).
      if (file === 'textarea.html') expect(await ownershipHighlights(page)).toBe(0);
      else await expect.poll(() => ownershipHighlights(page)).toBe(analysis.findings.length);
    });
  }

  test('page text that looks like markup is shown as text in the panel, and nothing runs', async ({
    context,
    extensionWorker,
    fixtureServer,
    openExtensionPage,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('xss.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    const panel = await panelFor(openExtensionPage, tabId);
    await page.locator('#quoted').click({ clickCount: 3 });
    await expect(panel.passage).toContainText('<img src=x onerror="window.__ownershipLensXss = true">');
    expect(await panel.page.locator('img').count()).toBe(0);
    expect(
      await panel.page.evaluate(() => (window as unknown as { __ownershipLensXss?: boolean }).__ownershipLensXss),
    ).toBeUndefined();
    expect(
      await page.evaluate(() => (window as unknown as { __ownershipLensXss?: boolean }).__ownershipLensXss),
    ).toBeUndefined();
  });

  test('Apply from a card changes the ProseMirror document, and one Ctrl+Z in the page undoes it', async ({
    context,
    extensionWorker,
    fixtureServer,
    openExtensionPage,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('prosemirror.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    const notes = await notesOf(page);
    const panel = await panelFor(openExtensionPage, tabId);
    await page.locator('.ProseMirror p').first().click({ clickCount: 3 });
    await expect(panel.scoreMeter).toHaveAttribute('aria-valuenow', String(analyze(notes[0]!).score));
    const model = () =>
      page.evaluate(
        () =>
          (window as unknown as { view: { state: { doc: { textContent: string; childCount: number } } } }).view.state
            .doc.textContent,
      );
    const before = await model();

    const card = panel.findings.getByRole('article').first();
    const rewrite = 'I rebuilt onboarding and cut setup tickets by 38% in a month';
    await card.getByRole('textbox').fill(rewrite);
    await card.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect.poll(model).toContain(rewrite);
    const after = await model();
    expect(after).not.toBe(before);
    expect(after).toContain(notes[1]); // the next paragraph is untouched
    expect(
      await page.evaluate(
        () => (window as unknown as { view: { state: { doc: { childCount: number } } } }).view.state.doc.childCount,
      ),
    ).toBe(3);

    await page.bringToFront();
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(model).toBe(before);
  });

  test('Google Docs: the annotated selection, and without the API the whole document through its export', async ({
    context,
    extensionId,
    extensionWorker,
    fixtureServer,
    openExtensionPage,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.url('docs/document/d/lookalike-api/edit.html')}?ext=${extensionId}`);
    const tabId = await tabIdOf(extensionWorker, page);
    const notes = await notesOf(page);
    const panel = await panelFor(openExtensionPage, tabId);
    await page.evaluate(
      (text) => (window as unknown as { lookalike: { selectText(t: string): void } }).lookalike.selectText(text),
      notes[0]!,
    );
    await expect(panel.page.getByText('From: Google Docs (annotated text)')).toBeVisible();
    await expect(panel.scoreMeter).toHaveAttribute('aria-valuenow', String(analyze(notes[0]!).score));

    const plain = await context.newPage();
    await plain.goto(fixtureServer.url('docs/document/d/lookalike-plain/edit.html'));
    const plainTab = await tabIdOf(extensionWorker, plain);
    const fallbackPanel = await panelFor(openExtensionPage, plainTab);
    await fallbackPanel.page.getByRole('button', { name: 'Score the whole document' }).click();
    await expect(fallbackPanel.page.getByText('Google Docs, whole document (plain-text export)')).toBeVisible();
    await expect(fallbackPanel.scoreMeter).toHaveAttribute(
      'aria-valuenow',
      String(analyze(`Interview notes: pricing\n\n${notes[2]}`).score),
    );
  });
});
