import type { Band } from '@/lib/analysis';
import { BAND_DESCRIPTIONS } from './labels';

export interface ScoreMeterProps {
  score: number;
  band: Band;
}

/** The ownership score as an ARIA meter; the band is always written out, never shown by color alone. */
export function ScoreMeter({ score, band }: ScoreMeterProps) {
  const value = Math.max(0, Math.min(100, Math.round(score)));
  return (
    <div class={`score score--${band}`}>
      <div
        class="score__track"
        role="meter"
        aria-label="Ownership score"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${value} out of 100, ${band}`}
      >
        <div class="score__fill" style={{ width: `${value}%` }} />
        {/* Band thresholds from the model: 40 and 70. */}
        <div class="score__tick" style={{ left: '40%' }} />
        <div class="score__tick" style={{ left: '70%' }} />
      </div>
      <p class="score__summary" role="status" aria-label="Score summary">
        <span class="score__value">{value}</span>
        <span class="score__max">/100</span>{' '}
        <span class="score__band">{band}</span>{' '}
        <span class="score__range">({BAND_DESCRIPTIONS[band]})</span>
      </p>
    </div>
  );
}
