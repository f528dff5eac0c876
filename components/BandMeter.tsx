import type { ComponentChildren } from 'preact';
import type { Band } from '@/lib/analysis';

/** A score as the meters show it: a whole number from 0 to 100. */
export function meterValue(score: number): number {
  return Math.max(0, Math.min(100, Math.round(score)));
}

export interface BandMeterProps {
  /** The meter's accessible name, e.g. "Ownership score". */
  label: string;
  score: number;
  band: Band;
  /** Classes of the track and of its fill. */
  class: string;
  fillClass: string;
  /** Marks drawn over the track, e.g. the band thresholds. */
  children?: ComponentChildren;
}

/** A 0–100 score as an ARIA meter whose text names the band, so its meaning never rests on the fill's color. */
export function BandMeter({ label, score, band, class: className, fillClass, children }: BandMeterProps) {
  const value = meterValue(score);
  return (
    <div
      class={className}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={`${value} out of 100, ${band}`}
    >
      <div class={fillClass} style={{ width: `${value}%` }} />
      {children}
    </div>
  );
}
