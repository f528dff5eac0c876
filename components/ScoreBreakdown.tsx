import { useId } from 'preact/hooks';
import { CATEGORIES, COMPONENT_IDS, type ScoreBreakdown as Breakdown } from '@/lib/analysis';
import { CATEGORY_LABELS, COMPONENT_LABELS } from './labels';

const CEILINGS: Record<NonNullable<Breakdown['ceiling']>, string> = {
  'no-number-no-decision': 'Held below 40: the passage has no number and no decision of yours.',
  'no-outcome': 'Held below 70: the passage has no measured outcome.',
};

/** How the score adds up, folded: what each component adds, what each kind of finding takes away, and any ceiling. */
export function ScoreBreakdown({ scoring }: { scoring: Breakdown }) {
  const listId = useId();
  const added = COMPONENT_IDS.filter((id) => scoring.contributions[id] !== undefined);
  const taken = CATEGORIES.filter((c) => scoring.penalties[c] !== undefined);
  return (
    <details class="breakdown">
      <summary>How this score adds up</summary>
      <ul class="breakdown__list" id={listId} aria-label="Score breakdown">
        {added.map((id) => (
          <li key={id}>
            <span class="breakdown__points">+{scoring.contributions[id]}</span> {COMPONENT_LABELS[id]}
            {id === 'decision' && scoring.statedChoice && ' (stated as your own choice)'}
          </li>
        ))}
        {taken.map((c) => (
          <li key={c}>
            <span class="breakdown__points">−{round(scoring.penalties[c]!)}</span> {CATEGORY_LABELS[c]}
          </li>
        ))}
        {scoring.capped && (
          <li>Findings take away at most {round(scoring.penalty)} points here, so they cannot erase the substance.</li>
        )}
        {scoring.ceiling && <li>{CEILINGS[scoring.ceiling]}</li>}
      </ul>
    </details>
  );
}

const round = (n: number) => Math.round(n * 10) / 10;
