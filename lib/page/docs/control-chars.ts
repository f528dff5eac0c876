/**
 * Docs' annotated text carries control characters for its structure: ETX (U+0003) opens the
 * document, FS (U+001C) separates sections and tables, VT (U+000B) is a soft line break, and
 * others stand in for inline objects. The passage keeps line structure and drops the rest.
 */

/** Characters that separate lines or sections: they become a line break. */
const LINE_LIKE = /[\u000b\u000c\u001c\u001d\u001e\u001f\u2028\u2029]/g;
/** Every other C0 control (but tab and line feed), DEL, and zero-width marks: dropped. */
const DROPPED = /[\u0000-\u0008\u000e-\u001b\u007f\u200b\u200c\u200d\u2060\ufeff]/g;

export function stripDocsControlChars(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(LINE_LIKE, '\n').replace(DROPPED, '');
}
