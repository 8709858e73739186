import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson as protocolCanonicalJson } from '../../protocol/index.ts';
import { StorageError, canonicalJson } from '../../storage/index.ts';

describe('canonicalJson (storage)', () => {
  it('writes exactly what the protocol canonicalJson writes for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(protocolCanonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('orders keys as Array.prototype.sort does, numeric-looking and non-ASCII keys included, few keys or many', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(fc.string(), fc.nat().map(String), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }), (keys) => {
        const value = Object.fromEntries(keys.map((k, i) => [k, i]));
        const expected = `{${[...keys].sort().map((k) => `${JSON.stringify(k)}:${value[k]}`).join(',')}}`;
        expect(canonicalJson(value)).toBe(expected);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('is independent of key insertion order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,{"y":null,"z":true}]},"b":1}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('rejects values that are not plain JSON', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 10n, () => 1, Symbol('s'), new Date(0), new Map(), { nested: [Number.NaN] }]) {
      expect(() => canonicalJson(bad), String(typeof bad)).toThrow(StorageError);
    }
  });
});
