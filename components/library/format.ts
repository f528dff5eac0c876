import type { Band } from '@/lib/analysis';

export const BAND_WORDS: Record<Band, string> = { weak: 'weak', partial: 'partial', strong: 'strong' };

/** "82 · strong": the band always in words, never by color alone. */
export function scoreText(score: number, band: Band): string {
  return `${Math.round(score)} · ${BAND_WORDS[band]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatWhen(at: number): string {
  return dateTime.format(new Date(at));
}

/** "1 min 35 s". */
export function formatSeconds(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** Tags typed as "growth, Q3 launch" → ["growth", "Q3 launch"]; the library normalises them. */
export function parseTags(input: string): string[] {
  return input
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

/** A message for the user from anything thrown: the library's own errors are written for them. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong, and nothing was changed.';
}
