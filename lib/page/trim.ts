/**
 * Trims a selected span to the passage itself. A triple-click selects a whole paragraph and ends
 * at the start of the next one, so its text ends in a line break; replacing that span would merge
 * the next paragraph into the rewrite. Leading and trailing whitespace and line breaks go.
 */
import { MAX_PASSAGE_CHARS } from './limits';

export interface TrimmedSpan {
  start: number;
  end: number;
  text: string;
  truncated: boolean;
}

/** Trims [start, end) of `source` and caps it at `max` characters, never splitting a surrogate pair. */
export function trimSpan(source: string, start: number, end: number, max = MAX_PASSAGE_CHARS): TrimmedSpan {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(source.length, Math.max(start, end));
  while (from < to && /\s/.test(source[from]!)) from++;
  while (to > from && /\s/.test(source[to - 1]!)) to--;
  let truncated = false;
  if (to - from > max) {
    truncated = true;
    to = from + max;
    const code = source.charCodeAt(to - 1);
    if (code >= 0xd800 && code <= 0xdbff) to--;
    while (to > from && /\s/.test(source[to - 1]!)) to--;
  }
  return { start: from, end: to, text: source.slice(from, to), truncated };
}
