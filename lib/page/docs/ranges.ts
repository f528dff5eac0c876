/**
 * Range arithmetic between Docs' annotated text and the passage the panel scored. Docs counts in
 * UTF-16 units of its raw text, control characters included; the passage has them stripped or
 * turned into line breaks, and is trimmed, so a triple-click's trailing paragraph mark is not in it.
 */
import { trimSpan } from '../trim';
import { mapDocsText, stripDocsControlChars } from './control-chars';

/** A passage and where its raw text stands in the document: [start, end) holds exactly `raw`. */
export interface DocsPassage {
  text: string;
  truncated: boolean;
  start: number;
  end: number;
  raw: string;
}

/** The passage in `selected`, a selection of the raw text that begins at document offset `offset`. */
export function passageInSelection(selected: string, offset: number, maxChars: number): DocsPassage | null {
  const map = mapDocsText(selected);
  const span = trimSpan(map.text, 0, map.text.length, maxChars);
  if (!span.text) return null;
  const from = map.starts[span.start]!;
  const to = map.ends[span.end - 1]!;
  return {
    text: span.text,
    truncated: span.truncated,
    start: offset + from,
    end: offset + to,
    raw: selected.slice(from, to),
  };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Where `after` differs from `before`: [start, beforeEnd) of `before` becomes [start, afterEnd) of
 * `after`, never splitting a surrogate pair. Null when they are equal.
 */
export function changedRegion(
  before: string,
  after: string,
): { start: number; beforeEnd: number; afterEnd: number } | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHigh(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  if (suffix > 0 && isLow(before.charCodeAt(before.length - suffix))) suffix--;
  return { start: prefix, beforeEnd: before.length - suffix, afterEnd: after.length - suffix };
}

/** One paste: select [start, end) of the document, which holds `expected`, and paste `text` over it. */
export interface DocsEdit {
  /** The passage as captured: [start, end) of the document holds `expected`. */
  start: number;
  end: number;
  expected: string;
  /** What to select, as offsets into `expected`. */
  from: number;
  to: number;
  text: string;
}

export type DocsEditProblem =
  /** The passage is not the text this capture holds. */
  | 'changed'
  /** The words to replace run across a soft break, a section break or an inline object, which a paste would delete. */
  | 'objects'
  /** The rewrite is the passage as it stands, or nothing. */
  | 'nothing';

/** Docs' structure characters: a paste over one deletes what it stands for. */
const STRUCTURE = /[\u0000-\u0008\u000b-\u001f]/;

/**
 * The paste that turns `passage` into `replacement`: only the words that change are selected, so the
 * rest keeps its formatting, and the paste never takes the trailing paragraph mark with it.
 */
export function editForRewrite(
  passage: Pick<DocsPassage, 'start' | 'end' | 'raw'>,
  original: string,
  replacement: string,
): DocsEdit | { problem: DocsEditProblem } {
  const map = mapDocsText(passage.raw);
  if (map.text !== original) return { problem: 'changed' };
  const wanted = stripDocsControlChars(replacement);
  const region = changedRegion(original, wanted);
  if (!region || wanted.trim() === '') return { problem: 'nothing' };
  let { start, beforeEnd, afterEnd } = region;
  // A paste of nothing does nothing: a pure deletion takes one neighbouring character along and puts it back.
  if (afterEnd === start) {
    if (afterEnd < wanted.length) {
      const width = isHigh(wanted.charCodeAt(afterEnd)) && isLow(wanted.charCodeAt(afterEnd + 1)) ? 2 : 1;
      beforeEnd += width;
      afterEnd += width;
    } else {
      start -= isLow(original.charCodeAt(start - 1)) && isHigh(original.charCodeAt(start - 2)) ? 2 : 1;
    }
  }
  // The empty region at the passage's end sits after its last character, before any paragraph mark.
  const from = start < map.starts.length ? map.starts[start]! : passage.raw.length;
  const to = beforeEnd > start ? map.ends[beforeEnd - 1]! : from;
  const expected = passage.raw.slice(from, to);
  if (STRUCTURE.test(expected)) return { problem: 'objects' };
  return {
    start: passage.start,
    end: passage.end,
    expected: passage.raw,
    from,
    to,
    text: wanted.slice(start, afterEnd),
  };
}
