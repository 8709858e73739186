import { createHash } from 'node:crypto';

const ROOT_MAX = 118;

function shortHash(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** The id of the n-th offer a brand makes for a request: `${brandId}:${requestId}:${n}` (hashed when too long). */
export function offerIdFor(brandId: string, requestId: string, n: number): string {
  const plain = `${brandId}:${requestId}:${n}`;
  if (plain.length <= ROOT_MAX) return plain;
  return `${brandId.slice(0, 60)}:h${shortHash(`${brandId}:${requestId}`, 24)}:${n}`;
}

/** The id of the revision of an offer made in a negotiation round. */
export function revisionIdFor(rootOfferId: string, round: number): string {
  return `${rootOfferId}:r${round}`;
}

/** A deterministic order id for an idempotency key (the SDK replays repeats, so one key is one order). */
export function orderIdFor(brandId: string, idempotencyKey: string): string {
  return `${brandId.slice(0, 60)}:order:${shortHash(`${brandId}:${idempotencyKey}`, 20)}`;
}
