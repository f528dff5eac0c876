import type { Locator } from '@playwright/test';
import { COPY_ONLY_REASONS } from '@/components/panel/useAppliers';
import { expect, test } from './fixtures';
import { notesOf } from './page-protocol';
import { docsLookalike } from './pages/docs-lookalike';
import { expectScored, pageAndPanel } from './pages/page-and-panel';

const DOCS_WITH_API = 'docs/document/d/lookalike-api/edit.html';
const DOCS_WITHOUT_API = 'docs/document/d/lookalike-plain/edit.html';

type Lookalike = {
  selectText(text: string): void;
  focusText(): void;
  enableScreenReader(): void;
  selectParagraph(index: number): void;
};

/** Fills every [slot] of a card's rewrite; returns the rewrite and the words of the passage it replaces. */
async function fillSlots(card: Locator): Promise<{ rewrite: string; replaced: string }> {
  const box = card.getByRole('textbox');
  const rewrite = (await box.inputValue()).replace(/\[[^\]]+\]/g, '11');
  await box.fill(rewrite);
  // textContent, not innerText: the "Bad" label is styled in capitals.
  const bad = ((await card.locator('.card__bad').textContent()) ?? '').replace(/^Bad\s*/, '');
  return { rewrite, replaced: bad };
}

test.describe('the panel on Google Docs (the look-alike)', () => {
  test('Google Docs with the annotated-text API: scored, and the cards say Apply, as everywhere', async ({
    context,
    extensionId,
    extensionWorker,
    openExtensionPage,
    fixtureServer,
  }) => {
    const { page, panel } = await pageAndPanel(
      { context, extensionWorker, openExtensionPage },
      `${fixtureServer.url(DOCS_WITH_API)}?ext=${extensionId}`,
    );
    const notes = await notesOf(page);
    await page.evaluate(
      (text) => (window as unknown as { lookalike: { selectText(t: string): void } }).lookalike.selectText(text),
      notes[0]!,
    );
    await expectScored(panel, notes[0]!, 'Google Docs (annotated text): “Onboarding story”');
    await expect(panel.findings.getByRole('button', { name: 'Apply', exact: true }).first()).toBeVisible();
    await expect(panel.findings.getByRole('button', { name: /copy for Docs/ })).toHaveCount(0);
    await expect(
      panel.page.getByText(
        'Google Docs draws its text on a canvas, so the findings are marked here in the panel only.',
      ),
    ).toBeVisible();
  });

  test('select a paragraph, fill the slots, Apply: the rewrite stands in place of exactly that paragraph, and one Ctrl+Z restores it', async ({
    context,
    extensionId,
    extensionWorker,
    openExtensionPage,
    fixtureServer,
    networkGuard,
  }) => {
    const { page, panel } = await pageAndPanel(
      { context, extensionWorker, openExtensionPage },
      `${fixtureServer.url(DOCS_WITH_API)}?ext=${extensionId}`,
    );
    const notes = await notesOf(page);
    const docs = docsLookalike(page);
    const before = await docs.raw();
    await docs.selectParagraph(notes[0]!);
    await expectScored(panel, notes[0]!, 'Google Docs (annotated text): “Onboarding story”');

    const card = panel.card('a lot of');
    const { rewrite, replaced } = await fillSlots(card);
    await card.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect(panel.notice).toContainText('Applied in Google Docs. Press Ctrl+Z in the document to undo it.');
    expect(notes[0]).toContain(replaced);
    const applied = notes[0]!.replace(replaced, rewrite);
    expect(applied).not.toBe(notes[0]);
    expect(await docs.raw()).toBe(before.replace(notes[0]!, applied));
    // The panel scores what the document holds now.
    await expectScored(panel, applied, 'Google Docs (annotated text)');

    await docs.undo();
    expect(await docs.raw()).toBe(before);
    networkGuard.assertNoViolations();
  });

  test('the document changes between capture and Apply: refused, the rewrite copied, and nothing in the document changes', async ({
    context,
    extensionId,
    extensionWorker,
    openExtensionPage,
    fixtureServer,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, panel } = await pageAndPanel(
      { context, extensionWorker, openExtensionPage },
      `${fixtureServer.url(DOCS_WITH_API)}?ext=${extensionId}`,
    );
    const notes = await notesOf(page);
    const docs = docsLookalike(page);
    await docs.selectParagraph(notes[0]!);
    await expectScored(panel, notes[0]!, 'Google Docs (annotated text)');
    // The user clicks elsewhere (the panel keeps the passage), and a collaborator edits the paragraph.
    await docs.clickAway();
    await docs.insertAfter('We worked', ' hard');
    const edited = await docs.raw();

    const card = panel.card('a lot of');
    const { rewrite } = await fillSlots(card);
    await card.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect(card.getByRole('status')).toContainText(
      'The document changed since this passage was captured, so nothing was replaced.',
    );
    await expect(card.getByRole('status')).toContainText('The text is on your clipboard');
    await expect(panel.notice).not.toContainText('Applied');
    expect(await panel.page.evaluate(() => navigator.clipboard.readText())).toBe(rewrite);
    expect(await docs.raw()).toBe(edited);
    expect(await docs.undoSteps()).toBe(0);
  });

  test('Google Docs without the API: says so and offers its fallbacks; the whole document scores', async ({
    context,
    extensionWorker,
    openExtensionPage,
    fixtureServer,
  }) => {
    const { page, panel } = await pageAndPanel(
      { context, extensionWorker, openExtensionPage },
      fixtureServer.url(DOCS_WITHOUT_API),
    );
    const notes = await notesOf(page);
    await expect(
      panel.page.getByText('Google Docs is not sharing the selected text with extensions here.'),
    ).toBeVisible();
    await expect(panel.page.getByRole('button', { name: 'Paste what you copied' })).toBeVisible();
    await expect(panel.page.getByText('Tools → Accessibility')).toBeVisible();

    await panel.page.getByRole('button', { name: 'Score the whole document' }).click();
    await expectScored(
      panel,
      `Interview notes: pricing\n\n${notes[2]}`,
      'Google Docs, whole document (plain-text export): “Pricing story”',
    );
    // Docs shared no place for this text: Apply is copy-only, and each card says why.
    await expect(panel.findings.getByRole('button', { name: 'Apply', exact: true })).toHaveCount(0);
    await expect(panel.findings.getByText(COPY_ONLY_REASONS.docsNoPlace).first()).toBeVisible();

    // Docs' screen-reader rendering, once the user turns it on: Try again reads it.
    await page.evaluate(() => {
      const l = (window as unknown as { lookalike: Lookalike }).lookalike;
      l.enableScreenReader();
      l.selectParagraph(2);
    });
    await panel.page.reload();
    await expectScored(panel, notes[1]!, 'Google Docs (screen-reader text)');
  });

  test('Google Docs without the API: "Paste what you copied" reads the clipboard after the user’s copy, and says so when refused', async ({
    context,
    extensionWorker,
    openExtensionPage,
    fixtureServer,
  }) => {
    const { panel } = await pageAndPanel(
      { context, extensionWorker, openExtensionPage },
      fixtureServer.url(DOCS_WITHOUT_API),
    );
    const paste = panel.page.getByRole('button', { name: 'Paste what you copied' });
    // No clipboard-read permission: the panel says so and offers the text box.
    await paste.click();
    await expect(panel.page.getByText('The browser did not let the panel read the clipboard.')).toBeVisible();
    await panel.page.getByRole('button', { name: 'Paste into the text box instead' }).click();
    await expect(panel.storyBox).toBeFocused();
    await panel.page.getByRole('radio', { name: 'The selection in the page' }).check();

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const copied =
      'Refund tickets had doubled to 1,200 a week. I rewrote the triage rules and they fell 45% in 30 days.';
    await panel.page.evaluate((text) => navigator.clipboard.writeText(text), copied);
    await paste.click();
    await expectScored(panel, copied, 'Pasted from your clipboard');
  });

  test('Google Docs without the API: select and press Ctrl+C there, and the panel scores what was copied', async ({
    context,
    extensionWorker,
    openExtensionPage,
    fixtureServer,
  }) => {
    const { page, panel } = await pageAndPanel(
      { context, extensionWorker, openExtensionPage },
      fixtureServer.url(DOCS_WITHOUT_API),
    );
    const notes = await notesOf(page);
    const fallbacks = panel.page.locator('.docs-fallbacks__list > li');
    await expect(fallbacks.first()).toContainText('Select the passage in Docs and copy it');
    // The paste box stays, as the last way in.
    await expect(fallbacks.last().getByRole('button', { name: 'Paste what you copied' })).toBeVisible();

    await page.evaluate((text) => {
      const l = (window as unknown as { lookalike: Lookalike }).lookalike;
      l.selectText(text);
      l.focusText();
    }, notes[0]!);
    await page.keyboard.press('ControlOrMeta+c');
    await expectScored(panel, notes[0]!, 'Google Docs (what you copied): “Pricing story”');
    // The other ways stay within reach.
    await panel.page.getByText('Other ways to get text from this document').click();
    await expect(panel.page.getByRole('button', { name: 'Score the whole document' })).toBeVisible();
  });
});
