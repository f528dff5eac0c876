import { expect, test } from './fixtures';
import { notesOf } from './page-protocol';
import { expectScored, pageAndPanel } from './pages/page-and-panel';

test.describe('what the panel offers and says about Apply', () => {
  test('a selection across two Notion blocks is copy-only, and the card says why', async ({
    context,
    extensionWorker,
    openExtensionPage,
    fixtureServer,
  }) => {
    const { page, panel } = await pageAndPanel(
      { context, extensionWorker, openExtensionPage },
      fixtureServer.url('notion.html'),
    );
    const notes = await notesOf(page);
    await page.evaluate(() => {
      const [first, second] = Array.from(document.querySelectorAll('[data-content-editable-leaf]'));
      const range = document.createRange();
      range.setStart(first!.firstChild!, first!.textContent!.indexOf('users loved it'));
      range.setEnd(second!.firstChild!, 'Support tickets about account setup'.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    const text = `${notes[0]!.slice(notes[0]!.indexOf('users loved it'))}\nSupport tickets about account setup`;
    await expectScored(panel, text, 'Selection in a Notion editor');
    await expect(panel.findings.getByRole('button', { name: 'Apply' })).toHaveCount(0);
    await expect(
      panel.findings
        .getByText(
          'This selection spans two blocks, so rewrites can only be copied. Select within one block to apply one.',
        )
        .first(),
    ).toBeVisible();
    await expect(panel.page.getByText('This text is not in an editable field')).toHaveCount(0);
  });

  test('an editor that does not take the rewrite: the card says so and copies it, and nothing claims it was applied', async ({
    context,
    extensionWorker,
    openExtensionPage,
    fixtureServer,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, panel } = await pageAndPanel(
      { context, extensionWorker, openExtensionPage },
      fixtureServer.url('stubborn.html'),
    );
    const [first] = await notesOf(page);
    await page.locator('#keys p').click({ clickCount: 3 });
    await expectScored(panel, first!, 'Selection in an editor');
    const card = panel.card('a lot of');
    await card.getByRole('textbox').fill('38%');
    await card.getByRole('button', { name: 'Apply' }).click();
    await expect(card.getByRole('status')).toContainText('The editor did not take the rewrite through its own input');
    await expect(card.getByRole('status')).toContainText('The text is on your clipboard');
    await expect(panel.notice).not.toContainText('Applied');
    expect(await panel.page.evaluate(() => navigator.clipboard.readText())).toBe('38%');
    await expect(page.locator('#keys')).toHaveText(first!);
  });
});
