import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, inKeyOrder } from '@/lib/library/exchange/format';

/** The canonical JSON as first defined: every object copied with its keys sorted, then written. */
function reference(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/** Keys that sort unlike V8 enumerates them (integer-like ones first), repeats in any order, and "__proto__". */
const key = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('__proto__', '0', '1', '10', '9', 'a', 'B', 'é'));
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 4 }),
    tie('object'),
  ),
  object: fc.array(fc.tuple(key, tie('value')), { maxLength: 5 }).map((pairs) => {
    // As JSON.parse builds them: "__proto__" becomes an own key.
    const out: Record<string, unknown> = {};
    for (const [k, v] of pairs)
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  }),
})).value;

describe('canonicalJson', () => {
  it('writes what sorting every object first writes, in any key order', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 2_000 },
    );
  });

  it('writes data whose keys are already in order as JSON.stringify does', () => {
    fc.assert(
      fc.property(json, (value) => {
        const ordered = inKeyOrder(value);
        expect(canonicalJson(ordered)).toBe(reference(value));
        expect(JSON.stringify(ordered)).toBe(reference(value));
      }),
      { numRuns: 1_000 },
    );
  });

  it('leaves out a "__proto__" key, sorted or not, as copying it onto a new object does', () => {
    const parsed = JSON.parse('{"__proto__":{"x":1},"a":1}') as unknown;
    expect(canonicalJson(parsed)).toBe('{"a":1}');
    expect(canonicalJson(JSON.parse('{"a":1,"__proto__":2}'))).toBe('{"a":1}');
  });
});
