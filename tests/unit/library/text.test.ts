import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STOPWORDS } from '@/lib/library/data/stopwords';
import {
  cleanTags,
  indexWords,
  isIndexedWord,
  normalizeText,
  queryTerms,
  searchWords,
  templateSlots,
} from '@/lib/library/text';

describe('normalizeText: the dedupe key', () => {
  it('equates texts that differ only in whitespace and case', () => {
    expect(normalizeText('  I KILLED\n\tthe   feature. ')).toBe('i killed the feature.');
    expect(normalizeText('Cafe\u0301')).toBe(normalizeText('Café'));
    expect(normalizeText('I killed the feature!')).not.toBe(normalizeText('I killed the feature.'));
  });

  it('is idempotent and blind to added whitespace and case changes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 8 }).filter((w) => !/\s/.test(w)),
          { maxLength: 8 },
        ),
        fc.constantFrom(' ', '  ', '\n', '\t '),
        (words, gap) => {
          const text = words.join(' ');
          const spaced = `${gap}${words.join(gap)}${gap}`;
          expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
          expect(normalizeText(spaced)).toBe(normalizeText(text));
          expect(normalizeText(text.toUpperCase())).toBe(normalizeText(text)); // fc.string() is ASCII
        },
      ),
    );
  });
});

describe('search words', () => {
  it('folds case and accents and splits at anything but letters and digits', () => {
    expect(searchWords('Café single-handedly raised NPS 9.6%!')).toEqual([
      'cafe',
      'single',
      'handedly',
      'raised',
      'nps',
      '9',
      '6',
    ]);
    expect(queryTerms('Conv, conv CHE')).toEqual(['conv', 'che']);
  });

  it('orders words text, tags, note, each once, at its first field', () => {
    expect(indexWords('Cut tickets', ['support', 'tickets'], 'cut support costs')).toEqual({
      words: ['cut', 'tickets', 'support', 'costs'],
      wordFields: [2, 3],
    });
  });

  it('leaves stopwords and lone letters out of the index, but not one-digit numbers', () => {
    expect(indexWords("We cut the refund queue in 3 weeks and it's done", ['A/B test'], 'I was the lead')).toEqual({
      words: ['cut', 'refund', 'queue', '3', 'weeks', 'it', 'done', 'test', 'lead'],
      wordFields: [7, 8],
    });
    for (const word of ['the', 'a', 'and', 'of', 'to', 'in', 'i', 'we', 'was'])
      expect(STOPWORDS.has(word), word).toBe(true);
    // Words that are also names, or that carry meaning in a story, stay searchable.
    for (const word of ['us', 'it', 'may', 'up', 'down', 'not', 'over', 'before'])
      expect(isIndexedWord(word), word).toBe(true);
  });

  it('indexes every other word of every field, so every prefix of one finds the row', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
        fc.string(),
        (text, tags, note) => {
          const { words, wordFields } = indexWords(text, tags, note);
          const indexed = (list: string[]) => list.filter(isIndexedWord);
          expect(new Set(words).size).toBe(words.length);
          for (const w of indexed(searchWords(text))) expect(words.slice(0, wordFields[0])).toContain(w);
          for (const w of indexed(tags.flatMap(searchWords))) expect(words.slice(0, wordFields[1])).toContain(w);
          for (const w of indexed(searchWords(note))) expect(words).toContain(w);
          expect(words.every(isIndexedWord)).toBe(true);
          for (const w of words) expect(queryTerms(w.slice(0, 2)).every((t) => w.startsWith(t))).toBe(true);
        },
      ),
    );
  });
});

describe('query terms', () => {
  it('ignores stopwords among other terms, as no snippet indexes them', () => {
    expect(queryTerms('the conv of')).toEqual(['conv']);
    expect(queryTerms('I cut the')).toEqual(['cut']);
  });

  it('keeps stopwords as prefixes when the query has nothing else, so it is never empty', () => {
    expect(queryTerms('we')).toEqual(['we']);
    expect(queryTerms('The AND the')).toEqual(['the', 'and']);
    expect(queryTerms(' ,. ')).toEqual([]);
  });
});

describe('small helpers', () => {
  it('cleans tags and finds template slots', () => {
    expect(cleanTags([' Growth ', 'growth', '', 'Big  Bets'])).toEqual(['growth', 'big bets']);
    expect(templateSlots('I cut [metric] by [X%] over [period], [metric] again.')).toEqual(['metric', 'X%', 'period']);
  });
});
