/** Stories as the preparation views see them, with hand-built analyses. */
import type { Analysis, ComponentId } from '@/lib/analysis';
import type { DecisionRow, StoryRow } from '@/lib/library/model';
import { storyReadiness, type StoryReadiness } from '@/lib/prep/readiness';
import { analysisOf } from './spans';

export function storyRow(id: number, title: string, result: string, principles: string[] = []): StoryRow {
  return {
    id,
    title,
    titleKey: title.toLowerCase(),
    problem: '',
    action: '',
    result,
    learning: '',
    principles,
    metrics: [],
    scoreHistory: [],
    createdAt: id,
    updatedAt: id,
  };
}

/** A story whose analysis has the given score, speaking time and spans of its result. */
export function ready(
  id: number,
  title: string,
  result: string,
  words: Partial<Record<ComponentId, string[]>>,
  extra: Partial<Pick<Analysis, 'score' | 'questions' | 'speakingSeconds'>>,
  decisions: DecisionRow[] = [],
): StoryReadiness {
  const analysis = analysisOf(result, words, extra);
  return storyReadiness(storyRow(id, title, result), decisions, () => analysis);
}

export function proof(storyId: number, claims: string[], id = storyId): DecisionRow {
  return {
    id,
    storyId,
    date: '2024-02-01',
    decision: 'd',
    options: '',
    tradeOff: '',
    metric: '',
    result: '',
    evidence: [{ kind: 'dashboard', link: 'https://d', proves: 'the numbers', claims }],
    createdAt: id,
    updatedAt: id,
  };
}
