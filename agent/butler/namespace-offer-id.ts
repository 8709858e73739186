import { createHash } from 'node:crypto';

const PLAIN_CONNECTION_ID = /^[A-Za-z0-9._-]{1,64}$/;
const MAX_ID_LENGTH = 128;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The butler's own id for an offer a brand sent over one connection: `<connectionId>:<brand's offer id>`. Two
 * connections can never produce the same id (connection ids hold no ':'; any other id is replaced by a hash), so
 * a brand that copies another brand's offer ids only ever names its own offers. Too long an id is hashed.
 * @example namespaceOfferId('trailco', 'trailco:req-1:0:r0') // 'trailco:trailco:req-1:0:r0'
 */
export function namespaceOfferId(connectionId: string, brandOfferId: string): string {
  const prefix = PLAIN_CONNECTION_ID.test(connectionId) ? connectionId : `c.${sha256(connectionId).slice(0, 24)}`;
  const id = `${prefix}:${brandOfferId}`;
  return id.length <= MAX_ID_LENGTH ? id : `${prefix}:h.${sha256(brandOfferId).slice(0, 40)}`;
}
