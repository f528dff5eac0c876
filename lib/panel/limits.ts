/**
 * How much of a passage the panel scores. A story told in two minutes is about 300 words
 * (some 2,000 characters); 40,000 characters is a whole document of twenty stories, analyzed
 * in about 25 ms even when dense with findings, while a whole 1 MB page would take half a
 * second and thousands of findings.
 */
export const MAX_ANALYZED_CHARS = 40_000;

/** Findings marked in the passage view at most; a story has a handful, the cards and legend count them all. */
export const MAX_MARKED_FINDINGS = 200;

export interface CappedPassage {
  /** The text that is analyzed and shown: all of it, or its first MAX_ANALYZED_CHARS at a word break. */
  text: string;
  truncated: boolean;
  /** Length of the whole passage, in characters. */
  fullLength: number;
}

export function capPassage(text: string, limit = MAX_ANALYZED_CHARS): CappedPassage {
  if (text.length <= limit) return { text, truncated: false, fullLength: text.length };
  // Cut at the last whitespace before the limit, so no word is split; offsets stay those of the original.
  const head = text.slice(0, limit);
  const lastBreak = head.search(/\s\S*$/u);
  const cut = lastBreak > limit * 0.8 ? lastBreak : limit;
  // Never cut between the halves of a surrogate pair.
  const safe = /[\uD800-\uDBFF]/u.test(head.charAt(cut - 1)) ? cut - 1 : cut;
  return { text: text.slice(0, safe), truncated: true, fullLength: text.length };
}

/** "1,048,576 characters" in the user's own number format. */
export function formatCount(n: number, unit: string, locale?: string): string {
  return `${n.toLocaleString(locale)} ${unit}${n === 1 ? '' : 's'}`;
}
