// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { storiesOf } from '@/lib/document/split';
import { documentReader, findDocumentTarget, readDocument, revealInDocument } from '@/lib/page/document-read';

const plain = { whiteSpaceOf: () => 'normal', isHidden: () => false };

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = 'Notes';
  document.getSelection()?.removeAllRanges();
});

describe('reading the whole document in the page', () => {
  it('an editor: its whole text and the headings it marks, which make the stories', () => {
    document.body.innerHTML =
      '<p>Sidebar text that is no story.</p><div class="ql-editor" contenteditable="true"><h2>Courier cost</h2><p>I chose the goal.</p><p>Cost fell 17%.</p><h2>Parts search</h2><p>I replaced the ranker.</p></div>';
    const read = readDocument(document, plain);
    if ('error' in read) throw new Error(read.message);
    expect(read.source).toMatchObject({ kind: 'contenteditable', editor: 'quill', title: 'Notes' });
    expect(read.text).toBe('Courier cost\nI chose the goal.\nCost fell 17%.\nParts search\nI replaced the ranker.');
    expect(storiesOf(read).map((s) => [s.title, s.text])).toEqual([
      ['Courier cost', 'I chose the goal.\nCost fell 17%.'],
      ['Parts search', 'I replaced the ranker.'],
    ]);
  });

  it('a text area is read as plain text; the focused editor wins over a larger one', () => {
    document.body.innerHTML =
      '<textarea id="small">I decided.</textarea><div contenteditable="true">A much longer editor text than the field holds.</div>';
    expect(findDocumentTarget(document)).toMatchObject({ kind: 'dom' });
    (document.getElementById('small') as HTMLTextAreaElement).focus();
    const read = readDocument(document, plain);
    expect(read).toEqual({ text: 'I decided.', source: expect.objectContaining({ kind: 'textarea' }) });
  });

  it('a page with no editor says what to do', () => {
    document.body.innerHTML = '<p>Just an article.</p>';
    expect(readDocument(document, plain)).toMatchObject({ error: 'no-access', message: /click into your notes/ });
  });

  it('after the first read, the page answers "unchanged" until something is typed', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>I decided.</p></div>';
    const read = documentReader(document);
    const first = read();
    if ('error' in first || 'unchanged' in first) throw new Error('expected a read');
    expect(read(first.version)).toEqual({ unchanged: true, version: first.version });
    document.querySelector('p')!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(read(first.version)).toMatchObject({ text: 'I decided.' });
  });

  it('revealing a story selects exactly its text in the editor and captures it', () => {
    document.body.innerHTML =
      '<div contenteditable="true"><h2>Courier cost</h2><p>I chose the goal.</p><p>Cost fell 17%.</p></div>';
    const read = readDocument(document, plain);
    if ('error' in read) throw new Error(read.message);
    const [story] = storiesOf(read);
    const capture = revealInDocument(story!.start, story!.end, story!.text, document, plain);
    expect(capture).toMatchObject({ text: 'I chose the goal.\nCost fell 17%.', apply: 'editor' });
    // happy-dom's toString() leaves out the line break between blocks; the words are what count.
    expect(document.getSelection()!.toString().replace(/\s+/g, '')).toBe('Ichosethegoal.Costfell17%.');
  });

  it('a story that moved is found by its text; one that is gone says to refresh', () => {
    document.body.innerHTML = '<textarea id="t">New first line.\n\nI decided.</textarea>';
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.focus();
    expect(revealInDocument(0, 10, 'I decided.', document, plain)).toMatchObject({ text: 'I decided.' });
    expect([field.selectionStart, field.selectionEnd]).toEqual([17, 27]);
    expect(revealInDocument(0, 5, 'Gone words', document, plain)).toMatchObject({ message: /refresh the list/ });
  });
});
