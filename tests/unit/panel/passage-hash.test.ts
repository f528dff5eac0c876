import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashPassage, normalizePassage } from '@/lib/panel/passage-hash';

describe('hashPassage', () => {
  it('is stable, short and the same across re-wrapping and a trailing line break', () => {
    const text = 'I cut refund tickets by 45% in 30 days.';
    expect(hashPassage(text)).toBe(hashPassage(text));
    expect(hashPassage(text)).toMatch(/^[0-9a-z]{11}$/);
    expect(hashPassage(`${text}\n`)).toBe(hashPassage(text));
    expect(hashPassage('I cut refund tickets\nby 45%  in 30 days.')).toBe(hashPassage(text));
  });

  it('tells different passages apart', () => {
    expect(hashPassage('I cut tickets by 45%.')).not.toBe(hashPassage('I cut tickets by 46%.'));
    expect(hashPassage('We helped.')).not.toBe(hashPassage('we helped.'));
  });

  it('has no collisions among many distinct passages', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 40 }), {
          minLength: 2,
          maxLength: 50,
          selector: normalizePassage,
        }),
        (texts) => {
          const hashes = new Set(texts.map(hashPassage));
          expect(hashes.size).toBe(texts.length);
        },
      ),
    );
  });
});
