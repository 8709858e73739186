// jsonBytesOver measures a message's JSON size without serialising it when a bound of it fits: its answer must be the
// exact count's (`utf8BytesOver(JSON.stringify(value) ?? '', limit)`) on both sides of the limit, for every kind of
// character and every value JSON.stringify treats specially, and it must throw where JSON.stringify throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_LIMITS, jsonBytesOver, utf8BytesOver } from '../../protocol/index.ts';
import { trailShoeBrief } from '../fixtures/briefs.ts';

/** What counting the serialised text answers: the size when over `limit`, undefined when it fits. */
const counted = (value: unknown, limit: number) => utf8BytesOver(JSON.stringify(value) ?? '', limit);

/** The exact size of `value` as JSON, and the verdicts just under, at and just over it. */
function expectSameVerdictsAround(value: unknown, label: string): void {
  const size = Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
  for (const limit of [0, 1, size - 7, size - 2, size - 1, size, size + 1, size + 2, size * 3, size * 6 + 2, size * 7 + 10]) {
    if (limit < 0) continue;
    expect(jsonBytesOver(value, limit), `${label}, limit ${limit} (size ${size})`).toBe(counted(value, limit));
  }
}

const characters = ['x', 'é', '€', '\u{1F45F}', '\ud800', '\udfff', '"', '\\', '\n', '\u0000', '\u001f', '\u007f', '\u2028', '<'];

describe('jsonBytesOver', () => {
  it('answers as counting the serialised text does, just under, at and over the limit, for every kind of character and escape', () => {
    for (const unit of characters) {
      for (let length = 0; length <= 24; length++) {
        const text = unit.repeat(length);
        expectSameVerdictsAround(text, `${JSON.stringify(unit)} × ${length}`);
        expectSameVerdictsAround({ [text]: text }, `key and value ${JSON.stringify(unit)} × ${length}`);
        expectSameVerdictsAround([text, [text], { a: text }], `nested ${JSON.stringify(unit)} × ${length}`);
        for (let limit = 0; limit <= 6 * length + 40; limit++) {
          expect(jsonBytesOver({ text }, limit), `{ text: ${JSON.stringify(unit)} × ${length} }, limit ${limit}`).toBe(counted({ text }, limit));
        }
      }
    }
  });

  it('answers as counting does for numbers, booleans, null and the values JSON.stringify leaves out or turns into null', () => {
    class Priced {
      amountMinor = 1999;
    }
    const values: Array<[string, unknown]> = [
      ['numbers', [0, -0, 1, -1.5, 1e21, -1.2345678901234567e-123, Number.MAX_VALUE, -Number.MIN_VALUE, NaN, Infinity, -Infinity]],
      ['booleans and null', [true, false, null]],
      ['undefined, functions and symbols in an object', { a: undefined, b: () => 1, c: Symbol('s'), d: 1 }],
      ['undefined, functions and symbols in an array', [undefined, () => 1, Symbol('s'), 1]],
      ['a sparse array', [1, , 3]], // eslint-disable-line no-sparse-arrays
      ['an array with a named property', Object.assign([1, 2], { extra: 'x'.repeat(100) })],
      ['top-level undefined', undefined],
      ['a top-level function', () => 1],
      ['a function with toJSON', Object.assign(() => 1, { toJSON: () => 'x'.repeat(50) })],
      ['a Date', new Date('2026-11-23T10:00:00Z')],
      ['an object with toJSON', { toJSON: () => ({ long: 'é'.repeat(80) }), short: 1 }],
      ['an array with toJSON', Object.assign(['a'], { toJSON: () => 'b'.repeat(60) })],
      ['a class instance', new Priced()],
      ['a null-prototype object', Object.assign(Object.create(null) as object, { a: '€'.repeat(10) })],
      ['a boxed string', Object('boxed €')],
      ['a Map', new Map([['a', 1]])],
      ['a symbol-keyed property', { [Symbol('k')]: 'x'.repeat(40), a: 1 }],
      ['a non-enumerable property', Object.defineProperty({ a: 1 }, 'hidden', { value: 'x'.repeat(40), enumerable: false })],
      ['a getter', { get lazy() { return 'ü'.repeat(30); } }],
      ['deep nesting', Array.from({ length: 200 }).reduce<unknown>((inner) => [inner], 'bottom')],
      ['a brief', trailShoeBrief()],
    ];
    for (const [label, value] of values) expectSameVerdictsAround(value, label);
  });

  it('throws what JSON.stringify throws: a cycle, a bigint', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    const deepCycle: unknown[] = [];
    deepCycle.push([[[deepCycle]]]);
    for (const value of [cycle, deepCycle, { n: 10n }, [1n], 1n]) {
      let expected: unknown;
      try {
        JSON.stringify(value);
      } catch (error) {
        expected = error;
      }
      expect(expected).toBeInstanceOf(TypeError);
      expect(() => jsonBytesOver(value, PROTOCOL_LIMITS.maxPayloadBytes)).toThrow((expected as Error).message);
    }
  });

  it('answers as counting does for any JSON-like value at any limit (fast-check)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(4000), (value, limit) => {
        expect(jsonBytesOver(value, limit)).toBe(counted(value, limit));
      }),
      { numRuns: 2000, seed: 32 },
    );
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withDate: true, withNullPrototype: true, withSparseArray: true, withObjectString: true }), fc.nat(600), (value, limit) => {
        expect(jsonBytesOver(value, limit)).toBe(counted(value, limit));
        expectSameVerdictsAround(value, 'anything');
      }),
      { numRuns: 2000, seed: 32 },
    );
  });
});
