/**
 * Docs' annotated text carries control characters for its structure: ETX (U+0003) opens the
 * document, FS (U+001C) separates sections and tables, VT (U+000B) is a soft line break, and
 * others stand in for inline objects. The passage keeps line structure and drops the rest.
 */

/** Characters that separate lines or sections: they become a line break. */
const LINE_LIKE_CHARS = '\\u000b\\u000c\\u001c\\u001d\\u001e\\u001f\\u2028\\u2029';
/** Every other C0 control (but tab and line feed), DEL, and zero-width marks: dropped. */
const DROPPED_CHARS = '\\u0000-\\u0008\\u000e-\\u001b\\u007f\\u200b\\u200c\\u200d\\u2060\\ufeff';
const LINE_LIKE = new RegExp(`[${LINE_LIKE_CHARS}]`, 'g');
const DROPPED = new RegExp(`[${DROPPED_CHARS}]`, 'g');
const IS_LINE_LIKE = new RegExp(`^[${LINE_LIKE_CHARS}]$`);
const IS_DROPPED = new RegExp(`^[${DROPPED_CHARS}]$`);

export function stripDocsControlChars(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(LINE_LIKE, '\n').replace(DROPPED, '');
}

/** The stripped text, and for each of its UTF-16 units the raw span [starts[i], ends[i]) it came from. */
export interface DocsTextMap {
  text: string;
  starts: number[];
  ends: number[];
}

/** stripDocsControlChars, remembering where each character came from, so offsets can go back to Docs. */
export function mapDocsText(raw: string): DocsTextMap {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i]!;
    let out = char;
    let width = 1;
    if (char === '\r') {
      out = '\n';
      if (raw[i + 1] === '\n') width = 2;
    } else if (IS_LINE_LIKE.test(char)) out = '\n';
    else if (IS_DROPPED.test(char)) continue;
    text += out;
    starts.push(i);
    ends.push(i + width);
    i += width - 1;
  }
  return { text, starts, ends };
}
