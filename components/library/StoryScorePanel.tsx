import { BandMeter, meterValue } from '@/components/BandMeter';
import { COMPONENT_LABELS } from '@/components/labels';
import type { StoryScore } from '@/lib/library';
import { formatSeconds, scoreText } from './format';

/** The whole story's score as it is typed: band in words, speaking time against two minutes, what is missing. */
export function StoryScorePanel({ scored }: { scored: StoryScore | null }) {
  if (!scored) return <p class="lib-hint">Write the story's parts to see its score.</p>;
  const value = meterValue(scored.score);
  return (
    <div class={`lib-story-score lib-story-score--${scored.band}`}>
      <p class="lib-story-score__line">
        <span class="lib-label">Story score</span> <strong>{scoreText(value, scored.band)}</strong>
      </p>
      <BandMeter label="Story score" score={value} band={scored.band} class="lib-meter" fillClass="lib-meter__fill" />
      <p>
        <span class="lib-label">Speaking time:</span> about {formatSeconds(scored.speakingSeconds)} of{' '}
        {formatSeconds(scored.limitSeconds)}
        {scored.overBySeconds > 0 ? (
          <strong>, {formatSeconds(scored.overBySeconds)} over: tighten it.</strong>
        ) : (
          ', within the limit.'
        )}
      </p>
      <p>
        <span class="lib-label">Missing:</span>{' '}
        {scored.missing.length === 0
          ? 'nothing; all nine components are there.'
          : scored.missing.map((id) => COMPONENT_LABELS[id]).join(', ')}
      </p>
    </div>
  );
}
