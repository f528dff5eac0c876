import type { Page } from '@playwright/test';

/** The Google Docs look-alike's test hooks (tests/fixtures/pages/docs/lookalike.js). */
export interface LookalikeHooks {
  raw: string;
  undoSteps: number;
  select(start: number, end: number): void;
  selectText(text: string): void;
  focusText(): void;
  remoteEdit(at: number, removed: number, text: string): void;
}

type Hooked = { lookalike: LookalikeHooks };

/** The look-alike in `page`, driven as a user (or a collaborator) would drive Docs. */
export function docsLookalike(page: Page) {
  return {
    raw: () => page.evaluate(() => (window as unknown as Hooked).lookalike.raw),
    undoSteps: () => page.evaluate(() => (window as unknown as Hooked).lookalike.undoSteps),
    /** Selects a paragraph as a triple-click does: its text and the paragraph mark after it. */
    selectParagraph: (text: string) =>
      page.evaluate((text) => {
        const l = (window as unknown as Hooked).lookalike;
        const start = l.raw.indexOf(text);
        if (start < 0 || l.raw[start + text.length] !== '\n') throw new Error(`no paragraph ${text}`);
        l.select(start, start + text.length + 1);
      }, text),
    /** Collapses the selection, as a click elsewhere in the document does. */
    clickAway: () => page.evaluate(() => (window as unknown as Hooked).lookalike.select(0, 0)),
    /** Someone else changes the document: `text` goes in after the first occurrence of `after`. */
    insertAfter: (after: string, text: string) =>
      page.evaluate(
        ({ after, text }) => {
          const l = (window as unknown as Hooked).lookalike;
          l.remoteEdit(l.raw.indexOf(after) + after.length, 0, text);
        },
        { after, text },
      ),
    /** One Ctrl+Z with keyboard focus in the document, as after a click into it. */
    undo: async () => {
      await page.bringToFront();
      await page.evaluate(() => (window as unknown as Hooked).lookalike.focusText());
      await page.keyboard.press('ControlOrMeta+z');
    },
  };
}
