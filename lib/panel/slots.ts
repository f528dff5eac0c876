/** The "[slot]"s a rewrite still has: the parts the passage had no words for, which the user fills in. */
const SLOT = /\[[^\][\n]+\]/gu;

export function unfilledSlots(text: string): string[] {
  return [...new Set(text.match(SLOT) ?? [])];
}

/** Splits text into plain runs and slot runs, for showing the slots marked. */
export function splitSlots(text: string): Array<{ text: string; slot: boolean }> {
  const parts: Array<{ text: string; slot: boolean }> = [];
  let last = 0;
  for (const m of text.matchAll(SLOT)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), slot: false });
    parts.push({ text: m[0], slot: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), slot: false });
  return parts;
}
