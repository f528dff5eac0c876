import type { ScoredStory } from '@/lib/document/scores';
import { COMPONENT_LABELS } from '../labels';
import { formatSpeakingTime, MAX_SPEAKING_SECONDS } from '../StoryLength';

export interface StoryListProps {
  stories: readonly ScoredStory[];
  onOpen: (story: ScoredStory) => void;
}

const BAND_WORD = { weak: 'Weak', partial: 'Partial', strong: 'Strong' } as const;

/** One row per story: its score and band in words, speaking time, and what it does not show yet. */
export function StoryList({ stories, onOpen }: StoryListProps) {
  if (stories.length === 0) return <p>No stories here yet: the document has no paragraph to score.</p>;
  return (
    <ol class="whole-doc__list" aria-label={`Stories in this document (${stories.length})`}>
      {stories.map((story, i) => {
        const { score, band, speakingSeconds, missing } = story.summary;
        const over = speakingSeconds > MAX_SPEAKING_SECONDS;
        return (
          <li key={`${i}:${story.start}`} class={`whole-doc__story whole-doc__story--${band}`}>
            <button type="button" class="whole-doc__open" onClick={() => onOpen(story)}>
              <span class="whole-doc__title">{story.title}</span>
              <span class="whole-doc__score">
                {score} · {BAND_WORD[band]}
              </span>
            </button>
            <p class="whole-doc__facts">
              <span>
                Speaking time: {formatSpeakingTime(speakingSeconds)}
                {over && ' (over two minutes)'}
              </span>
              <span>
                {missing.length === 0
                  ? 'Shows every component'
                  : `Missing: ${missing.map((id) => COMPONENT_LABELS[id]).join(', ')}`}
              </span>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
