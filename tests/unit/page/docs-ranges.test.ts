import { describe, expect, it } from 'vitest';
import { mapDocsText, stripDocsControlChars } from '@/lib/page/docs/control-chars';
import { changedRegion, editForRewrite, passageInSelection, type DocsEdit } from '@/lib/page/docs/ranges';

/** Docs' annotated text: ETX opens it, each paragraph ends in a line feed, VT is a soft break, FS ends a section. */
const DOC = '\u0003Title\nI decided to ship.\nWe grew\u000bfast.\n\u001cLast words.\n';

/** What the document holds after the edit: the check every test below makes on the arithmetic. */
const applied = (doc: string, edit: DocsEdit) =>
  doc.slice(0, edit.start + edit.from) + edit.text + doc.slice(edit.start + edit.to);

const selectedIn = (doc: string, start: number, end: number) => passageInSelection(doc.slice(start, end), start, 1_000);

describe('Docs text and its offsets', () => {
  it.each([DOC, 'a\r\nb\rc', '\u0000\u0001x\u200by\ufeff', 'tab\tand\u2028line\u2029', ''])(
    'strips exactly as stripDocsControlChars, and each character maps back to its raw span (%j)',
    (raw) => {
      const map = mapDocsText(raw);
      expect(map.text).toBe(stripDocsControlChars(raw));
      map.starts.forEach((start, i) => {
        const source = raw.slice(start, map.ends[i]);
        expect(stripDocsControlChars(source)).toBe(map.text[i]);
      });
    },
  );
});

describe('the passage in a selection', () => {
  it('a triple-click selection ends after the paragraph mark: the passage, and its range, stop before it', () => {
    const start = DOC.indexOf('I decided');
    const passage = selectedIn(DOC, start, DOC.indexOf('We grew'));
    expect(passage).toEqual({
      text: 'I decided to ship.',
      truncated: false,
      start,
      end: start + 'I decided to ship.'.length,
      raw: 'I decided to ship.',
    });
    expect(DOC[passage!.end]).toBe('\n');
  });

  it('at the very start of the document: after ETX', () => {
    const passage = selectedIn(DOC, 0, DOC.indexOf('\nI decided'));
    expect(passage).toMatchObject({ text: 'Title', start: 1, end: 6, raw: 'Title' });
  });

  it('at the very end of the document: before the last paragraph mark', () => {
    const passage = selectedIn(DOC, DOC.indexOf('\u001c'), DOC.length);
    expect(passage).toMatchObject({ text: 'Last words.', end: DOC.length - 1, raw: 'Last words.' });
    expect(DOC.slice(passage!.start, passage!.end)).toBe('Last words.');
  });

  it('a soft break inside stays in the raw text and is a line break in the passage', () => {
    const start = DOC.indexOf('We grew');
    const passage = selectedIn(DOC, start, DOC.indexOf('\u001c'));
    expect(passage).toMatchObject({ text: 'We grew\nfast.', start, raw: 'We grew\u000bfast.' });
  });

  it('only whitespace and marks: no passage', () => {
    expect(passageInSelection('\u0003\n \u001c\n', 0, 100)).toBeNull();
  });

  it('a cap never splits a surrogate pair', () => {
    const passage = passageInSelection('ab😀cd', 10, 3);
    expect(passage).toMatchObject({ text: 'ab', truncated: true, start: 10, end: 12 });
  });
});

describe('where a rewrite differs', () => {
  it('is the words that change, between what both keep', () => {
    expect(changedRegion('I did a lot of work.', 'I did 38% of work.')).toEqual({
      start: 6,
      beforeEnd: 11,
      afterEnd: 9,
    });
    expect(changedRegion('same', 'same')).toBeNull();
  });

  it('never splits a surrogate pair, at either end', () => {
    // 😀 and 😁 share their high surrogate; 😀 and 🙀 share their low one.
    const region = changedRegion('I 😀 it', 'I 😁 it')!;
    expect(region).toEqual({ start: 2, beforeEnd: 4, afterEnd: 4 });
    const low = changedRegion('a😀', 'a🙀')!;
    expect(low).toEqual({ start: 1, beforeEnd: 3, afterEnd: 3 });
  });
});

