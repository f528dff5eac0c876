/**
 * Quoted words are someone else's: "the CEO asked 'could we ship it by May?'" hedges nothing
 * the speaker claims. Straight and curly quotes both count; an apostrophe inside a word
 * ("team's", "can't") neither opens nor closes a quote.
 */
import type { Span } from './types';

const QUOTED =
  /“[^”\n]{1,400}”|"[^"\n]{1,400}"|(?<![\p{L}\p{N}])'[^\n]{1,400}?'(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])‘[^\n]{1,400}?’(?![\p{L}\p{N}])/gu;

/** The quoted stretches of `text`, quote marks included, in order. */
export function quotedRanges(text: string): Array<Pick<Span, 'start' | 'end'>> {
  const out: Array<Pick<Span, 'start' | 'end'>> = [];
  if (!/["“'‘]/.test(text)) return out;
  for (const m of text.matchAll(QUOTED)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
