import { createHash } from 'node:crypto';
import { BoundedMap, canonicalGtin, canonicalJson, hashOfferTerms, hashReceiptTerms, shortenId, type BriefResponse, type Offer, type Receipt } from '../../protocol/index.ts';
import type { BrandCallError, BrandCallResult } from '../transport/index.ts';
import type { BrandConnection } from './brand-connection.ts';
import type { IdentityViolation } from './identity-violation.ts';
import { namespaceOfferId } from './namespace-offer-id.ts';

/** A brand connection whose identity is the one the person configured, and which reports the rules its brand broke. */
export interface BoundBrandConnection extends BrandConnection {
  /** The violations seen since the last call, oldest first; the butler records them in the ledger against this identity. */
  takeViolations(): IdentityViolation[];
}

/** How many offers a connection remembers for questions, counters and orders (older ones must be asked for again). */
export const REMEMBERED_OFFERS_PER_CONNECTION = 256;
/** Violations kept between two shopping runs (a flood is noted, not hoarded). */
const MAX_PENDING_VIOLATIONS = 64;

/** What binding reads besides the connection. */
export interface BindOptions {
  /**
   * The offer the butler's memory already keeps under a butler offer id (from an earlier session), if any: a brand
   * that numbers its offers per process reuses ids across sessions, and the memory keeps the first offer under an id.
   */
  readonly storedOffer?: ((butlerOfferId: string) => Offer | undefined) | undefined;
  /** Offers remembered for questions, counters and orders; REMEMBERED_OFFERS_PER_CONNECTION by default. */
  readonly rememberedOffers?: number | undefined;
  /**
   * The butler id of the offer an earlier session ordered under an idempotency key, if any (an order whose outcome is
   * still unknown, asked again with get_order from a new process): with `storedOffer`, its receipt is read as naming it.
   */
  readonly orderedOffer?: ((idempotencyKey: string) => string | undefined) | undefined;
}

/**
 * Binds a connection to the identity the person configured (the brands.json entry id), never to a field in a
 * message. Every offer, decline, answer, revision and receipt is attributed to this connection: offers get the
 * butler's own ids (`namespaceOfferId`), a message naming another brand is dropped and noted as a violation of the
 * sender, offers beyond the brief's `maxOffers` are dropped and noted, and questions, counters and orders are only
 * sent for offers this very connection made (the brand sees its own offer ids on the wire).
 */
