import type { Page, Worker } from '@playwright/test';
import { isCaptureError, type CapturedPassage } from '@/lib/messaging/protocol';
import { expect, test } from './fixtures';
import { notesOf, selectInField, send, tabIdOf } from './page-protocol';

const REWRITE = 'I owned onboarding: I cut setup from seven steps to three, and setup tickets fell 38% in a month.';

async function captured(worker: Worker, tabId: number): Promise<CapturedPassage> {
  const reply = await send(worker, tabId, 'selection:get', { tabId });
  if (!reply || isCaptureError(reply)) throw new Error(`nothing captured: ${JSON.stringify(reply)}`);
  return reply;
}

async function apply(worker: Worker, tabId: number, passage: CapturedPassage, replacement = REWRITE) {
  return send(worker, tabId, 'rewrite:apply', {
    tabId,
    selectionId: passage.selectionId,
    original: passage.text,
    replacement,
  });
}

/** Reads each editor's own model, not its DOM. */
const MODELS = {
  textarea: (page: Page) => page.evaluate(() => (document.querySelector('#notes') as HTMLTextAreaElement).value),
  prosemirror: (page: Page) =>
    page.evaluate(() => {
      const doc = (
        window as unknown as {
          view: {
            state: { doc: { textContent: string; childCount: number; child(i: number): { textContent: string } } };
          };
        }
      ).view.state.doc;
      return Array.from({ length: doc.childCount }, (_, i) => doc.child(i).textContent).join('\n');
    }),
  quill: (page: Page) =>
    page.evaluate(() => (window as unknown as { quill: { getText(): string } }).quill.getText().replace(/\n$/, '')),
  contenteditable: (page: Page) =>
    page.evaluate(() => Array.from(document.querySelectorAll('#notes p'), (p) => p.textContent).join('\n')),
  slate: (page: Page) => page.evaluate(() => (window as unknown as { slate: { text(): string } }).slate.text()),
};

/** What each editor shows, read from its DOM: after Apply and after Ctrl+Z it must agree with the model. */
const SCREENS: Partial<Record<keyof typeof MODELS, (page: Page) => Promise<string>>> = {
  slate: (page: Page) =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-slate-editor] > *'), (block) => block.textContent).join('\n'),
    ),
};

