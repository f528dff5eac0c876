/**
 * The beats of a story told aloud: Problem → Metric → Experiment → Outcome → Scale, each with
 * the user's own words for it (the analyzer's spans), or the question to answer when the story
 * has none.
 */
import { COMPONENT_DETECTORS, type Analysis, type ComponentId } from '@/lib/analysis';

export interface Beat {
  id: ComponentId;
  label: string;
  words: string[];
  question: string;
}

const BEATS: ReadonlyArray<[ComponentId, string]> = [
  ['problem', 'Problem'],
  ['metric', 'Metric'],
  ['method', 'Experiment'],
  ['outcome', 'Outcome'],
  ['scale', 'Scale'],
];

export function storyBeats(analysis: Pick<Analysis, 'components'>): Beat[] {
  return BEATS.map(([id, label]) => {
    const seen = new Set<string>();
    const words = analysis.components[id].spans
      .map((s) => s.text.replace(/\s+/g, ' ').trim())
      .filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
    return { id, label, words, question: COMPONENT_DETECTORS[id].question };
  });
}
