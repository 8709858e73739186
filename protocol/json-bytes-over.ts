import { utf8BytesOver } from './limits.ts';

/** Deepest nesting the bound walks; past it (or on a cycle) the exact count decides. */
const MAX_DEPTH = 64;

/** Bytes of JSON a finite or non-finite number may take at most: `-1.2345678901234567e-123` is 24, `null` 4. */
const NUMBER_BYTES = 25;

/**
 * At most how many UTF-8 bytes `JSON.stringify(value)` gives, or Infinity when past `budget`, past MAX_DEPTH, or for a
 * value JSON.stringify would treat specially (toJSON, a function, a bigint, anything but a plain object or an array),
 * whose size only the exact count knows. A string of n UTF-16 units takes at most 6n + 2 bytes: `\uXXXX` (a control
 * character or a lone surrogate) is the longest a unit gets, any other unit is at most 3 bytes in UTF-8.
 */
function jsonBytesBound(value: unknown, budget: number, depth: number): number {
  switch (typeof value) {
    case 'string':
      return 6 * value.length + 2;
    case 'number':
      return NUMBER_BYTES;
    case 'boolean':
      return 5;
    case 'undefined':
    case 'symbol':
      // Left out of an object, `null` in an array: 4 bytes at most either way.
      return 4;
    case 'object': {
      if (value === null) return 4;
      if (depth >= MAX_DEPTH || typeof (value as { toJSON?: unknown }).toJSON === 'function') return Number.POSITIVE_INFINITY;
      let total = 2;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length && total <= budget; i++) total += jsonBytesBound(value[i], budget - total, depth + 1) + 1;
        return total;
      }
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype !== Object.prototype && prototype !== null) return Number.POSITIVE_INFINITY;
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        // "key":value, — the key's quotes are in its 6n + 2, the colon and the comma here.
        total += 6 * key.length + 4 + jsonBytesBound(record[key], budget - total, depth + 1);
        if (total > budget) return total;
      }
      return total;
    }
    default:
      // A function (which may carry a toJSON) or a bigint (which JSON.stringify refuses unless it has one).
      return Number.POSITIVE_INFINITY;
  }
}

/**
 * The UTF-8 size of `value` as JSON when it is over `maxBytes`, undefined when it fits: exactly
 * `utf8BytesOver(JSON.stringify(value) ?? '', maxBytes)`, throwing where JSON.stringify throws (a cycle, a bigint).
 * A plain JSON value whose upper bound (see `jsonBytesBound`) fits is not serialised at all: an incoming message is
 * measured before it is parsed, and serialising a brief only to learn it is far under the limit cost more than parsing it.
 */
export function jsonBytesOver(value: unknown, maxBytes: number): number | undefined {
  if (jsonBytesBound(value, maxBytes, 0) <= maxBytes) return undefined;
  return utf8BytesOver(JSON.stringify(value) ?? '', maxBytes);
}
