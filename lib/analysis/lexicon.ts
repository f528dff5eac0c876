/**
 * Phrase lists compiled once into a first-word index, then matched against the prepared tokens.
 * A phrase is written as plain words ("worked on", "a/b test"); "*" stands for any one word.
 * Hyphenated words also match when spaced or closed up ("single-handedly", "single handedly").
 */
import { foldWord, type Prepared } from './prepare';

const PHRASE_TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|\*|[^\s\p{L}\p{M}\p{N}]/gu;

export interface PhraseMatch {
  /** First and last token covered, inclusive. */
  first: number;
  last: number;
  phrase: string;
}

interface Entry {
  words: string[];
  phrase: string;
}

/** The phrases that start with one word, split by their second word so a common first word ("the", "i") stays cheap. */
interface FirstWord {
  bySecond: Map<string, Entry[]>;
  /** Phrases whose second word is "*", longest first. */
  anySecond: Entry[];
  /** The one-word phrase, if the list has it. */
  single?: Entry;
}

export interface Lexicon {
  /** Position in the registry of every compiled lexicon. */
  id: number;
  byFirst: Map<string, FirstWord>;
  wildcardFirst: Entry[];
}

/*
 * Every lexicon is compiled at module load, so one registry can say, for each first word, which
 * lexicons start with it. A passage is then read once for all lists, instead of every list
 * scanning every token.
 */
let lexiconCount = 0;
const LEXICONS_BY_FIRST = new Map<string, Array<{ id: number; first: FirstWord }>>();
const startsCache = new WeakMap<Prepared, number[][]>();

function startsFor(prep: Prepared, lexicon: Lexicon): number[] {
  let starts = startsCache.get(prep);
  if (!starts) {
    starts = new Array<number[]>(lexiconCount);
    // In text order, so every list comes out sorted.
    const tokens = prep.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const lists = LEXICONS_BY_FIRST.get(tokens[k]!.lower);
      if (!lists) continue;
      const second = tokens[k + 1]?.lower ?? '';
      for (let i = 0; i < lists.length; i++) {
        const { id, first } = lists[i]!;
        // Most starts of a common first word ("the", "a") fail on the second word: drop them here.
        if (first.single || first.anySecond.length || first.bySecond.has(second)) (starts[id] ??= []).push(k);
      }
    }
    startsCache.set(prep, starts);
  }
  return starts[lexicon.id] ?? [];
}

function variants(words: string[]): string[][] {
  const hyphenAt = words.findIndex((w) => w.includes('-') && w.length > 1);
  if (hyphenAt < 0) return [words];
  const parts = words[hyphenAt]!.split('-').filter(Boolean);
  const spaced = [...words.slice(0, hyphenAt), ...parts, ...words.slice(hyphenAt + 1)];
  const closed = [...words.slice(0, hyphenAt), parts.join(''), ...words.slice(hyphenAt + 1)];
  return [words, ...variants(spaced).slice(0), ...variants(closed)].filter(
    (v, i, all) => all.findIndex((o) => o.join(' ') === v.join(' ')) === i,
  );
}

export function compileLexicon(phrases: readonly string[]): Lexicon {
  const byFirst = new Map<string, FirstWord>();
  const wildcardFirst: Entry[] = [];
  const longestFirst = (a: Entry, b: Entry) => b.words.length - a.words.length;
  for (const phrase of phrases) {
    const words = Array.from(phrase.matchAll(PHRASE_TOKEN), (m) => foldWord(m[0]));
    for (const v of variants(words)) {
      const entry = { words: v, phrase };
      if (v[0] === '*') {
        wildcardFirst.push(entry);
        continue;
      }
      let first = byFirst.get(v[0]!);
      if (!first) byFirst.set(v[0]!, (first = { bySecond: new Map(), anySecond: [] }));
      if (v.length === 1) first.single ??= entry;
      else if (v[1] === '*') first.anySecond.push(entry);
      else first.bySecond.set(v[1]!, [...(first.bySecond.get(v[1]!) ?? []), entry]);
    }
  }
  // Longest phrases first, so "a lot of" wins over "a lot".
  for (const first of byFirst.values()) {
    first.anySecond.sort(longestFirst);
    for (const list of first.bySecond.values()) list.sort(longestFirst);
  }
  wildcardFirst.sort(longestFirst);
  const id = lexiconCount++;
  for (const [word, first] of byFirst) {
    const lists = LEXICONS_BY_FIRST.get(word) ?? [];
    lists.push({ id, first });
    LEXICONS_BY_FIRST.set(word, lists);
  }
  return { id, byFirst, wildcardFirst };
}

function matchesAt(prep: Prepared, at: number, words: string[]): boolean {
  const tokens = prep.tokens;
  if (at + words.length > tokens.length) return false;
  const sentence = tokens[at]!.sentence;
  for (let k = 0; k < words.length; k++) {
    const token = tokens[at + k]!;
    if (token.sentence !== sentence) return false;
    const want = words[k]!;
    if (want === '*' ? token.kind === 'punct' : token.lower !== want) return false;
  }
  return true;
}

/** The first (so longest) entry of a longest-first list that matches at `at` and beats `best`. */
function longestIn(prep: Prepared, at: number, list: Entry[] | undefined, best: Entry | undefined): Entry | undefined {
  if (!list) return best;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (best && c.words.length <= best.words.length) return best;
    if (matchesAt(prep, at, c.words)) return c;
  }
  return best;
}

/** The phrase that starts at token `at`, if any (longest first). */
export function phraseAt(prep: Prepared, lexicon: Lexicon, at: number): PhraseMatch | undefined {
  const first = lexicon.byFirst.get(prep.tokens[at]!.lower);
  if (first) {
    const second = prep.tokens[at + 1];
    const paired = second ? first.bySecond.get(second.lower) : undefined;
    // The entries paired with this second word, then the wildcard ones, which must be longer to win.
    const found = longestIn(prep, at, first.anySecond, longestIn(prep, at, paired, undefined));
    if (found) return { first: at, last: at + found.words.length - 1, phrase: found.phrase };
    if (first.single) return { first: at, last: at, phrase: first.single.phrase };
  }
  for (const c of lexicon.wildcardFirst) {
    if (matchesAt(prep, at, c.words)) return { first: at, last: at + c.words.length - 1, phrase: c.phrase };
  }
  return undefined;
}

/** Every non-overlapping match of the lexicon in the passage, left to right, tokens from..to. */
export function findPhrases(prep: Prepared, lexicon: Lexicon, from = 0, to = prep.tokens.length): PhraseMatch[] {
  const whole = from === 0 && to === prep.tokens.length;
  if (whole && lexicon.wildcardFirst.length === 0) return findIndexed(prep, lexicon);
  const out: PhraseMatch[] = [];
  for (let i = from; i < to; i++) {
    const m = phraseAt(prep, lexicon, i);
    if (m && m.last < to) {
      out.push(m);
      i = m.last;
    }
  }
  return out;
}

/** Over the whole passage, only where a first word occurs: a lookup per word, not a scan per list. */
function findIndexed(prep: Prepared, lexicon: Lexicon): PhraseMatch[] {
  const starts = startsFor(prep, lexicon);
  if (starts.length === 0) return [];
  const out: PhraseMatch[] = [];
  let next = 0;
  for (const at of starts) {
    if (at < next) continue;
    const m = phraseAt(prep, lexicon, at);
    if (m) {
      out.push(m);
      next = m.last + 1;
    }
  }
  return out;
}

/** A set of single words, folded the same way as tokens. */
export function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(foldWord));
}
