/**
 * Inline Markdown is stripped before analysis so that "**much** faster" is read as "much faster"
 * and a link's URL never counts as words; what is left is also what the report shows.
 */

// Private-use brackets hold code spans and escaped characters aside, so emphasis rules never
// reach inside `__init__` or pair an escaped \* with a real one.
const HOLD_OPEN = '\uE000';
const HOLD_CLOSE = '\uE001';
const HELD = new RegExp(`${HOLD_OPEN}(\\d+)${HOLD_CLOSE}`, 'g');

const CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
const IMAGE = /!\[([^\]]*)\]\([^)]*\)/g;
const INLINE_LINK = /\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g;
const REFERENCE_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;
const FOOTNOTE_REF = /\[\^[^\]]+\]/g;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;
const STRONG_STARS = /\*\*(?=\S)([\s\S]*?\S)\*\*/g;
const STRONG_UNDERSCORES = /(?<![\p{L}\p{N}_])__(?=\S)([\s\S]*?\S)__(?![\p{L}\p{N}_])/gu;
const EM_STAR = /\*(?=[^\s*])([^*]*?[^\s*])\*/g;
const EM_UNDERSCORE = /(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/gu;
const STRIKE = /~~(?=\S)([\s\S]*?\S)~~/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!~|<>])/g;

export function stripInlineMarkdown(text: string): string {
  const held: string[] = [];
  const hold = (literal: string) => `${HOLD_OPEN}${held.push(literal) - 1}${HOLD_CLOSE}`;
  return text
    .replace(CODE_SPAN, (_all, _ticks: string, code: string) => hold(code.trim() === '' ? code : code.trim()))
    .replace(ESCAPE, (_all, literal: string) => hold(literal))
    .replace(IMAGE, '$1')
    .replace(INLINE_LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(FOOTNOTE_REF, '')
    .replace(AUTOLINK, '$1')
    .replace(HTML_TAG, '')
    .replace(STRONG_STARS, '$1')
    .replace(STRONG_UNDERSCORES, '$1')
    .replace(EM_STAR, '$1')
    .replace(EM_UNDERSCORE, '$1')
    .replace(STRIKE, '$1')
    .replace(HELD, (all, index: string) => held[Number(index)] ?? all);
}
