/**
 * What a rewrite card replaces. A rewrite written as a sentence ("I cut [metric] by [X%].")
 * replaces the sentence the finding is in; a phrase ("from [before] to [after]") replaces just
 * the words the rule matched.
 */
import type { Finding } from '@/lib/analysis';

export interface RewriteTarget {
  kind: 'sentence' | 'phrase';
  start: number;
  end: number;
  /** The text being replaced. */
  text: string;
}

/** A template that ends like a sentence is a sentence. */
export function isSentenceRewrite(template: string): boolean {
  return /[.!?]["'”’)]*\s*$/u.test(template.trim());
}

// A sentence ends at . ! ? (and any closing quotes or brackets) followed by whitespace, or at a line break.
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s|$)|\n/gu;

/** The sentence around [start, end): from after the previous sentence end to the next one, trimmed. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const newline = m[0] === '\n';
    // Where the sentence that ends here stops, and where the next one may begin.
    const stop = newline ? m.index : m.index + m[0].length;
    const next = m.index + m[0].length;
    if (next <= start) from = next;
    else if (stop >= end) {
      to = stop;
      break;
    }
  }
  while (from < to && /\s/u.test(text[from]!)) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  // A finding that runs across sentences keeps all of itself.
  return { start: Math.min(from, start), end: Math.max(to, end) };
}

export function rewriteTarget(text: string, finding: Pick<Finding, 'start' | 'end' | 'rewrite'>): RewriteTarget {
  const own = finding.rewrite.target;
  if (own) return { kind: 'phrase', start: own.start, end: own.end, text: text.slice(own.start, own.end) };
  if (!isSentenceRewrite(finding.rewrite.template)) {
    return { kind: 'phrase', start: finding.start, end: finding.end, text: text.slice(finding.start, finding.end) };
  }
  const { start, end } = sentenceAround(text, finding.start, finding.end);
  return { kind: 'sentence', start, end, text: text.slice(start, end) };
}

/** The passage with the target replaced. */
export function replaceTarget(text: string, target: Pick<RewriteTarget, 'start' | 'end'>, replacement: string): string {
  return text.slice(0, target.start) + replacement + text.slice(target.end);
}
