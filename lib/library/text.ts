/**
 * Text keys the store indexes: the dedupe key of a snippet, the word list for prefix search,
 * and the normalised forms of tags and titles. The search query is tokenised with the same
 * function as the rows, so a prefix typed by the user always meets the words as indexed.
 *
 * Stopwords (./data/stopwords: "the", "and", "we", "was"…) and one-letter words made of a letter
 * ("I", "a", the "s" of "customer's") are not indexed; one-digit numbers are. A query term that
 * is a stopword is ignored, unless every term of the query is one: then the terms are searched
 * as prefixes like any other, so "we" finds "week" and "website" (never the word "we" itself).
 */
import { STOPWORDS } from './data/stopwords';

/** Equal texts "after normalising whitespace and case" share this key. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** A claim's key: its words with whitespace collapsed and case folded, so "Fell 45%" and "fell  45%" are one claim. */
export function claimKey(claim: string): string {
  return normalizeText(claim);
}

export function normalizeTitle(title: string): string {
  return normalizeText(title);
}

/** A tag is a short label: trimmed, inner whitespace collapsed, lower case. */
export function normalizeTag(tag: string): string {
  return normalizeText(tag);
}

/** Tags, normalised, without empties or repeats, in first-seen order. */
export function cleanTags(tags: readonly string[]): string[] {
  return unique(tags.map(normalizeTag).filter((t) => t.length > 0));
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Search words of a piece of text: lower case, accents folded ("café" → "cafe"), split at
 * anything that is not a letter or digit, so "single-handedly" gives "single" and "handedly"
 * and "9.6%" gives "9" and "6".
 */
export function searchWords(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return folded.match(WORD) ?? [];
}

const ONE_LETTER = /^\p{L}$/u;

/** Whether a search word goes into the `words` index: not a stopword, and not a lone letter. */
export function isIndexedWord(word: string): boolean {
  return !STOPWORDS.has(word) && !ONE_LETTER.test(word);
}

/**
 * The query's terms, each one a word prefix; repeats dropped. Stopwords are dropped too, as
 * no snippet indexes them, unless the query has nothing else: then they stay, as prefixes.
 */
export function queryTerms(query: string): string[] {
  const terms = unique(searchWords(query));
  const meaningful = terms.filter((t) => !STOPWORDS.has(t));
  return meaningful.length > 0 ? meaningful : terms;
}

/**
 * The `words` index and where each field's words end. A word is kept at its first field only
 * (text, then tags, then note), which is also the field that ranks highest for it. Words that
 * are not indexed (see isIndexedWord) are left out.
 */
export function indexWords(
  text: string,
  tags: readonly string[],
  note: string,
): { words: string[]; wordFields: [number, number] } {
  const seen = new Set<string>();
  const words: string[] = [];
  const add = (list: string[]) => {
    for (const w of list) {
      if (!seen.has(w)) {
        seen.add(w);
        if (isIndexedWord(w)) words.push(w);
      }
    }
  };
  add(searchWords(text));
  const textEnd = words.length;
  add(tags.flatMap(searchWords));
  const tagsEnd = words.length;
  add(searchWords(note));
  return { words, wordFields: [textEnd, tagsEnd] };
}

/** "[metric] by [X%]" → ["metric", "X%"]. */
export function templateSlots(template: string): string[] {
  return unique([...template.matchAll(/\[([^\][]+)\]/g)].map((m) => m[1]!.trim()));
}

/** The derived, indexed fields of a snippet, always recomputed from its user fields. */
export function snippetKeys(text: string, tags: readonly string[], note: string) {
  return { normalized: normalizeText(text), ...indexWords(text, tags, note) };
}
