/**
 * Scores of a whole document's stories, remembered by each story's text: after an edit only the
 * stories whose text changed are analyzed again.
 */
import { analyze, COMPONENT_IDS, type AnalyzeOptions, type Band, type ComponentId } from '@/lib/analysis';
import type { DocumentStory } from './split';

export interface StorySummary {
  score: number;
  band: Band;
  words: number;
  speakingSeconds: number;
  /** Components the story does not show, in the model's order. */
  missing: ComponentId[];
}

export interface ScoredStory extends DocumentStory {
  summary: StorySummary;
}

export type StoryAnalyzer = (text: string, options: AnalyzeOptions) => ReturnType<typeof analyze>;

export class DocumentScores {
  private cache = new Map<string, StorySummary>();
  private optionsKey = '';
  /** How many stories the last call analyzed (the rest came from the cache). */
  analyzedLast = 0;

  constructor(private readonly analyzer: StoryAnalyzer = analyze) {}

  /** Every story with its summary; the cache keeps only the texts of this document, so it cannot grow without end. */
  score(stories: readonly DocumentStory[], options: AnalyzeOptions = {}): ScoredStory[] {
    const key = JSON.stringify(options.disabledRules ?? []);
    if (key !== this.optionsKey) {
      this.cache.clear();
      this.optionsKey = key;
    }
    const next = new Map<string, StorySummary>();
    let analyzed = 0;
    const scored = stories.map((story) => {
      let summary = next.get(story.text) ?? this.cache.get(story.text);
      if (!summary) {
        summary = summarize(this.analyzer(story.text, options));
        analyzed++;
      }
      next.set(story.text, summary);
      return { ...story, summary };
    });
    this.cache = next;
    this.analyzedLast = analyzed;
    return scored;
  }
}

function summarize(analysis: ReturnType<typeof analyze>): StorySummary {
  return {
    score: analysis.score,
    band: analysis.band,
    words: analysis.words,
    speakingSeconds: analysis.speakingSeconds,
    missing: COMPONENT_IDS.filter((id) => !analysis.components[id]?.present),
  };
}
