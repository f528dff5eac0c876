import { COMPONENT_LABELS } from '@/components/labels';
import type { StoryScore } from '@/lib/library';
import { formatSeconds, scoreText } from './format';

/** The whole story's score as it is typed: band in words, speaking time against two minutes, what is missing. */
export function StoryScorePanel({ scored }: { scored: StoryScore | null }) {
  if (!scored) return <p class="lib-hint">Write the story's parts to see its score.</p>;
  const value = Math.max(0, Math.min(100, Math.round(scored.score)));
  return (
    <div class={`lib-story-score lib-story-score--${scored.band}`}>
      <p class="lib-story-score__line">
        <span class="lib-label">Story score</span> <strong>{scoreText(value, scored.band)}</strong>
      </p>
      <div
        class="lib-meter"
        role="meter"
        aria-label="Story score"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${value} out of 100, ${scored.band}`}
      >
        <div class="lib-meter__fill" style={{ width: `${value}%` }} />
      </div>
      <p>
        <span class="lib-label">Speaking time:</span> about {formatSeconds(scored.speakingSeconds)} of {formatSeconds(scored.limitSeconds)}
        {scored.overBySeconds > 0 ? <strong>, {formatSeconds(scored.overBySeconds)} over: tighten it.</strong> : ', within the limit.'}
      </p>
      <p>
        <span class="lib-label">Missing:</span>{' '}
        {scored.missing.length === 0 ? 'nothing; all nine components are there.' : scored.missing.map((id) => COMPONENT_LABELS[id]).join(', ')}
      </p>
    </div>
  );
}
