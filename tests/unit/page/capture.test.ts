// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { APPLY_MESSAGES, applyRewrite } from '@/lib/page/apply';
import { captureSelection } from '@/lib/page/capture';
import { CaptureRegistry } from '@/lib/page/captures';
import { detectEditor, editingHost } from '@/lib/page/editors';

function select(from: Node, fromOffset: number, to: Node, toOffset: number): void {
  const range = document.createRange();
  range.setStart(from, fromOffset);
  range.setEnd(to, toOffset);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = 'Notes';
  document.getSelection()?.removeAllRanges();
});

describe('captureSelection', () => {
  it('reads a textarea through selectionStart/End, trimmed', () => {
    document.body.innerHTML = '<textarea id="t">I helped a lot.\n\nWe shipped it.</textarea>';
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.focus();
    field.setSelectionRange(0, 17);
    const capture = captureSelection(document)!;
    expect(capture.text).toBe('I helped a lot.');
    expect(capture.source).toMatchObject({ kind: 'textarea', title: 'Notes' });
    expect(capture.apply).toBe('editor');
    expect(capture.target).toMatchObject({ kind: 'field', start: 0, end: 15 });
  });

  it('a read-only field can be scored but not written to; a caret in a field means nothing selected', () => {
    document.body.innerHTML = '<input id="i" type="text" readonly value="I was the lead">';
    const input = document.getElementById('i') as HTMLInputElement;
    input.focus();
    input.setSelectionRange(2, 14);
    expect(captureSelection(document)).toMatchObject({
      text: 'was the lead',
      apply: 'none',
      source: { kind: 'input' },
    });
    input.setSelectionRange(3, 3);
    expect(captureSelection(document)).toBeNull();
  });

  it('maps a contenteditable selection onto the editor’s text and names the editor', () => {
    document.body.innerHTML =
      '<div class="ql-editor" contenteditable="true"><p>We worked on it.</p><p>Users loved it.</p></div>';
    const [first, second] = Array.from(document.querySelectorAll('p'));
    select(first!.firstChild!, 3, second!, 0); // a triple-click-like end
    const capture = captureSelection(document)!;
    expect(capture.text).toBe('worked on it.');
    expect(capture.source).toMatchObject({ kind: 'contenteditable', editor: 'quill' });
    expect(capture.target).toMatchObject({ kind: 'dom', start: 3, end: 16, editable: true });
  });

  it('a plain page selection is mapped onto its block and cannot be written to', () => {
    document.body.innerHTML = '<article><p>The API   was rewritten.</p></article>';
    const text = document.querySelector('p')!.firstChild!;
    select(text, 0, text, (text as Text).length);
    expect(captureSelection(document)).toMatchObject({
      text: 'The API was rewritten.',
      apply: 'none',
      source: { kind: 'selection' },
    });
  });

  it('across two editing hosts (Notion’s blocks): readable, copy-only, and marked as spanning blocks', async () => {
    document.body.innerHTML =
      '<div class="notion-page-content"><div contenteditable="true">We worked on it.</div><div contenteditable="true">Users loved it.</div></div>';
    const [first, second] = Array.from(document.querySelectorAll('[contenteditable]'));
    select(first!.firstChild!, 3, second!.firstChild!, 5);
    const capture = captureSelection(document)!;
    expect(capture).toMatchObject({
      text: 'worked on it.\nUsers',
      apply: 'none',
      copyOnly: 'spans-blocks',
      source: { kind: 'contenteditable', editor: 'notion' },
    });
    const stored = new CaptureRegistry('t').register(capture, 1);
    expect(stored.passage.copyOnly).toBe('spans-blocks');
    expect((await applyRewrite(stored, stored.text, 'x')).result).toEqual({
      ok: false,
      reason: 'not-editable',
      message: APPLY_MESSAGES.spansBlocks,
    });
    // Within one block, it is an editor's text like any other.
    select(first!.firstChild!, 3, first!.firstChild!, 9);
    expect(captureSelection(document)).toMatchObject({ text: 'worked', apply: 'editor' });
    expect(captureSelection(document)!.copyOnly).toBeUndefined();
  });

  it('leaves out text the page hides, and names what Apply would replace with it', () => {
    document.body.innerHTML =
      '<div contenteditable="true"><p>We shipped it<span style="font-size: 0"> alone, overnight</span> and users loved it.</p></div>';
    const p = document.querySelector('p')!;
    select(p.firstChild!, 0, p.lastChild!, (p.lastChild as Text).length);
    const capture = captureSelection(document)!;
    expect(capture.text).toBe('We shipped it and users loved it.');
    expect(capture.pageText).toBe('We shipped it alone, overnight and users loved it.');
    expect(new CaptureRegistry('t').register(capture, 1).passage.pageText).toBe(capture.pageText);
    // A selection that holds none of it says nothing more.
    select(p.firstChild!, 0, p.firstChild!, 10);
    expect(captureSelection(document)!.pageText).toBeUndefined();
  });

  it('nothing selected: null', () => {
    document.body.innerHTML = '<p>Text</p>';
    expect(captureSelection(document)).toBeNull();
  });
});

describe('editors', () => {
  it('finds the outermost editing host', () => {
    document.body.innerHTML =
      '<div id="host" contenteditable="true"><p><b id="inner">x</b></p></div><p id="plain">y</p>';
    expect(editingHost(document.getElementById('inner'))?.id).toBe('host');
    expect(editingHost(document.getElementById('plain'))).toBeNull();
  });

  it('tells the editors apart by their own markers', () => {
    const host = (attrs: string) => {
      document.body.innerHTML = `<div contenteditable="true" ${attrs}></div>`;
      return document.body.firstElementChild as HTMLElement;
    };
    expect(detectEditor(host('class="ProseMirror"'), undefined)).toBe('prosemirror');
    expect(detectEditor(host('class="ProseMirror tiptap"'), undefined)).toBe('tiptap');
    expect(detectEditor(host('class="ql-editor"'), undefined)).toBe('quill');
    expect(detectEditor(host('data-lexical-editor="true"'), undefined)).toBe('lexical');
    expect(detectEditor(host(''), undefined)).toBeUndefined();
    expect(detectEditor(host(''), { hostname: 'www.notion.so' } as Location)).toBe('notion');
  });
});
