import type { Band } from '@/lib/analysis';
import { BAND_WORDS_PLAIN, formatSpoken } from '@/lib/prep/words';

export const BAND_WORDS: Record<Band, string> = BAND_WORDS_PLAIN;

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

/** "1 min 35 s"; the cheat sheet's Markdown says it the same way. */
export const formatSeconds = formatSpoken;

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

/** Only web addresses become links: an imported file could carry any scheme. */
export function webAddress(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
