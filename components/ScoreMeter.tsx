import type { Band } from '@/lib/analysis';
import { BandMeter, meterValue } from './BandMeter';
import { BAND_DESCRIPTIONS } from './labels';

export interface ScoreMeterProps {
  score: number;
  band: Band;
}

/** The ownership score as an ARIA meter; the band is always written out, never shown by color alone. */
export function ScoreMeter({ score, band }: ScoreMeterProps) {
  const value = meterValue(score);
  return (
    <div class={`score score--${band}`}>
      <BandMeter label="Ownership score" score={value} band={band} class="score__track" fillClass="score__fill">
        {/* Band thresholds from the model: 40 and 70. */}
        <div class="score__tick" style={{ left: '40%' }} />
        <div class="score__tick" style={{ left: '70%' }} />
      </BandMeter>
      <p class="score__summary" role="status" aria-label="Score summary">
        <span class="score__value">{value}</span>
        <span class="score__max">/100</span> <span class="score__band">{band}</span>{' '}
        <span class="score__range">({BAND_DESCRIPTIONS[band]})</span>
      </p>
    </div>
  );
}
