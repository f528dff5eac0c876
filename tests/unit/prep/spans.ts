/** Analyses built by hand for the preparation logic: exact spans, so these tests do not move with the analyzer. */
import type { Analysis, ComponentId, Span } from '@/lib/analysis';
import { fakeAnalysis } from '../library/helpers';

/** The span of the first (or `nth`) occurrence of `words` in `text`. */
export function spanIn(text: string, words: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length, text: words };
}

/** An analysis of `text` whose components have exactly the spans named by their words. */
export function analysisOf(
  text: string,
  words: Partial<Record<ComponentId, string[]>>,
  extra: Partial<Pick<Analysis, 'score' | 'questions' | 'speakingSeconds'>> = {},
): Analysis {
  const spans = Object.fromEntries(
    Object.entries(words).map(([id, list]) => [id, (list ?? []).map((w) => spanIn(text, w))]),
  ) as Partial<Record<ComponentId, Span[]>>;
  return { ...fakeAnalysis(extra.score ?? 50, [], spans), ...extra };
}
