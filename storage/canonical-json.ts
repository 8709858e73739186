import { StorageError } from './storage-error.ts';

/**
 * Serialises plain JSON with object keys sorted (UTF-16 order) and no whitespace, so equal values give equal bytes.
 * Same output as the protocol's `canonicalJson` on plain JSON, but faster (it sits on the hash-chain hot path) and
 * strict: non-finite numbers, bigints, functions, symbols and class instances are rejected instead of coerced.
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw notJson(`non-finite number ${String(value)}`);
      // For finite numbers String() writes what JSON.stringify writes (shortest round-trip form, -0 as 0), faster.
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return canonicalArray(value);
      return canonicalObject(value);
    default:
      throw notJson(`a ${typeof value} is not JSON`);
  }
}

function canonicalArray(items: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ',';
    const item = items[i];
    // JSON.stringify writes holes and undefined array items as null; keep that so the bytes stay standard JSON.
    out += item === undefined ? 'null' : canonicalJson(item);
  }
  return `${out}]`;
}

// The same few keys recur in every event ("offerId", "claim", ...): their quoted form is computed once. Bounded so
// a stream of distinct keys cannot grow it without limit (past the bound keys are simply quoted each time).
const QUOTED_KEYS = new Map<string, string>();
const MAX_QUOTED_KEYS = 4096;

function quotedKey(key: string): string {
  let quoted = QUOTED_KEYS.get(key);
  if (quoted === undefined) {
    quoted = `${JSON.stringify(key)}:`;
    if (QUOTED_KEYS.size < MAX_QUOTED_KEYS) QUOTED_KEYS.set(key, quoted);
  }
  return quoted;
}

function canonicalObject(value: object): string {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw notJson('only plain objects can be stored as JSON');
  const record = value as Record<string, unknown>;
  const keys = sortKeys(Object.keys(record));
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += quotedKey(key) + canonicalJson(item);
  }
  return `${out}}`;
}

/**
 * The keys in UTF-16 order, as `Array.prototype.sort()` orders them, sorted in place: an event's objects have a few
 * keys, and the built-in sort allocated a work copy of every one (a fifth of all an append allocated).
 */
function sortKeys(keys: string[]): string[] {
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > key) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
}

function notJson(reason: string): StorageError {
  return new StorageError('NOT_CANONICAL_JSON', `cannot store value: ${reason}`);
}
