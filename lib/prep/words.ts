/** Words the preparation views and the cheat sheet share, so the page and the Markdown say the same. */
import type { Band } from '@/lib/analysis';

export const BAND_WORDS_PLAIN: Record<Band, string> = { weak: 'weak', partial: 'partial', strong: 'strong' };

/** "1 min 35 s", "45 s", "2 min". */
export function formatSpoken(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
