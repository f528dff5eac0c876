import { useId, useRef, useState } from 'preact/hooks';
import { analyze as realAnalyze, type Analysis } from '@/lib/analysis';
import { useLibraryEnv } from '@/components/library/env';
import { scoreText } from '@/components/library/format';
import { LIMITS } from '@/lib/library';
import { answerBarRaiser, startBarRaiser, type BarRaiser } from '@/lib/prep/bar-raiser';

export interface BarRaiserHandle {
  state: BarRaiser;
  answer: (text: string) => void;
  restart: () => void;
}

/** The bar raiser's questions for this story, one at a time; each answer scored by the same analyzer. */
export function useBarRaiser(analysis: Pick<Analysis, 'questions'>): BarRaiserHandle {
  const env = useLibraryEnv();
  const analyze = env.analyze ?? realAnalyze;
  const [state, setState] = useState(() => startBarRaiser(analysis));
  return {
    state,
    answer: (text) =>
      setState((s) => {
        const next = answerBarRaiser(s, text, analyze);
        // A rehearsal keeps a bounded number of answers, so the log can always be saved.
        return next.answers.length >= LIMITS.rehearsalAnswers ? { ...next, current: null } : next;
      }),
    restart: () => setState(startBarRaiser(analysis)),
  };
}

export function BarRaiserView({ barRaiser }: { barRaiser: BarRaiserHandle }) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const { state } = barRaiser;
  const submit = (event: Event) => {
    event.preventDefault();
    if (!draft.trim()) return;
    barRaiser.answer(draft.trim());
    setDraft('');
    box.current?.focus();
  };
  return (
    <div class="prep-bar">
      {state.answers.length > 0 && (
        <ol class="lib-list" aria-label="Your answers">
          {state.answers.map((a, i) => (
            <li key={i} class="prep-answer">
              <p>
                <strong>{a.question}</strong>
              </p>
              <p>{a.answer}</p>
              <p class={`lib-band lib-band--${a.band}`}>Answer score: {scoreText(a.score, a.band)}</p>
            </li>
          ))}
        </ol>
      )}
      {state.current ? (
        <form aria-label="Answer the bar raiser" onSubmit={submit}>
          <p id={`${id}-q`} class="prep-probe" aria-live="polite">
            {state.current.depth > 0 && <span class="lib-label">Digging deeper: </span>}
            {state.current.question}
          </p>
          <label for={`${id}-a`}>Your answer</label>
          <textarea
            id={`${id}-a`}
            ref={box}
            rows={3}
            maxLength={LIMITS.rehearsalAnswer}
            aria-describedby={`${id}-q`}
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit" class="lib-button" disabled={!draft.trim()}>
            Answer
          </button>
        </form>
      ) : (
        <p role="status">The bar raiser has no more questions. Log the rehearsal to keep its scores.</p>
      )}
    </div>
  );
}
