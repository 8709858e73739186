import { createHash } from 'node:crypto';

const CHEAPER_SUFFIX = '.cheaper';
/** The longest protocol id (IdSchema). */
const MAX_ID_LENGTH = 128;
/** Characters of a long request id kept in its cheaper id, for the reader; the hash of the whole id tells ids apart. */
const KEPT_PREFIX = 60;

/**
 * The request id of the "anything cheaper?" round of request `requestId`: `<requestId>.cheaper` when that is a protocol
 * id (at most 128 characters); for a longer one, its beginning and the sha256 of the whole id
 * (`<first 60>.h.<40 hex>.cheaper`), never a cut: two request ids that differ only past the cut keep two rounds, and
 * so two records of what brands refused in them (2^-160 odds that two long ids share a hash).
 */
export function cheaperRequestId(requestId: string): string {
  const plain = `${requestId}${CHEAPER_SUFFIX}`;
  if (plain.length <= MAX_ID_LENGTH) return plain;
  return `${requestId.slice(0, KEPT_PREFIX)}.h.${createHash('sha256').update(requestId).digest('hex').slice(0, 40)}${CHEAPER_SUFFIX}`;
}

/**
 * The key a person's request and its "anything cheaper?" round share: the round's own id (`cheaperRequestId`). A
 * long request's round id names it by a hash, which cannot be read back into the request's id; both ids lead to it.
 */
export function shopRequestKeyOf(requestId: string): string {
  return requestId.endsWith(CHEAPER_SUFFIX) ? requestId : cheaperRequestId(requestId);
}

/** Whether two request ids belong to one person's request (the request itself or its "anything cheaper?" round). */
export function sameShopRequest(a: string, b: string): boolean {
  return a === b || shopRequestKeyOf(a) === shopRequestKeyOf(b);
}