export function bindBrandIdentity(connection: BrandConnection, identity: string, options: BindOptions = {}): BoundBrandConnection {
  const remembered = options.rememberedOffers ?? REMEMBERED_OFFERS_PER_CONNECTION;
  /** Butler offer id → the offer as the brand sent it (its GTIN in canonical form: `readOffer`). */
  const issued = new BoundedMap<string, Offer>(remembered);
  const pending: IdentityViolation[] = [];
  const violate = (violation: string, detail: string, refs: { claimedBrandId?: string; offerId?: string; requestId?: string } = {}) => {
    if (pending.length < MAX_PENDING_VIOLATIONS) pending.push({ kind: 'protocol-violation', brandId: identity, violation, detail, ...refs });
  };
  const refuse = (code: BrandCallError['code'], message: string) => ({ ok: false as const, error: { code, message } });
  /**
   * A receipt echoing another order's idempotency key answers that order, not this one (the first order's receipt sent
   * again for a second): noted against the sender and no answer (INVALID_RESPONSE: the order may be held, asked again by
   * its key, else kept unconfirmed), never recorded as this order placed nor a cancellation sent under its order id.
   */
  const otherOrdersReceipt = (echoed: string, offerId?: string) => {
    violate('answer-mismatch', `a receipt echoed another order's key (${shortenId(echoed, 40)}); not taken as this order's`, offerId === undefined ? {} : { offerId });
    return refuse('INVALID_RESPONSE', `${identity}'s receipt answered another order`);
  };

  /** Takes one offer from the brand under the butler's id, or drops it (undefined) when it names another brand. */
  const receive = (sent: Offer, requestId: string): Offer | undefined => {
    const offer = readOffer(sent);
    if (offer.brandId !== identity) {
      violate('names-another-brand', `an offer sent over ${identity}'s connection was labelled as ${offer.brandId}'s; dropped`, { claimedBrandId: offer.brandId, requestId });
      return undefined;
    }
    let id = namespaceOfferId(identity, offer.offerId);
    const remembered = issued.get(id);
    const stored = remembered === undefined ? options.storedOffer?.(id) : undefined;
    const earlier = remembered ?? (stored === undefined ? undefined : { ...stored, offerId: offer.offerId });
    const text = earlier !== undefined && earlier !== offer ? canonicalJson(offer) : undefined;
    if (text !== undefined && canonicalJson(earlier) !== text) {
      // An offer id names one offer. Reused for another one (a new price, product or request), the butler would rank
      // the new offer while its memory keeps the first under that id, and order the first: the new one gets an id of
      // its own. Not a violation: a brand numbering its offers per process does it honestly, and gains nothing now.
      id = namespaceOfferId(identity, `${offer.offerId}:v.${createHash('sha256').update(text).digest('hex').slice(0, 16)}`);
    }
    issued.set(id, offer);
    return { ...offer, offerId: id };
  };
  const wireOf = (offerId: string): Offer | undefined => issued.get(offerId);
  /** Idempotency key → the butler's id of the offer ordered under it: a receipt asked for later names that offer. */
  // As many as offers: an order whose offer is no longer remembered cannot be renamed anyway.
  const ordered = new BoundedMap<string, string>(remembered);
  /**
   * `wireId` when it is the brand's own id of the offer the memory keeps under `butlerId` (this connection's offer, as
   * `receive` named it: plainly, or with the suffix of an offer id the brand reused), else undefined.
   */
  const storedWireId = (butlerId: string, wireId: string): string | undefined => {
    const stored = options.storedOffer?.(butlerId);
    if (stored === undefined) return undefined;
    if (namespaceOfferId(identity, wireId) === butlerId) return wireId;
    const reused = namespaceOfferId(identity, `${wireId}:v.${createHash('sha256').update(canonicalJson({ ...stored, offerId: wireId })).digest('hex').slice(0, 16)}`);
    return reused === butlerId ? wireId : undefined;
  };
  const notOurs = (offerId: string) => ({ ok: false as const, error: { code: 'UNKNOWN_OFFER' as const, message: `offer ${offerId} was not made over ${identity}'s connection (or is too old); ask again`, origin: 'butler' as const } });

  return {
    ...connection,
    id: identity,
    card: { ...connection.card, id: identity },
    timeoutMs: connection.timeoutMs,
    supports: (capability) => connection.supports(capability),
    takeViolations: () => pending.splice(0, pending.length),

    async requestOffers(brief, timeoutMs): Promise<BrandCallResult<BriefResponse>> {
      const result = await connection.requestOffers(brief, timeoutMs);
      if (!result.ok) return result;
      const response = result.value;
      // The protocol's default when the brief leaves it out is 3 (see NeedBriefSchema).
      const maxOffers = brief.maxOffers ?? 3;
      const offers: Offer[] = [];
      const seen = new Set<string>();
      let extra = 0;
      for (const offer of response.offers) {
        if (offer.requestId !== brief.requestId) {
          violate('wrong-request', `an offer answered request ${offer.requestId}, not ${brief.requestId}; dropped`, { requestId: brief.requestId });
          continue;
        }
        if (seen.has(offer.offerId)) {
          violate('duplicate-offer-id', `two offers shared the id ${offer.offerId}; the second was dropped`, { requestId: brief.requestId });
          continue;
        }
        seen.add(offer.offerId);
        if (offers.length >= maxOffers) {
          extra += 1;
          continue;
        }
        const own = receive(offer, brief.requestId);
        if (own) offers.push(own);
      }
      if (extra > 0) {
        violate('too-many-offers', `sent ${offers.length + extra} offers where the brief asked for at most ${maxOffers}; the ${extra} beyond were dropped`, { requestId: brief.requestId });
      }
      let decline = response.decline;
      if (decline && decline.brandId !== identity) {
        violate('names-another-brand', `a decline sent over ${identity}'s connection was signed as ${decline.brandId}'s; dropped`, { claimedBrandId: decline.brandId, requestId: brief.requestId });
        decline = undefined;
      }
      if (response.outcome === 'offers' && offers.length === 0) {
        return refuse('INVALID_RESPONSE', `every offer ${identity} sent broke the protocol's identity rules and was dropped`);
      }
      if (response.outcome === 'decline' && decline === undefined) {
        return refuse('INVALID_RESPONSE', `${identity}'s decline named another brand and was dropped`);
      }
      const { decline: _dropped, ...rest } = response;
      return { ok: true, value: decline ? { ...rest, offers, decline } : { ...rest, offers } };
    },

    async askQuestion(question, timeoutMs) {
      const wire = wireOf(question.offerId);
      if (!wire) return notOurs(question.offerId);
      const result = await connection.askQuestion({ ...question, offerId: wire.offerId }, timeoutMs);
      if (!result.ok) return result;
      if (result.value.offerId !== wire.offerId || result.value.questionId !== question.questionId) {
        violate('answer-mismatch', `an answer named offer ${result.value.offerId} / question ${result.value.questionId}, not the one asked; dropped`, { offerId: question.offerId });
        return refuse('INVALID_RESPONSE', `${identity} answered a different question or offer`);
      }
      return { ok: true, value: { ...result.value, offerId: question.offerId } };
    },

    async counterOffer(counter, timeoutMs) {
      const wire = wireOf(counter.offerId);
      const replyTo = wireOf(counter.inReplyTo);
      if (!wire || !replyTo) return notOurs(wire ? counter.inReplyTo : counter.offerId);
      const result = await connection.counterOffer({ ...counter, offerId: wire.offerId, inReplyTo: replyTo.offerId }, timeoutMs);
      if (!result.ok) return result;
      const revised = result.value.offer;
      if (!revised) return result;
      if (revised.requestId !== counter.requestId) {
        violate('wrong-request', `a revised offer answered request ${revised.requestId}, not ${counter.requestId}; dropped`, { offerId: counter.offerId });
        return refuse('INVALID_RESPONSE', `${identity}'s revised offer answered another request`);
      }
      const own = receive(revised, counter.requestId);
      if (!own) return refuse('INVALID_RESPONSE', `${identity}'s revised offer named another brand and was dropped`);
      return { ok: true, value: { ...result.value, offer: own } };
    },

    async placeOrder(order, timeoutMs) {
      const wire = wireOf(order.offerId);
      if (!wire || order.mandate.offerId !== order.offerId) return notOurs(order.offerId);
      // The person's mandate binds the offer as the butler stored it; the brand checks it against its own offer id.
      if (order.mandate.termsHash !== hashOfferTerms({ ...wire, offerId: order.offerId })) {
        return { ok: false as const, error: { code: 'TERMS_MISMATCH' as const, message: `the mandate does not match the offer ${identity} made; nothing was ordered`, origin: 'butler' as const } };
      }
      ordered.set(order.idempotencyKey, order.offerId);
      const result = await connection.placeOrder(
        { ...order, offerId: wire.offerId, mandate: { ...order.mandate, offerId: wire.offerId, termsHash: hashOfferTerms(wire) } },
        timeoutMs,
      );
      if (!result.ok) return result;
      if (result.value.idempotencyKey !== order.idempotencyKey) return otherOrdersReceipt(result.value.idempotencyKey, order.offerId);
      if (result.value.brandId !== identity) {
        // The hash check then refuses the receipt as bait-and-switch; the false name is noted against the sender.
        violate('names-another-brand', `a receipt sent over ${identity}'s connection was issued as ${result.value.brandId}'s`, { claimedBrandId: result.value.brandId, offerId: order.offerId });
      }
      return { ok: true, value: receiptUnderButlerId(result.value, wire.offerId, order.offerId) };
    },

    ...(connection.cancelOrder
      ? {
          async cancelOrder(request: Parameters<NonNullable<BrandConnection['cancelOrder']>>[0], timeoutMs?: number) {
            const result = await connection.cancelOrder!(request, timeoutMs);
            if (!result.ok || result.value.orderId === request.orderId) return result;
            violate('answer-mismatch', `a cancellation named order ${result.value.orderId}, not ${request.orderId}; dropped`);
            return refuse('INVALID_RESPONSE', `${identity} answered the cancellation of another order`);
          },
        }
      : {}),

    async getOrder(request, timeoutMs) {
      const result = await connection.getOrder(request, timeoutMs);
      if (!result.ok) return result;
      const receipt = result.value;
      if (receipt.idempotencyKey !== request.idempotencyKey) return otherOrdersReceipt(receipt.idempotencyKey);
      // The offer ordered under this key, when this connection placed it (or, from a new process, an earlier session
      // did): its butler id (one of its own when the brand reused the offer id), and the receipt renamed only if it
      // names that offer's wire id.
      const butlerId = ordered.get(request.idempotencyKey) ?? options.orderedOffer?.(request.idempotencyKey);
      const wireId = butlerId === undefined ? undefined : (wireOf(butlerId)?.offerId ?? storedWireId(butlerId, receipt.offerId));
      if (butlerId !== undefined && wireId !== undefined) return { ok: true, value: receiptUnderButlerId(receipt, wireId, butlerId) };
      return { ok: true, value: receiptUnderButlerId(receipt, receipt.offerId, namespaceOfferId(identity, receipt.offerId)) };
    },
  };
}

