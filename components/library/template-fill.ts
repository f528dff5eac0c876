/**
 * Filling the user's templates from a finding, with no number or fact invented: the slot
 * values are the ones the analyzer itself put into the finding's rewrite, read back by lining
 * up its template ("I cut [metric] by [X%]") with its filled text ("I cut refunds by [X%]").
 * A slot with no value stays visible in brackets.
 */
import type { Rewrite } from '@/lib/analysis';

const SLOT = /\[([^\][]+)\]/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The values the analyzer filled into a rewrite, by slot name; slots left open are absent. */
export function slotValuesOf(rewrite: Rewrite): Record<string, string> {
  const names: string[] = [];
  let pattern = '^';
  let last = 0;
  for (const match of rewrite.template.matchAll(SLOT)) {
    pattern += `${escape(rewrite.template.slice(last, match.index))}([\\s\\S]*?)`;
    names.push(match[1]!.trim());
    last = match.index + match[0].length;
  }
  pattern += `${escape(rewrite.template.slice(last))}$`;
  const found = new RegExp(pattern).exec(rewrite.filled);
  const values: Record<string, string> = {};
  if (!found) return values;
  names.forEach((name, i) => {
    const value = found[i + 1]!;
    if (value && value !== `[${name}]` && !(name in values)) values[name] = value;
  });
  return values;
}

/** A template with its slots filled where a value is known. */
export function fillSlots(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(SLOT, (whole, name: string) => values[name.trim()]?.trim() || whole);
}