describe('the paste for a rewrite', () => {
  const passageOf = (text: string) => {
    const start = DOC.indexOf(text);
    return { start, end: start + text.length, raw: text };
  };

  it('selects only the words that change, inside the passage, never its paragraph mark', () => {
    const passage = passageOf('I decided to ship.');
    const edit = editForRewrite(passage, 'I decided to ship.', 'I decided to ship in May.') as DocsEdit;
    expect(edit).toEqual({
      start: passage.start,
      end: passage.end,
      expected: 'I decided to ship.',
      from: 17,
      to: 17,
      text: ' in May',
    });
    expect(applied(DOC, edit)).toBe(DOC.replace('I decided to ship.', 'I decided to ship in May.'));
  });

  it('a rewrite of the whole passage at the start of the document replaces it up to its paragraph mark', () => {
    const passage = { start: 1, end: 6, raw: 'Title' };
    const edit = editForRewrite(passage, 'Title', 'Onboarding') as DocsEdit;
    expect(applied(DOC, edit)).toBe('\u0003Onboarding\nI decided to ship.\nWe grew\u000bfast.\n\u001cLast words.\n');
  });

  it('an addition at the very end of the document goes before its last paragraph mark', () => {
    const passage = passageOf('Last words.');
    const edit = editForRewrite(passage, 'Last words.', 'Last words, measured.') as DocsEdit;
    expect(applied(DOC, edit)).toBe(DOC.replace('Last words.\n', 'Last words, measured.\n'));
    expect(applied(DOC, edit).endsWith('\n')).toBe(true);
  });

  it('a deletion takes a neighbouring character along, since a paste of nothing does nothing', () => {
    const passage = passageOf('I decided to ship.');
    const edit = editForRewrite(passage, 'I decided to ship.', 'I decided.') as DocsEdit;
    expect(edit.text).not.toBe('');
    expect(applied(DOC, edit)).toBe(DOC.replace('I decided to ship.', 'I decided.'));
  });

  it('text with surrogate pairs: offsets stay in UTF-16 units, and no pair is cut', () => {
    const doc = '\u0003Team 👩‍💻 shipped 😀 fast.\n';
    const start = doc.indexOf('Team');
    const raw = 'Team 👩‍💻 shipped 😀 fast.';
    const passage = passageInSelection(doc.slice(start), start, 1_000)!;
    // The zero-width joiner is dropped from the passage, but stays in the document's raw text.
    expect(passage).toMatchObject({ text: 'Team 👩💻 shipped 😀 fast.', raw });
    const edit = editForRewrite(passage, passage.text, 'Team 👩💻 shipped 😁 fast.') as DocsEdit;
    expect(edit.text).toBe('😁');
    expect(applied(doc, edit)).toBe('\u0003Team 👩‍💻 shipped 😁 fast.\n');
  });

  it('refuses across a soft break or object, on text that is not the passage, and a rewrite that changes nothing', () => {
    const passage = passageOf('We grew\u000bfast.');
    expect(editForRewrite(passage, 'We grew\nfast.', 'We grew 3x fast.')).toEqual({ problem: 'objects' });
    // Inside one line of it, the soft break is left alone.
    expect(applied(DOC, editForRewrite(passage, 'We grew\nfast.', 'We grew\nfast, 3x.') as DocsEdit)).toBe(
      DOC.replace('fast.', 'fast, 3x.'),
    );
    expect(editForRewrite(passage, 'We grew fast.', 'x')).toEqual({ problem: 'changed' });
    expect(editForRewrite(passage, 'We grew\nfast.', 'We grew\nfast.')).toEqual({ problem: 'nothing' });
    expect(editForRewrite(passage, 'We grew\nfast.', '  ')).toEqual({ problem: 'nothing' });
  });
});
