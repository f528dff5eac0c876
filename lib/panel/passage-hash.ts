/**
 * A short, stable fingerprint of a passage, for remembering "not a problem here" per passage
 * without storing the story itself. Whitespace is folded first, so the same paragraph selected
 * with or without its trailing line break, or re-wrapped, keeps its dismissals.
 */

export function normalizePassage(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** cyrb53 (public domain): a fast 53-bit string hash; collisions are vanishingly rare at this scale. */
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function hashPassage(text: string): string {
  return cyrb53(normalizePassage(text)).toString(36).padStart(11, '0');
}
