import { createHmac } from 'node:crypto';

/**
 * The id of one question (`q-`) or counter (`c-`) the butler sends about an offer: 24 hex of a keyed hash (the install
 * secret) of the brand, the butler's own id of the offer, the kind and the message's number. The brand only needs an
 * id to echo; the butler's offer id it was built from (`<brands.json entry id>:<the brand's offer id>`, with a suffix
 * when the butler's memory already kept another offer under that id) told the brand the person's local name for it
 * and what the butler remembered. Two brands asked by one person cannot match their ids, and nothing is read from one.
 * @example negotiationMessageId(secret, 'question', 'trailco', 'trailco:offer-1', 1) // 'q-5d0c…' (24 hex)
 */
export function negotiationMessageId(secret: string, kind: 'question' | 'counter', brandId: string, offerId: string, n: number): string {
  const digest = createHmac('sha256', secret).update(JSON.stringify(['negotiation-message', kind, brandId, offerId, n])).digest('hex');
  return `${kind === 'question' ? 'q' : 'c'}-${digest.slice(0, 24)}`;
}
