import { describe, expect, it } from 'vitest';
import { trimSpan } from '@/lib/page/trim';

describe('trimSpan: the passage itself, not the selection around it', () => {
  it('drops the line break a triple-click selects, so the next paragraph is not merged', () => {
    const text = 'First paragraph.\nSecond paragraph.';
    expect(trimSpan(text, 0, 17)).toEqual({ start: 0, end: 16, text: 'First paragraph.', truncated: false });
  });

  it('trims leading and trailing spaces and blank lines, in either direction', () => {
    expect(trimSpan('  \n\tI chose it. \n\n', 0, 18)).toMatchObject({ start: 4, end: 15, text: 'I chose it.' });
    expect(trimSpan('abc def', 7, 3)).toMatchObject({ start: 4, end: 7, text: 'def' });
  });

  it('an all-whitespace selection is empty', () => {
    expect(trimSpan('a \n b', 1, 4)).toMatchObject({ text: '', start: 4, end: 4 });
  });

  it('caps at the limit, never splitting a surrogate pair or ending on a space, and says so', () => {
    expect(trimSpan('abcdef', 0, 6, 4)).toEqual({ start: 0, end: 4, text: 'abcd', truncated: true });
    expect(trimSpan('ab😀cd', 0, 6, 3)).toEqual({ start: 0, end: 2, text: 'ab', truncated: true });
    expect(trimSpan('ab cd', 0, 5, 3)).toEqual({ start: 0, end: 2, text: 'ab', truncated: true });
  });
});
