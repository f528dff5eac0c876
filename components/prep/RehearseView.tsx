import { useId, useState } from 'preact/hooks';
import { useLibraryEnv } from '@/components/library/env';
import { messageOf } from '@/components/library/format';
import type { ToastSpec } from '@/components/library/UndoToast';
import { logRehearsal, type RehearsalRow } from '@/lib/library';
import { storyBeats } from '@/lib/prep/beats';
import { ofStory } from '@/lib/prep/load';
import type { StoryReadiness } from '@/lib/prep/readiness';
import { BarRaiserView, useBarRaiser } from './BarRaiserView';
import { RehearsalLog } from './RehearsalLog';
import { clockText, REHEARSAL_SECONDS, useRehearsalTimer, type Clock } from './useRehearsalTimer';

export interface RehearseViewProps {
  story: StoryReadiness;
  rehearsals: readonly RehearsalRow[];
  toast: (spec: ToastSpec, options?: { focus?: boolean }) => void;
  clock?: Clock;
}

/**
 * Tell the story aloud against two minutes, with its beats as prompts; then answer the mock bar
 * raiser. Timing is by hand: no microphone, nothing recorded, nothing leaves the device.
 */
export function RehearseView({ story, rehearsals, toast, clock }: RehearseViewProps) {
  const id = useId();
  const env = useLibraryEnv();
  const timer = useRehearsalTimer(REHEARSAL_SECONDS, clock);
  const barRaiser = useBarRaiser(story.analysis);
  const [error, setError] = useState('');
  const beats = storyBeats(story.analysis);
  const save = async () => {
    setError('');
    try {
      await logRehearsal(story.story.id, { seconds: timer.elapsed, answers: barRaiser.state.answers }, env);
      toast({ message: `Logged the rehearsal of “${story.story.title}”.` }, { focus: false });
      timer.reset();
      barRaiser.restart();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <div class="prep-rehearse">
      <section aria-labelledby={`${id}-timer`}>
        <h4 id={`${id}-timer`}>Tell it in two minutes</h4>
        <p class="lib-hint">Speak it aloud, then stop the timer. Nothing is recorded: the panel only keeps the time.</p>
        <p class={`prep-timer${timer.left <= 30 && timer.phase !== 'ready' ? ' prep-timer--low' : ''}`}>
          <span role="timer" aria-label="Time left">
            {clockText(timer.left)}
          </span>{' '}
          <span class="lib-muted">{timer.left < 0 ? 'over two minutes' : 'left'}</span>
        </p>
        <p role="status" class="prep-announce">
          {timer.announcement}
        </p>
        <div class="lib-actions">
          {timer.phase === 'ready' && (
            <button type="button" class="lib-button lib-button--primary" onClick={timer.start}>
              Start the two minutes
            </button>
          )}
          {timer.phase === 'running' && (
            <button type="button" class="lib-button lib-button--primary" onClick={timer.stop}>
              Stop: I have told it
            </button>
          )}
          {timer.phase === 'stopped' && <p>Time spoken: {clockText(timer.elapsed)}.</p>}
        </div>
        <ol class="prep-beats" aria-label="Beats">
          {beats.map((b) => (
            <li key={b.id}>
              <strong>{b.label}</strong>:{' '}
              {b.words.length > 0 ? b.words.join('; ') : <span class="prep-question">{b.question}</span>}
            </li>
          ))}
        </ol>
      </section>
      {timer.phase === 'stopped' && (
        <section aria-labelledby={`${id}-bar`}>
          <h4 id={`${id}-bar`}>Mock bar raiser</h4>
          <BarRaiserView barRaiser={barRaiser} />
          {error && (
            <p class="lib-error" role="alert">
              {error}
            </p>
          )}
          <div class="lib-actions">
            <button type="button" class="lib-button lib-button--primary" onClick={() => void save()}>
              Log this rehearsal
            </button>
            <button type="button" class="lib-button" onClick={() => (timer.reset(), barRaiser.restart())}>
              Discard and start again
            </button>
          </div>
        </section>
      )}
      <RehearsalLog rows={ofStory(rehearsals, story.story.id)} toast={toast} />
    </div>
  );
}
