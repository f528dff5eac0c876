/**
 * Benchmark texts built from the labelled corpus, so the analyzer is timed on the prose it is
 * made for. The corpus is short (about 500 words), so it is repeated with variations: every
 * round shuffles the passages, regroups them into paragraphs of three to six and shifts every
 * number, so no two paragraphs are identical. Pure and runtime-neutral: Node and the Chromium
 * page run this same code.
 */

/** Deterministic (mulberry32), so every run and both runtimes time exactly the same text; tests' generated data uses it too. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Endless paragraphs: round 0 is the corpus as written, later rounds are its variations. */
export function* corpusParagraphs(passages: readonly string[]): Generator<string> {
  if (passages.length === 0) throw new Error('the corpus has no passages to build a benchmark text from');
  const random = mulberry32(2026);
  for (let round = 0; ; round++) {
    const order = round === 0 ? [...passages] : shuffled(passages, random);
    const varied = round === 0 ? order : order.map((p) => p.replace(/\d+/g, (n) => String(Number(n) + round)));
    for (let i = 0; i < varied.length; ) {
      const size = 3 + Math.floor(random() * 4);
      yield varied.slice(i, i + size).join(' ');
      i += size;
    }
  }
}

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Exactly `target` whitespace-separated words, in paragraphs separated by blank lines. */
export function textOfWords(passages: readonly string[], target: number): string {
  const paragraphs: string[] = [];
  let words = 0;
  for (const paragraph of corpusParagraphs(passages)) {
    if (words >= target) break;
    const taken = paragraph.split(/\s+/).slice(0, target - words);
    paragraphs.push(taken.join(' '));
    words += taken.length;
  }
  return paragraphs.join('\n\n');
}

const encoder = new TextEncoder();

/** As many whole words as fit in `targetBytes` of UTF-8, in paragraphs separated by blank lines. */
export function textOfBytes(passages: readonly string[], targetBytes: number): string {
  const paragraphs: string[] = [];
  let bytes = 0;
  for (const paragraph of corpusParagraphs(passages)) {
    const separator = paragraphs.length === 0 ? 0 : 2;
    const size = encoder.encode(paragraph).length + separator;
    if (bytes + size <= targetBytes) {
      paragraphs.push(paragraph);
      bytes += size;
      continue;
    }
    let tail = '';
    for (const word of paragraph.split(/\s+/)) {
      const next = tail === '' ? word : `${tail} ${word}`;
      if (bytes + separator + encoder.encode(next).length > targetBytes) break;
      tail = next;
    }
    if (tail !== '') paragraphs.push(tail);
    break;
  }
  return paragraphs.join('\n\n');
}

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}
