import type { JSX } from 'preact';

const WORD = /[\p{L}\p{N}]+/gu;

/** Folded the way the library indexes words: accents off, lower case. */
function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * The text with each word's matched beginning in <mark>, as text nodes only. When folding
 * changes a word's length ("café"), the whole word is marked, as its prefix has no exact span.
 */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  const parts: Array<string | JSX.Element> = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const folded = fold(word);
    const term = terms.filter((t) => folded.startsWith(t)).sort((a, b) => b.length - a.length)[0];
    if (term === undefined) continue;
    const start = match.index;
    const end = start + (folded.length === word.length ? term.length : word.length);
    if (start > last) parts.push(text.slice(last, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    last = end;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
