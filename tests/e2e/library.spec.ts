import { analyze } from '@/lib/analysis';
import { expect, test } from './fixtures';
import { expectNoSeriousViolations, LibraryPanel } from './library-fixtures';
import { notesOf, selectInField, tabIdOf } from './page-protocol';

const STRONG =
  'Trial-to-paid conversion was stuck at 8%. I owned that metric, ran a pricing-page experiment with the finance lead and the analytics team for 30 days, ' +
  'and conversion rose to 9.6%, about $3M in new ARR; we then made the variant the default. I learned to agree on the guardrail metrics before launch.';
const WEAK = 'We shipped five features this quarter.';
const EDITED =
  'I cut refund tickets from 1,200 to 660 a week in 30 days by rebuilding triage with the support lead, measured on the support dashboard.';

const band = (text: string) => analyze(text).band;

test.describe('the personal library (issue 4)', () => {
  test('saves a selection from a page, then finds it by a word prefix after a reload', async ({
    context,
    extensionWorker,
    fixtureServer,
    openExtensionPage,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('article.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    await page.locator('#strong-story').click({ clickCount: 3 });
    const selected = (await page.locator('#strong-story').textContent())!.replace(/\s+/g, ' ').trim();

    // The panel in a tab of its own, following that page.
    const panel = await LibraryPanel.open(openExtensionPage, `?tabId=${tabId}`);
    await expect(panel.page.getByRole('region', { name: /^The passage/ })).toContainText(
      'Trial-to-paid conversion was stuck at 8%',
    );
    await panel.save({ tags: 'pricing, Growth', principle: 'Deliver Results' });
    await expect(panel.saveForm.getByRole('status')).toHaveText(
      `Saved to your library under Deliver Results: ${analyze(selected).score} · ${band(selected)}.`,
    );

    // Saving the same text again updates that snippet instead of adding a copy.
    await panel.save({ tags: 'q3' });
    await expect(panel.saveForm.getByRole('status')).toHaveText(/^Updated existing snippet/);

    await panel.page.reload();
    await panel.openLibrary();
    await expect(panel.count).toHaveText('1 snippet in your library.');
    await panel.search.pressSequentially('conv');
    await expect(panel.count).toHaveText('1 snippet matches “conv”.');
    const item = panel.snippet('Trial-to-paid');
    await expect(item.locator('mark').first()).toHaveText('conv');
    await expect(item).toContainText(`Score ${analyze(selected).score} · ${band(selected)}`);
    await expect(item).toContainText('Principles: Deliver Results');
    await expect(item).toContainText('Tags: pricing growth q3');
    await expect(item.getByRole('link', { name: 'Interview notes: the pricing experiment' })).toHaveAttribute(
      'href',
      page.url(),
    );
    // A prefix that begins no word finds nothing.
    await panel.search.fill('onversion');
    await expect(panel.count).toHaveText('0 snippets match “onversion”.');
    await expect(panel.snippets()).toHaveCount(0);
  });

  test('edits a snippet in place (scored again), deletes it, and Undo brings it back', async ({
    openExtensionPage,
  }) => {
    const panel = await LibraryPanel.open(openExtensionPage);
    await panel.pasteStory(WEAK);
    await panel.save();
    await panel.openLibrary();
    const item = panel.snippet(WEAK);
    await expect(item).toContainText(`Score ${analyze(WEAK).score} · weak`);

    await item.getByRole('button', { name: 'Edit' }).click();
    const editor = panel.page.getByRole('form', { name: 'Edit snippet' });
    await expect(editor.getByRole('textbox', { name: 'Text' })).toBeFocused();
    await editor.getByRole('textbox', { name: 'Text' }).fill(EDITED);
    await expect(editor).toContainText(`Score if saved: ${analyze(EDITED).score} · ${band(EDITED)}`);
    await editor.getByRole('textbox', { name: 'Note' }).fill('use for the support-cost question');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    const edited = panel.snippet(EDITED);
    await expect(edited).toContainText(`Score ${analyze(EDITED).score} · ${band(EDITED)}`);
    await expect(edited).toContainText('Note: use for the support-cost question');
    await expect(panel.snippet(WEAK)).toHaveCount(0);
    await expect(edited.getByRole('button', { name: 'Edit' })).toBeFocused();

    // Insert is off in paste mode, and says why.
    await expect(edited.getByRole('button', { name: 'Insert into page' })).toHaveAttribute('aria-disabled', 'true');
    await expect(edited.getByRole('button', { name: 'Insert into page' })).toHaveAccessibleDescription(
      /follows a selection/,
    );

    await edited.getByRole('button', { name: 'Delete' }).click();
    await expect(panel.snippets()).toHaveCount(0);
    await expect(panel.toast).toContainText('Deleted “I cut refund tickets');
    const undo = panel.toast.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    await panel.page.keyboard.press('Enter');
    await expect(panel.snippet(EDITED)).toHaveCount(1);
    await expect(panel.snippet(EDITED)).toContainText('Note: use for the support-cost question');
    await expect(panel.toast).toContainText('Undone.');
    await expect(panel.search).toBeFocused();
  });

  test('Insert into page replaces the followed selection in an editable field, through the Apply path', async ({
    context,
    extensionWorker,
    fixtureServer,
    openExtensionPage,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('textarea.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    const notes = await notesOf(page);
    await selectInField(page, '#notes', notes[1]!);
    const panel = await LibraryPanel.open(openExtensionPage, `?tabId=${tabId}`);
    await expect(panel.page.getByRole('region', { name: /^The passage/ })).toContainText(notes[1]!.slice(0, 30));
    // Keep the selected note, then rework it in the library into the phrasing to use.
    await panel.save();
    await expect(panel.saveForm.getByRole('status')).toHaveText(/^Saved to your library/);
    await panel.openLibrary();
    await panel.snippets().first().getByRole('button', { name: 'Edit' }).click();
    await panel.page.getByRole('form', { name: 'Edit snippet' }).getByRole('textbox', { name: 'Text' }).fill(EDITED);
    await panel.page.getByRole('button', { name: 'Save changes' }).click();
    const insert = panel.snippet(EDITED).getByRole('button', { name: 'Insert into page' });
    await expect(insert).not.toHaveAttribute('aria-disabled', 'true');
    await insert.click();
    await expect(panel.toast).toContainText('Inserted into the page.');
    await expect(page.locator('#notes')).toHaveValue([notes[0], EDITED, ...notes.slice(2)].join('\n\n'));
  });

  test('two panels open at once: what one saves, edits or deletes shows in the other without a reload', async ({
    openExtensionPage,
  }) => {
    const first = await LibraryPanel.open(openExtensionPage);
    const second = await LibraryPanel.open(openExtensionPage);
    await second.openLibrary();
    await expect(second.count).toHaveText('0 snippets in your library.');

    await first.page.bringToFront();
    await first.pasteStory(STRONG);
    await first.save({ tags: 'pricing' });
    await expect(first.saveForm.getByRole('status')).toHaveText(/^Saved to your library/);
    await expect(second.count).toHaveText('1 snippet in your library.');
    await expect(second.snippet('Trial-to-paid')).toContainText('Tags: pricing');

    // The other panel's search is live too.
    await second.search.fill('guard');
    await expect(second.count).toHaveText('1 snippet matches “guard”.');
    await first.openLibrary();
    await first.snippet('Trial-to-paid').getByRole('button', { name: 'Delete' }).click();
    await expect(second.count).toHaveText('0 snippets match “guard”.');
    await first.toast.getByRole('button', { name: 'Undo' }).click();
    await expect(second.count).toHaveText('1 snippet matches “guard”.');
  });

  test('stories: live score, saved history, metrics and the principles grid', async ({ openExtensionPage }) => {
    const panel = await LibraryPanel.open(openExtensionPage);
    await panel.openLibrary('Stories');
    const stories = panel.page.getByRole('tabpanel', { name: 'Stories' });
    await stories.getByRole('textbox', { name: 'New story title' }).fill('Pricing experiment');
    await stories.getByRole('button', { name: 'Create story' }).click();
    const story = stories.getByRole('article', { name: 'Pricing experiment' });
    await story.getByRole('textbox', { name: 'Problem' }).fill('Trial-to-paid conversion was stuck at 8%.');
    await story
      .getByRole('textbox', { name: 'Action' })
      .fill(
        'I owned that metric and ran a pricing-page experiment with the finance lead and the analytics team for 30 days.',
      );
    await story
      .getByRole('textbox', { name: 'Result' })
      .fill('Conversion rose to 9.6%, about $3M in new ARR; we then made the variant the default.');
    const parts = {
      problem: 'Trial-to-paid conversion was stuck at 8%.',
      action:
        'I owned that metric and ran a pricing-page experiment with the finance lead and the analytics team for 30 days.',
      result: 'Conversion rose to 9.6%, about $3M in new ARR; we then made the variant the default.',
    };
    const expected = analyze([parts.problem, parts.action, parts.result].join('\n\n'));
    await expect(story.getByRole('meter', { name: 'Story score' })).toHaveAttribute(
      'aria-valuenow',
      String(expected.score),
    );
    await expect(story).toContainText(`Story score ${expected.score} · ${expected.band}`);
    await expect(story).toContainText(/Speaking time: about \d+ s of 2 min, within the limit\./);
    await expect(story).toContainText(/Missing: .*Learning/);

    await story.getByRole('checkbox', { name: 'Ownership' }).check();
    await story.getByRole('button', { name: 'Save story' }).click();
    await expect(panel.toast).toContainText(`Saved. Score ${expected.score} · ${expected.band} added to the history.`);
    await expect(story.getByRole('list', { name: 'Score history' }).getByRole('listitem')).toHaveCount(1);
    await story
      .getByRole('textbox', { name: 'Learning' })
      .fill('I learned to agree on the guardrail metrics before launch.');
    await story.getByRole('button', { name: 'Save story' }).click();
    await expect(story.getByRole('list', { name: 'Score history' }).getByRole('listitem')).toHaveCount(2);

    const metrics = story.getByRole('form', { name: 'Metrics this story cites' });
    await expect(metrics.getByRole('textbox', { name: /^Number/ }).first()).not.toHaveValue('');
    await metrics.getByRole('button', { name: 'Add a metric' }).click();
    await metrics
      .getByRole('textbox', { name: /^Metric/ })
      .last()
      .fill('new ARR');
    await metrics
      .getByRole('textbox', { name: /^Number/ })
      .last()
      .fill('$3M');
    await metrics.getByRole('button', { name: 'Save metrics' }).click();
    await expect(panel.toast).toContainText('Saved the story’s metrics.');

    const grid = stories.getByRole('table', { name: /Principles × stories/ });
    await expect(grid.getByRole('columnheader', { name: 'Pricing experiment' })).toBeVisible();
    const ownership = grid.getByRole('row', { name: /^Ownership/ });
    await expect(ownership.getByRole('cell').first()).toHaveText(/Yes/);
    await expect(
      grid
        .getByRole('row', { name: /^Frugality/ })
        .getByRole('cell')
        .last(),
    ).toHaveText('None');
    await expect(stories).toContainText(/No story yet for: Customer Obsession, Invent and Simplify/);
  });

  test('the Library tab has no serious accessibility violations, with content, in every section', async ({
    openExtensionPage,
  }) => {
    // Seven full axe scans: slower than one user flow.
    test.setTimeout(90_000);
    const panel = await LibraryPanel.open(openExtensionPage);
    await panel.pasteStory(STRONG);
    await panel.save({ tags: 'pricing', principle: 'Ownership' });
    await expectNoSeriousViolations(panel.page, 'analysis with the Save form');
    await panel.openLibrary();
    await panel.search.fill('conv');
    await expect(panel.snippets()).toHaveCount(1);
    await expectNoSeriousViolations(panel.page, 'snippets');
    await panel.snippets().first().getByRole('button', { name: 'Edit' }).click();
    await expectNoSeriousViolations(panel.page, 'snippet editor');
    await panel.page.keyboard.press('Escape');
    await panel.openLibrary('Stories');
    await panel.page.getByRole('textbox', { name: 'New story title' }).fill('Pricing experiment');
    await panel.page.getByRole('button', { name: 'Create story' }).click();
    await panel.page.getByRole('textbox', { name: 'Problem' }).fill('Trial-to-paid conversion was stuck at 8%.');
    await expect(panel.page.getByRole('meter', { name: 'Story score' })).toBeVisible();
    await expectNoSeriousViolations(panel.page, 'stories');
    await panel.openLibrary('Templates');
    await expectNoSeriousViolations(panel.page, 'templates');
    // The Prepare section's views have their own axe scans, light and dark, in prep.spec.ts.
    await panel.openLibrary('Export & import');
    await expectNoSeriousViolations(panel.page, 'export and import');
    await panel.page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousViolations(panel.page, 'export and import, dark');
  });
});
