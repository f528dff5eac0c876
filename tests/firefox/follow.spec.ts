import { analyze } from '@/lib/analysis';
import { BADGE_LABELS } from '@/lib/panel/badge';
import { highlightsIn, notesOf } from '../e2e/page-protocol';
import { expect, test, type Extension } from './fixtures';
import { FirefoxPanel } from './pages/panel';

declare const browser: typeof import('wxt/browser').browser;

const badgeOf = (extension: Extension, tabId: number) =>
  extension.control.evaluate((tabId) => browser.action.getBadgeText({ tabId }), tabId);

/** What the panel marks in the page for `text`: each finding's words, under its category's highlight. */
function expectedHighlights(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of analyze(text).findings) (out[`ownership-lens-${f.category}`] ??= []).push(text.slice(f.start, f.end));
  return out;
}

test.describe('Firefox: the panel follows a selection in the page (?tabId=N)', () => {
  test('a textarea: the selected paragraph is scored, and the toolbar badge says its band', async ({
    extension,
    fixtureServer,
  }) => {
    const page = await extension.openPage(fixtureServer.url('textarea.html'));
    const tabId = await extension.tabIdOf(page);
    const panel = await FirefoxPanel.open(extension, `?tabId=${tabId}`);
    const notes = await notesOf(page);
    await page.bringToFront();
    // A triple click on the first line selects the first paragraph, as it does for a user.
    await page.click('#notes', { count: 3, offset: { x: 12, y: 10 } });
    await panel.expectScore(analyze(notes[0]!).score);
    await expect.poll(() => badgeOf(extension, tabId)).toBe(BADGE_LABELS[analyze(notes[0]!).band]);
  });

  for (const [file, paragraphs] of [
    ['contenteditable.html', '#notes p'],
    ['prosemirror.html', '.ProseMirror p'],
  ] as const) {
    test(`${file}: a paragraph is scored, and its findings are highlighted in the page`, async ({
      extension,
      fixtureServer,
    }) => {
      const page = await extension.openPage(fixtureServer.url(file));
      const tabId = await extension.tabIdOf(page);
      const panel = await FirefoxPanel.open(extension, `?tabId=${tabId}`);
      const notes = await notesOf(page);
      await page.bringToFront();
      // A triple click, as a user selects a paragraph: it also focuses the editor.
      await page.click(paragraphs, { count: 3 });
      await panel.expectScore(analyze(notes[0]!).score);
      const expected = expectedHighlights(notes[0]!);
      expect(Object.keys(expected).length).toBeGreaterThan(2);
      await expect.poll(() => highlightsIn(page)).toEqual(expected);
    });
  }
});
