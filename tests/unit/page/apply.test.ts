// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { APPLY_MESSAGES, applyRewrite, locatePassage } from '@/lib/page/apply';
import { captureSelection } from '@/lib/page/capture';
import { CaptureRegistry, type StoredCapture } from '@/lib/page/captures';

const env = { wait: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)), settleMs: 20 };

function selectWithin(element: Element, text: string): void {
  const node = Array.from(element.querySelectorAll('*'), (e) => e.firstChild).find(
    (n) => n?.nodeType === 3 && (n as Text).data.includes(text),
  ) as Text;
  const range = document.createRange();
  range.setStart(node, node.data.indexOf(text));
  range.setEnd(node, node.data.indexOf(text) + text.length);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

function stored(): StoredCapture {
  return new CaptureRegistry('t').register(captureSelection(document)!, 1);
}

/** A tiny editor with its own model that, like ProseMirror or Quill, takes a paste through its own code. */
function modelEditor(paragraphs: string[], behaviour: 'takes-paste' | 'ignores' | 'restores') {
  document.body.innerHTML = '<div id="ed" contenteditable="true"></div>';
  const root = document.getElementById('ed')!;
  let model = [...paragraphs];
  const render = () =>
    root.replaceChildren(...model.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
  render();
  root.addEventListener('paste', (event) => {
    const pasted = (event as ClipboardEvent).clipboardData!.getData('text/plain');
    if (behaviour === 'ignores') return;
    event.preventDefault();
    const range = document.getSelection()!.getRangeAt(0);
    const p = range.startContainer.parentElement!;
    const index = Array.from(root.children).indexOf(p);
    const text = model[index]!;
    const next = text.slice(0, range.startOffset) + pasted + text.slice(range.endOffset);
    if (behaviour === 'takes-paste') model[index] = next;
    else {
      // Shows it, then puts its own text back.
      p.textContent = next;
      setTimeout(render, 5);
      return;
    }
    render();
  });
  return { root, model: () => model.join('\n'), reset: () => ((model = [...paragraphs]), render()) };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('applyRewrite', () => {
  it('goes through the editor’s own paste and checks the editor’s text took it', async () => {
    const editor = modelEditor(['We worked on it.', 'Users loved it.'], 'takes-paste');
    selectWithin(editor.root, 'worked on');
    const capture = stored();
    const outcome = await applyRewrite(capture, 'worked on', 'rebuilt', env);
    expect(outcome.result).toEqual({ ok: true });
    expect(editor.model()).toBe('We rebuilt it.\nUsers loved it.');
    expect(outcome.replaced).toMatchObject({ text: 'rebuilt', target: { kind: 'dom', start: 3, end: 10 } });
  });

  it('an editor that leaves its text alone (and no insertText to fall back on here): editor-rejected', async () => {
    const editor = modelEditor(['We worked on it.'], 'ignores');
    selectWithin(editor.root, 'worked on');
    const outcome = await applyRewrite(stored(), 'worked on', 'rebuilt', env);
    expect(outcome.result).toEqual({ ok: false, reason: 'editor-rejected', message: APPLY_MESSAGES.rejected });
    expect(editor.model()).toBe('We worked on it.');
  });

  it('an editor that shows the change and then puts its text back: editor-rejected after the settle', async () => {
    const editor = modelEditor(['We worked on it.'], 'restores');
    selectWithin(editor.root, 'worked on');
    const outcome = await applyRewrite(stored(), 'worked on', 'rebuilt', env);
    expect(outcome.result).toMatchObject({ ok: false, reason: 'editor-rejected' });
    expect(editor.root.textContent).toBe('We worked on it.');
  });

  it('a textarea whose page takes the paste', async () => {
    document.body.innerHTML = '<textarea id="t">I helped a lot.\n\nNext.</textarea>';
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.addEventListener('paste', (event) => {
      event.preventDefault();
      field.setRangeText(
        (event as ClipboardEvent).clipboardData!.getData('text/plain'),
        field.selectionStart!,
        field.selectionEnd!,
        'end',
      );
    });
    field.focus();
    field.setSelectionRange(0, 17);
    const capture = stored();
    expect(capture.text).toBe('I helped a lot.');
    const outcome = await applyRewrite(capture, 'I helped a lot.', 'I led it.', env);
    expect(outcome.result).toEqual({ ok: true });
    expect(field.value).toBe('I led it.\n\nNext.');
  });

  it('refuses, changing nothing, when the passage changed, the editor left, the text is not editable, or it is Docs’ (which answers Apply itself)', async () => {
    const editor = modelEditor(['We worked on it.'], 'takes-paste');
    selectWithin(editor.root, 'worked on');
    const capture = stored();
    expect((await applyRewrite(capture, 'worked on!', 'x', env)).result).toMatchObject({ reason: 'page-changed' });
    expect((await applyRewrite(undefined, 'worked on', 'x', env)).result).toMatchObject({ reason: 'page-changed' });
    editor.root.querySelector('p')!.textContent = 'We did it.';
    expect((await applyRewrite(capture, 'worked on', 'x', env)).result).toMatchObject({ reason: 'page-changed' });
    editor.root.remove();
    expect((await applyRewrite(capture, 'worked on', 'x', env)).result).toMatchObject({ reason: 'editor-gone' });
    expect((await applyRewrite({ ...capture, apply: 'none' }, 'worked on', 'x', env)).result).toMatchObject({
      reason: 'not-editable',
    });
    expect(
      (
        await applyRewrite(
          { ...capture, apply: 'docs', target: { kind: 'docs', start: 0, end: 9 } },
          'worked on',
          'x',
          env,
        )
      ).result,
    ).toMatchObject({ ok: false, reason: 'not-editable' });
  });
});

describe('locatePassage', () => {
  it('keeps the old place, or finds the passage moved by an edit elsewhere, but never guesses between two', () => {
    expect(locatePassage('Draft: I led it. Next.', 'I led it.', 7)).toBe(7);
    expect(locatePassage('More draft: I led it. Next.', 'I led it.', 7)).toBe(12);
    expect(locatePassage('I led it. I led it.', 'I led it.', 3)).toBeNull();
    expect(locatePassage('I did it.', 'I led it.', 0)).toBeNull();
  });
});
