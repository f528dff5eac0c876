import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { analyze } from '@/lib/analysis';
import { expect, test } from './fixtures';
import { notesOf, selectInField, selectText } from './page-protocol';
import { expectScored, pageAndPanel } from './pages/page-and-panel';

const DOCS_WITHOUT_API = 'docs/document/d/lookalike-plain/edit.html';

test.describe('the panel follows a page selection (?tabId=N)', () => {
  test('a plain article: the document selection, named as such, copy-only', async ({
    context,
    extensionWorker,
    openExtensionPage,
    fixtureServer,
  }) => {
    const { page, panel } = await pageAndPanel(
      { context, extensionWorker, openExtensionPage },
      fixtureServer.url('article.html'),
    );
    const text = (await page.locator('#weak-story').textContent())!.trim();
    await selectText(page, '#weak-story', text);
    await expectScored(panel, text, 'Selection in the page on “Interview notes: the pricing experiment”');
    await expect(panel.page.locator('.page-source__from')).toContainText(fixtureServer.url('article.html'));
    await expect(
      panel.page.getByText('This text is not in an editable field, so rewrites can only be copied.').first(),
    ).toBeVisible();
    await expect(panel.findings.getByRole('button', { name: 'Apply' })).toHaveCount(0);
  });

  test('a textarea: re-scores each new selection, live', async ({
    context,
    extensionWorker,
    openExtensionPage,
    fixtureServer,
  }) => {
    const { page, panel } = await pageAndPanel(
      { context, extensionWorker, openExtensionPage },
      fixtureServer.url('textarea.html'),
    );
    const notes = await notesOf(page);
    await selectInField(page, '#notes', notes[0]!);
    await expectScored(panel, notes[0]!, 'Selection in a text area on “Textarea fixture: interview notes”');
    await selectInField(page, '#notes', notes[1]!);
    await expectScored(panel, notes[1]!, 'Selection in a text area');
    await selectInField(page, '#title', 'a lot of onboarding work');
    await expectScored(panel, 'a lot of onboarding work', 'Selection in a text field');
    // Back to the first paragraph: the same selection again is followed too.
    await selectInField(page, '#notes', notes[0]!);
    await expectScored(panel, notes[0]!, 'Selection in a text area');
  });

  for (const [file, paragraphs, name] of [
    ['contenteditable.html', '#notes p', 'an editor'],
    ['prosemirror.html', '.ProseMirror p', 'a ProseMirror editor'],
    ['quill.html', '.ql-editor p', 'a Quill editor'],
  ] as const) {
    test(`${file}: a triple-clicked paragraph, scored and named as ${name}`, async ({
      context,
      extensionWorker,
      openExtensionPage,
      fixtureServer,
    }) => {
      const { page, panel } = await pageAndPanel(
        { context, extensionWorker, openExtensionPage },
        fixtureServer.url(file),
      );
      const notes = await notesOf(page);
      await page.locator(paragraphs).nth(2).click({ clickCount: 3 });
      await expectScored(panel, notes[2]!, `Selection in ${name}`);
    });
  }

  test('Apply from a card writes into the textarea through its own input path; Ctrl+Z there undoes it', async ({
    context,
    extensionWorker,
    openExtensionPage,
    fixtureServer,
  }) => {
    const { page, panel } = await pageAndPanel(
      { context, extensionWorker, openExtensionPage },
      fixtureServer.url('textarea.html'),
    );
    const notes = await notesOf(page);
    const before = await page.locator('#notes').inputValue();
    await selectInField(page, '#notes', notes[0]!);
    await expectScored(panel, notes[0]!, 'Selection in a text area');

    const finding = analyze(notes[0]!).findings.find(
      (f) => f.ruleId === 'vague-quantifier' || f.ruleId === 'vague-intensifier',
    );
    expect(finding, 'a phrase-level finding').toBeDefined();
    const card = panel.card(finding!.text);
    await card.getByRole('textbox').fill('38%');
    await card.getByRole('button', { name: 'Apply' }).click();
    await expect(panel.notice).toContainText('Applied in the page');
    const expected = before.replace(
      notes[0]!,
      notes[0]!.slice(0, finding!.start) + '38%' + notes[0]!.slice(finding!.end),
    );
    await expect(page.locator('#notes')).toHaveValue(expected);
    // The panel scores what the page holds now.
    const appliedPassage = notes[0]!.slice(0, finding!.start) + '38%' + notes[0]!.slice(finding!.end);
    await expect(panel.scoreMeter).toHaveAttribute('aria-valuenow', String(analyze(appliedPassage).score));

    await page.bringToFront();
    await page.locator('#notes').focus();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(page.locator('#notes')).toHaveValue(before);
  });

  test('marks the findings in the page with CSS highlights, and the setting turns them off at once', async ({
    context,
    extensionWorker,
    openExtensionPage,
    fixtureServer,
  }) => {
    const { page, panel } = await pageAndPanel(
      { context, extensionWorker, openExtensionPage },
      fixtureServer.url('contenteditable.html'),
    );
    const notes = await notesOf(page);
    const html = await page.locator('#notes').innerHTML();
    await page.locator('#notes p').first().click({ clickCount: 3 });
    await expectScored(panel, notes[0]!, 'Selection in an editor');
    const marked = () =>
      page.evaluate(() => {
        let ranges = 0;
        CSS.highlights.forEach((highlight, name) => {
          if (name.startsWith('ownership-lens-')) ranges += highlight.size;
        });
        return ranges;
      });
    await expect.poll(marked).toBe(analyze(notes[0]!).findings.length);
    expect(await page.locator('#notes').innerHTML()).toBe(html);

    await panel.openTab('Settings');
    await panel.highlightsSwitch().uncheck();
    await expect.poll(marked).toBe(0);
    await panel.highlightsSwitch().check();
    await expect.poll(marked).toBe(analyze(notes[0]!).findings.length);
  });

  test('an emptied selection keeps the last passage and says where it came from', async ({
    context,
    extensionWorker,
    openExtensionPage,
    fixtureServer,
  }) => {
    const { page, panel } = await pageAndPanel(
      { context, extensionWorker, openExtensionPage },
      fixtureServer.url('textarea.html'),
    );
    const notes = await notesOf(page);
    await selectInField(page, '#notes', notes[1]!);
    await expectScored(panel, notes[1]!, 'Selection in a text area');
    await page.evaluate(() => (document.querySelector('#notes') as HTMLTextAreaElement).setSelectionRange(0, 0));
    // The tab reloads: the panel asks it again, finds nothing selected, and keeps the passage.
    await page.reload();
    await expect(panel.page.getByText('Nothing is selected now, so the panel keeps the last passage.')).toBeVisible();
    await expectScored(panel, notes[1]!, 'Selection in a text area on “Textarea fixture: interview notes”');
  });

  test('page text that quotes markup shows as text in the panel, and nothing runs', async ({
    context,
    extensionWorker,
    openExtensionPage,
    fixtureServer,
  }) => {
    const { page, panel } = await pageAndPanel(
      { context, extensionWorker, openExtensionPage },
      fixtureServer.url('xss.html'),
    );
    const text = (await page.locator('#quoted').textContent())!;
    await selectText(page, '#quoted', text);
    await expectScored(panel, text, 'Selection in the page');
    await expect(panel.passage).toContainText('<img src=x onerror="window.__ownershipLensXss = true">');
    await expect(panel.page.locator('img')).toHaveCount(0);
    expect(
      await panel.page.evaluate(() => (window as { __ownershipLensXss?: unknown }).__ownershipLensXss),
    ).toBeUndefined();
    expect(await page.evaluate(() => (window as { __ownershipLensXss?: unknown }).__ownershipLensXss)).toBeUndefined();
  });

  test('axe finds no serious or critical violation when following a page, or offering the Docs fallbacks', async ({
    context,
    extensionWorker,
    openExtensionPage,
    fixtureServer,
  }) => {
    const scan = async (page: Page, where: string) => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(
        results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
        where,
      ).toEqual([]);
    };
    const { page, panel } = await pageAndPanel(
      { context, extensionWorker, openExtensionPage },
      fixtureServer.url('quill.html'),
    );
    const notes = await notesOf(page);
    await page.locator('.ql-editor p').first().click({ clickCount: 3 });
    await expectScored(panel, notes[0]!, 'Selection in a Quill editor');
    await scan(panel.page, 'following a Quill selection');
    await panel.page.emulateMedia({ colorScheme: 'dark' });
    await scan(panel.page, 'following a Quill selection, dark');
    const docs = await pageAndPanel(
      { context, extensionWorker, openExtensionPage },
      fixtureServer.url(DOCS_WITHOUT_API),
    );
    await expect(docs.panel.page.getByRole('button', { name: 'Score the whole document' })).toBeVisible();
    await scan(docs.panel.page, 'Docs fallbacks');
  });

  test('a pinned panel ignores selections in other tabs', async ({
    context,
    extensionWorker,
    openExtensionPage,
    fixtureServer,
  }) => {
    const { page, panel } = await pageAndPanel(
      { context, extensionWorker, openExtensionPage },
      fixtureServer.url('textarea.html'),
    );
    const notes = await notesOf(page);
    await selectInField(page, '#notes', notes[1]!);
    await expectScored(panel, notes[1]!, 'Selection in a text area');
    const other = await context.newPage();
    await other.goto(fixtureServer.url('article.html'));
    await selectText(other, '#weak-story', 'We shipped five features this quarter.');
    await other.waitForTimeout(400); // longer than the page's debounce: had it been followed, it would be in
    await expectScored(panel, notes[1]!, 'Selection in a text area');
  });
});
