// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APPLY_MESSAGES, applyRewrite } from '@/lib/page/apply';
import { captureSelection } from '@/lib/page/capture';
import { CaptureRegistry } from '@/lib/page/captures';
import { readsNativeEdits } from '@/lib/page/editor-input';

const env = { wait: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)), settleMs: 60 };

function editorWith(text: string, attributes = ''): HTMLElement {
  document.body.innerHTML = `<div id="ed" contenteditable="true" ${attributes}><p></p></div>`;
  const root = document.getElementById('ed')!;
  root.querySelector('p')!.textContent = text;
  return root;
}

function select(root: Element, text: string): void {
  const node = root.querySelector('p')!.firstChild as Text;
  const range = document.createRange();
  range.setStart(node, node.data.indexOf(text));
  range.setEnd(node, node.data.indexOf(text) + text.length);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

const stored = () => new CaptureRegistry('t').register(captureSelection(document)!, 1);

/** Replaces the selected text of a one-paragraph editor, as an editor's model-then-render would. */
function renderReplacement(root: Element, inserted: string, later: number) {
  const range = document.getSelection()!.getRangeAt(0);
  const p = root.querySelector('p')!;
  const next = p.textContent!.slice(0, range.startOffset) + inserted + p.textContent!.slice(range.endOffset);
  setTimeout(() => (p.textContent = next), later);
}

const ownExecCommand = document.execCommand;
beforeEach(() => {
  document.body.innerHTML = '';
  document.execCommand = ownExecCommand;
});

describe('Apply tells whether the editor took the rewrite', () => {
  it('an editor that takes the paste into its model and draws it a few frames later: applied', async () => {
    const root = editorWith('We worked on it.');
    root.addEventListener('paste', (event) => {
      event.preventDefault();
      renderReplacement(root, (event as ClipboardEvent).clipboardData!.getData('text/plain'), 35);
    });
    select(root, 'worked on');
    expect((await applyRewrite(stored(), 'worked on', 'rebuilt', env)).result).toEqual({ ok: true });
    expect(root.textContent).toBe('We rebuilt it.');
  });

  it('an editor that takes typing from beforeinput (as Slate does) gets one, and applies it itself', async () => {
    const root = editorWith('We worked on it.', 'data-slate-editor="true"');
    const execCommand = vi.fn(() => true);
    document.execCommand = execCommand;
    root.addEventListener('beforeinput', (event) => {
      const input = event as InputEvent;
      if (input.inputType !== 'insertText') return;
      event.preventDefault();
      renderReplacement(root, input.data ?? '', 10);
    });
    select(root, 'worked on');
    expect((await applyRewrite(stored(), 'worked on', 'rebuilt', env)).result).toEqual({ ok: true });
    expect(root.textContent).toBe('We rebuilt it.');
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('an editor that keeps its own model and takes neither: nothing is typed behind its back, and Apply says so', async () => {
    const root = editorWith('We worked on it.', 'class="compose-editor"');
    const execCommand = vi.fn(() => true);
    document.execCommand = execCommand;
    select(root, 'worked on');
    expect((await applyRewrite(stored(), 'worked on', 'rebuilt', env)).result).toEqual({
      ok: false,
      reason: 'editor-ignored',
      message: APPLY_MESSAGES.ignored,
    });
    expect(execCommand).not.toHaveBeenCalled();
    expect(root.textContent).toBe('We worked on it.');
  });

  it('an editor that turns the paste into something else: not applied, and told to check the page', async () => {
    const root = editorWith('We worked on it.');
    root.addEventListener('paste', (event) => {
      event.preventDefault();
      renderReplacement(root, 'REBUILT', 0);
    });
    select(root, 'worked on');
    expect((await applyRewrite(stored(), 'worked on', 'rebuilt it all', env)).result).toEqual({
      ok: false,
      reason: 'editor-rejected',
      message: APPLY_MESSAGES.different,
    });
  });
});

describe('readsNativeEdits: where the browser’s own DOM edit reaches the editor’s model', () => {
  it.each([
    ['a plain contenteditable', '', true],
    ['ProseMirror', 'class="ProseMirror"', true],
    ['Quill', 'class="ql-editor"', true],
    ['Lexical', 'data-lexical-editor="true"', true],
    ['Slate', 'data-slate-editor="true"', false],
    ['an editor of unknown make that names itself one', 'class="notes-editor"', false],
    ['a data attribute naming an editor', 'data-editor-root=""', false],
  ])('%s: %s', (_, attributes, reaches) => {
    expect(readsNativeEdits(editorWith('x', attributes))).toBe(reaches);
  });
});
