import { createHash } from 'node:crypto';

/** Hex digits of the hash that ends a shortened id: 2^-48 odds that two long ids with the same beginning read alike. */
const HASH_DIGITS = 12;

/**
 * An id as shown where room is short: whole when it fits in `maxLength` characters; longer, its beginning, an ellipsis
 * and a hash of the whole id (`trailco-official-…h.3f2a9c0b41de`), so two ids never read alike because they differ
 * only past the cut (a brand picking an id that shares another's first 40 characters). At most `maxLength` characters
 * (at least 20 are needed to keep any of the beginning).
 */
export function shortenId(id: string, maxLength: number): string {
  if (id.length <= maxLength) return id;
  const tail = `…h.${createHash('sha256').update(id).digest('hex').slice(0, HASH_DIGITS)}`;
  return `${id.slice(0, Math.max(0, maxLength - tail.length))}${tail}`;
}