/**
 * The offer with its GTIN in canonical form (`canonicalGtin`), the object itself when it already is. A GTIN spelled with
 * leading zeros ('0' + the EAN-13: the GTIN-14 form) names the same product as the EAN-13 its rivals write: read as
 * written, the market cross-check, the product's price history and its past outcomes would not find it, so a seller
 * lying in its product data escaped the honest sellers' word on the same product. The terms hash does not cover the
 * GTIN, so mandates and receipts are unchanged.
 */
function readOffer(offer: Offer): Offer {
  const gtin = offer.product.gtin;
  if (gtin === undefined) return offer;
  const canonical = canonicalGtin(gtin);
  return canonical === gtin ? offer : { ...offer, product: { ...offer.product, gtin: canonical } };
}

/**
 * The receipt with the brand's offer id replaced by the butler's; the brand's terms hash is re-derived only when it
 * was consistent with what the brand signed, so a receipt that differs from the offer still fails the receipt check.
 */
function receiptUnderButlerId(receipt: Receipt, wireOfferId: string, butlerOfferId: string): Receipt {
  if (receipt.offerId !== wireOfferId) return receipt;
  const consistent = receipt.termsHash === hashReceiptTerms(receipt);
  const renamed = { ...receipt, offerId: butlerOfferId };
  return consistent ? { ...renamed, termsHash: hashReceiptTerms(renamed) } : renamed;
}
