import { SPEAKING_TARGET_SECONDS } from '@/lib/analysis';

/** A whole story should be told in under two minutes (the model); around 90 seconds is ideal. */
export const MAX_SPEAKING_SECONDS = SPEAKING_TARGET_SECONDS;

export function formatSpeakingTime(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

export interface StoryLengthProps {
  words: number;
  speakingSeconds: number;
}

/** Speaking time against the two-minute target, in words; over the target it says by how much. */
export function StoryLength({ words, speakingSeconds }: StoryLengthProps) {
  const over = speakingSeconds > MAX_SPEAKING_SECONDS;
  return (
    <p class={`story-length${over ? ' story-length--over' : ''}`}>
      {words} {words === 1 ? 'word' : 'words'}, about {formatSpeakingTime(speakingSeconds)} spoken
      {over ? (
        <strong class="story-length__warning">
          {' '}
          — over two minutes by {formatSpeakingTime(speakingSeconds - MAX_SPEAKING_SECONDS)}: tighten it
        </strong>
      ) : (
        <span class="story-length__target"> (target: under 2 min; about 90 s is ideal)</span>
      )}
    </p>
  );
}
