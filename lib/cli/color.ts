/**
 * Color is an aid, never the only carrier of meaning: every styled mark also carries its
 * category in words, so a report reads the same on paper, in a pipe or to a screen reader.
 */
import type { Band, Severity } from '../analysis/types';

export interface Palette {
  enabled: boolean;
  /** The flagged words inside a mark. */
  flagged(text: string, severity: Severity): string;
  /** The bracket and category label around flagged words. */
  label(text: string, severity: Severity): string;
  band(text: string, band: Band): string;
  present(text: string): string;
  missing(text: string): string;
  heading(text: string): string;
  dim(text: string): string;
}

/** Node's convention: FORCE_COLOR wins over NO_COLOR, and both win over the terminal check. */
export function colorEnabled(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

const identity = (text: string) => text;

export const plainPalette: Palette = {
  enabled: false,
  flagged: identity,
  label: identity,
  band: identity,
  present: identity,
  missing: identity,
  heading: identity,
  dim: identity,
};

const sgr = (open: string, text: string) => (text === '' ? '' : `\x1b[${open}m${text}\x1b[0m`);
/** Styles word by word, so a line wrapped at any space or newline never carries a style across. */
const sgrWords = (open: string, text: string) =>
  text
    .split(/([ \n])/)
    .map((part) => (part === ' ' || part === '\n' ? part : sgr(open, part)))
    .join('');
const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', info: '36' };
const BAND_COLOR: Record<Band, string> = { weak: '1;31', partial: '1;33', strong: '1;32' };

export const ansiPalette: Palette = {
  enabled: true,
  flagged: (text, severity) => sgrWords(`4;${SEVERITY_COLOR[severity]}`, text),
  label: (text, severity) => sgrWords(`2;${SEVERITY_COLOR[severity]}`, text),
  band: (text, band) => sgr(BAND_COLOR[band], text),
  present: (text) => sgr('32', text),
  missing: (text) => sgr('31', text),
  heading: (text) => sgr('1', text),
  dim: (text) => sgr('2', text),
};

const ANSI = /\x1b\[[0-9;]*m/g;

export function visibleLength(text: string): number {
  return text.replace(ANSI, '').length;
}

/**
 * Word-wraps one line to a visible width, ignoring escape codes. Wrapped lines take `hanging`
 * as their indent, by default the line's own, so a numbered item can hang under its text.
 */
export function wrapLine(line: string, width: number, hanging?: string): string {
  if (!Number.isFinite(width) || visibleLength(line) <= width) return line;
  const indent = /^ */.exec(line)![0];
  const next = hanging ?? indent;
  const out: string[] = [];
  let current = '';
  for (const word of line.slice(indent.length).split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    const lead = out.length === 0 ? indent : next;
    if (current !== '' && visibleLength(lead + candidate) > width) {
      out.push(lead + current);
      current = word;
    } else {
      current = candidate;
    }
  }
  out.push((out.length === 0 ? indent : next) + current);
  return out.join('\n');
}
