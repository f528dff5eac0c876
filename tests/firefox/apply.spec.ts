import type { Page } from 'puppeteer-core';
import { notesOf, selectInField } from '../e2e/page-protocol';
import { expect, passageOf, test } from './fixtures';

const REWRITE = 'I owned onboarding: I cut setup from seven steps to three, and setup tickets fell 38% in a month.';

/** Each editor's own model, not its DOM. */
const MODELS = {
  textarea: (page: Page) => page.evaluate(() => (document.querySelector('#notes') as HTMLTextAreaElement).value),
  prosemirror: (page: Page) =>
    page.evaluate(() => {
      const doc = (
        window as unknown as {
          view: {
            state: { doc: { textBetween(a: number, b: number, sep: string): string; content: { size: number } } };
          };
        }
      ).view.state.doc;
      return doc.textBetween(0, doc.content.size, '\n');
    }),
};

async function undo(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

test.describe('Firefox: Apply goes through the editor, and one Ctrl+Z takes it back', () => {
  for (const [name, file, select] of [
    ['textarea', 'textarea.html', (page: Page, text: string) => selectInField(page, '#notes', text, 2)],
    ['prosemirror', 'prosemirror.html', (page: Page) => page.click('.ProseMirror p', { count: 3 })],
  ] as const) {
    test(`${name}: the model holds the rewrite, the rest is untouched, Ctrl+Z restores it`, async ({
      extension,
      fixtureServer,
    }) => {
      const page = await extension.openPage(fixtureServer.url(file));
      const tabId = await extension.tabIdOf(page);
      const notes = await notesOf(page);
      const readModel = MODELS[name];
      const before = await readModel(page);
      await select(page, notes[0]!);
      const passage = passageOf(await extension.send(tabId, 'selection:get', { tabId }));
      expect(passage.text).toBe(notes[0]);

      const result = await extension.send(tabId, 'rewrite:apply', {
        tabId,
        selectionId: passage.selectionId,
        original: passage.text,
        replacement: REWRITE,
      });
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      expect(await readModel(page)).toBe(before.replace(notes[0]!, REWRITE));
      expect(before).toContain(notes[1]);

      await page.bringToFront();
      await undo(page);
      await expect.poll(() => readModel(page)).toBe(before);
    });
  }
});
