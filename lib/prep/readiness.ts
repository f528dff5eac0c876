/** What the preparation views know of one story: its analysis, claims and their proof, metric line and speaking time. */
import type { Analysis } from '@/lib/analysis';
import type { DecisionRow, StoryRow } from '@/lib/library/model';
import { STORY_SECONDS_LIMIT, storyText } from '@/lib/library/stories';
import { proofCoverage, proveClaims, storyClaims, type ProofCoverage, type ProvedClaim } from './claims';
import { metricLine, type MetricLine } from './metric-line';

export interface StoryReadiness {
  story: StoryRow;
  text: string;
  analysis: Analysis;
  claims: ProvedClaim[];
  coverage: ProofCoverage;
  line: MetricLine;
  /** Strong, and told in under two minutes. */
  ready: boolean;
}

export function storyReadiness(
  story: StoryRow,
  decisions: readonly DecisionRow[],
  analyze: (text: string) => Analysis,
): StoryReadiness {
  const text = storyText(story);
  const analysis = analyze(text);
  const claims = proveClaims(storyClaims(analysis), decisions);
  return {
    story,
    text,
    analysis,
    claims,
    coverage: proofCoverage(claims),
    line: metricLine(text, analysis),
    ready: text.trim() !== '' && analysis.band === 'strong' && analysis.speakingSeconds <= STORY_SECONDS_LIMIT,
  };
}

/** Stories ready for the loop first (strong, under two minutes), then the rest; each by score. */
export function byReadiness(stories: readonly StoryReadiness[]): StoryReadiness[] {
  return [...stories].sort(
    (a, b) =>
      Number(b.ready) - Number(a.ready) ||
      b.analysis.score - a.analysis.score ||
      a.story.title.localeCompare(b.story.title),
  );
}

/** The three stories to take into the loop: the readiest. */
export function loopStories(stories: readonly StoryReadiness[]): StoryReadiness[] {
  return byReadiness(stories.filter((s) => s.text.trim() !== '')).slice(0, 3);
}