test.describe('Apply replaces exactly the passage through the editor, and one Ctrl+Z takes it back', () => {
  for (const [name, file, select] of [
    ['textarea', 'textarea.html', (page: Page, text: string) => selectInField(page, '#notes', text, 2)],
    [
      'prosemirror',
      'prosemirror.html',
      (page: Page) => page.locator('.ProseMirror p').first().click({ clickCount: 3 }),
    ],
    ['quill', 'quill.html', (page: Page) => page.locator('.ql-editor p').first().click({ clickCount: 3 })],
    [
      'contenteditable',
      'contenteditable.html',
      (page: Page) => page.locator('#notes p').first().click({ clickCount: 3 }),
    ],
    ['slate', 'slate.html', (page: Page) => page.locator('[data-slate-editor] p').first().click({ clickCount: 3 })],
  ] as const) {
    test(`${name}: the editor's own model changes, the next paragraph stays its own, Ctrl+Z restores it`, async ({
      context,
      extensionWorker,
      fixtureServer,
    }) => {
      const page = await context.newPage();
      await page.goto(fixtureServer.url(file));
      const tabId = await tabIdOf(extensionWorker, page);
      const notes = await notesOf(page);
      const readModel = MODELS[name];
      const before = await readModel(page);
      await select(page, notes[0]!);
      const passage = await captured(extensionWorker, tabId);
      expect(passage.text).toBe(notes[0]);

      const result = await apply(extensionWorker, tabId, passage);
      expect(result).toMatchObject({ ok: true });
      const after = await readModel(page);
      const readScreen = SCREENS[name];
      if (readScreen) expect(await readScreen(page)).toBe(after);
      const separator = name === 'textarea' ? '\n\n' : '\n';
      // Exactly the passage was replaced: the rest, paragraph breaks included, is as it was.
      expect(after).toBe([REWRITE, ...notes.slice(1)].join(separator));
      expect(before).toBe(notes.join(separator));
      // The reply describes the replaced text as a new passage, for the panel to score.
      const replaced = (result as { passage?: CapturedPassage }).passage!;
      expect(replaced.text).toBe(REWRITE);
      expect(replaced.selectionId).not.toBe(passage.selectionId);

      await page.keyboard.press('ControlOrMeta+z');
      await expect.poll(() => readModel(page)).toBe(before);
      if (readScreen) await expect.poll(() => readScreen(page)).toBe(before);

      // The old selection id is spent: applying it again changes nothing.
      expect(await apply(extensionWorker, tabId, passage)).toMatchObject({ ok: false, reason: 'page-changed' });
      expect(await readModel(page)).toBe(before);
    });
  }

  test('works while the panel tab is in front (ProseMirror)', async ({
    context,
    extensionWorker,
    fixtureServer,
    openExtensionPage,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('prosemirror.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    const notes = await notesOf(page);
    await page.locator('.ProseMirror p').nth(2).click({ clickCount: 3 });
    const passage = await captured(extensionWorker, tabId);
    // The panel popped out into a tab of its own (?tabId=N) now has the focus; the page is hidden.
    const panel = await openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.bringToFront();
    expect(await apply(extensionWorker, tabId, passage)).toMatchObject({ ok: true });
    expect(await MODELS.prosemirror(page)).toBe([...notes.slice(0, 2), REWRITE].join('\n'));
    await page.bringToFront();
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => MODELS.prosemirror(page)).toBe(notes.join('\n'));
  });

  test('a text input: replaced in place, undone with one Ctrl+Z', async ({
    context,
    extensionWorker,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('textarea.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    await selectInField(page, '#title', 'helped with a lot of');
    const passage = await captured(extensionWorker, tabId);
    expect(await apply(extensionWorker, tabId, passage, 'led')).toMatchObject({ ok: true });
    await expect(page.locator('#title')).toHaveValue('I led onboarding work');
    await page.keyboard.press('ControlOrMeta+z');
    await expect(page.locator('#title')).toHaveValue('I helped with a lot of onboarding work');
  });

  test('an editor that swallows input: execCommand says yes, the text says no, so Apply says editor-rejected', async ({
    context,
    extensionWorker,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('stubborn.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    const [first] = await notesOf(page);
    await page.locator('#swallow p').click({ clickCount: 3 });
    // The browser's own verdict, for the record: execCommand claims success although nothing changed.
    const claimed = await page.evaluate(() => document.execCommand('insertText', false, 'replaced'));
    expect(claimed).toBe(true);
    await expect(page.locator('#swallow')).toHaveText(first!);
    await page.locator('#swallow p').click({ clickCount: 3 });
    const passage = await captured(extensionWorker, tabId);
    const result = await apply(extensionWorker, tabId, passage);
    expect(result).toMatchObject({ ok: false, reason: 'editor-rejected' });
    expect((result as { message: string }).message).toMatch(/Nothing in the page changed/);
    expect(
      await page.evaluate(() => (window as unknown as { stubborn: { swallowText(): string } }).stubborn.swallowText()),
    ).toBe(first);
  });

  test('an editor that puts its old text back a moment later: editor-rejected, and its text is its own again', async ({
    context,
    extensionWorker,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('stubborn.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    const [first] = await notesOf(page);
    await page.locator('#restore p').click({ clickCount: 3 });
    const passage = await captured(extensionWorker, tabId);
    const result = await apply(extensionWorker, tabId, passage);
    expect(result).toMatchObject({ ok: false, reason: 'editor-rejected' });
    await expect(page.locator('#restore')).toHaveText(first!);
  });

  test('an editor that takes input only from its own keys: the change is taken back, and Apply says it did not apply', async ({
    context,
    extensionWorker,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('stubborn.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    const [first] = await notesOf(page);
    const model = () =>
      page.evaluate(() => (window as unknown as { stubborn: { keysModel(): string } }).stubborn.keysModel());
    await page.locator('#keys p').click({ clickCount: 3 });
    const passage = await captured(extensionWorker, tabId);
    const result = await apply(extensionWorker, tabId, passage);
    expect(result).toMatchObject({ ok: false, reason: 'editor-ignored' });
    // What the editor shows is what it holds: its own text, untouched.
    await expect(page.locator('#keys')).toHaveText(first!);
    expect(await model()).toBe(first);
    await page.keyboard.press('ControlOrMeta+z');
    await expect(page.locator('#keys')).toHaveText(first!);
  });

  test('the passage itself changed since capture: page-changed, and nothing is touched', async ({
    context,
    extensionWorker,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('textarea.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    const notes = await notesOf(page);
    await selectInField(page, '#notes', notes[0]!);
    const passage = await captured(extensionWorker, tabId);
    await selectInField(page, '#notes', 'onboarding revamp');
    await page.keyboard.type('signup redesign');
    const edited = await MODELS.textarea(page);
    expect(await apply(extensionWorker, tabId, passage)).toMatchObject({ ok: false, reason: 'page-changed' });
    expect(await MODELS.textarea(page)).toBe(edited);
    // And a passage the panel misquotes is refused the same way.
    await selectInField(page, '#notes', notes[1]!);
    const second = await captured(extensionWorker, tabId);
    const misquoted = await send(extensionWorker, tabId, 'rewrite:apply', {
      tabId,
      selectionId: second.selectionId,
      original: `${second.text} `,
      replacement: REWRITE,
    });
    expect(misquoted).toMatchObject({ ok: false, reason: 'page-changed' });
  });

  test('an edit elsewhere moved the passage: it is still found, and only it is replaced', async ({
    context,
    extensionWorker,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('contenteditable.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    const notes = await notesOf(page);
    await page.locator('#notes p').nth(1).click({ clickCount: 3 });
    const passage = await captured(extensionWorker, tabId);
    await page.evaluate(() => document.getSelection()!.collapse(document.querySelector('#notes p')!.firstChild, 0));
    await page.keyboard.type('Draft: ');
    expect(await apply(extensionWorker, tabId, passage)).toMatchObject({ ok: true });
    expect(await MODELS.contenteditable(page)).toBe([`Draft: ${notes[0]}`, REWRITE, notes[2]].join('\n'));
  });

  test('the editor is gone: editor-gone; and text on a plain page is not-editable', async ({
    context,
    extensionWorker,
    fixtureServer,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('contenteditable.html'));
    const tabId = await tabIdOf(extensionWorker, page);
    await page.locator('#notes p').first().click({ clickCount: 3 });
    const passage = await captured(extensionWorker, tabId);
    await page.evaluate(() => document.querySelector('#notes')!.remove());
    expect(await apply(extensionWorker, tabId, passage)).toMatchObject({ ok: false, reason: 'editor-gone' });

    await page.goto(fixtureServer.url('article.html'));
    const articleTab = await tabIdOf(extensionWorker, page);
    await page.locator('#weak-story').click({ clickCount: 3 });
    const article = await captured(extensionWorker, articleTab);
    expect(article.apply).toBe('none');
    expect(await apply(extensionWorker, articleTab, article)).toMatchObject({ ok: false, reason: 'not-editable' });
  });
});
