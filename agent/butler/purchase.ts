import { createHmac } from 'node:crypto';
import { PROTOCOL_VERSION, toMajorUnits, type Offer, type Receipt } from '../../protocol/index.ts';
import { checkReceipt, issueMandate, type ReceiptMismatch } from '../consent/index.ts';
import { caughtBeforeReason, formatMoney, type ExclusionCode } from '../decision/index.ts';
import { checkPolicy, type PolicyViolation } from '../policy/index.ts';
import type { BrandCallError, BrandCallResult } from '../transport/index.ts';
import { DEFAULT_LANGUAGE, formatMoneyIn, type Language } from '../language/index.ts';
import { failuresSpareNeedAt, recommendationStatus } from '../trust/index.ts';
import { needHoldsProbability, offerExpired } from '../scoring/index.ts';
import type { OrderCancellation, OrderRecord, OrderStatus, RankingExclusion } from './butler-memory.ts';
import type { BrandConnection } from './brand-connection.ts';
import { brandCancellationDetails } from './brand-cancellation-details.ts';
import { cancelRefusedOrder } from './cancel-refused-order.ts';
import type { ButlerDeps } from './butler-deps.ts';
import { buyerPseudonym } from './buyer-pseudonym.ts';
import { isBannedConnection } from './is-banned-connection.ts';
import { getOrderFailure, placeOrderFailure } from './order-call-failure.ts';
import { inSentence, quoteInSentence } from './quote-in-sentence.ts';
import { PURCHASE_MESSAGES } from './purchase-messages.ts';
import { switchedInRequest } from './switched-in-request.ts';
import type { Reproposal } from './reproposal.ts';
import { takeIdentityViolations } from './take-identity-violations.ts';

/** What the person is asked to confirm: exactly this product, price and terms, from this brand. */
export interface PurchaseProposal {
  readonly offer: Offer;
  readonly brandName: string;
  /** The price as the question writes it, in the person's language. */
  readonly priceText: string;
  readonly summary: string;
  /** Set when the latest ranking excluded the offer for a reason that forbids buying it: a purchase will be refused. */
  readonly exclusion?: RankingExclusion | undefined;
}

/**
 * The person's explicit "yes" to one proposal. Only a surface that asked a human creates it (the terminal prompt,
 * the web confirmation dialog); no LLM tool and no MCP tool can, so nothing is bought without the person.
 */
export interface PersonConsent {
  readonly offerId: string;
  readonly confirmedBy: 'person';
  readonly channel: 'terminal' | 'web' | 'api' | 'simulation';
  readonly at: string;
}

/** The outcome of a purchase attempt. */
export type PurchaseResult =
  | { readonly kind: 'purchased'; readonly order: OrderRecord; readonly receipt: Receipt }
  /**
   * The receipt differed from the accepted offer: refused (never accepted silently, even within the mandate), cancelled
   * at the brand, recorded in the ledger, and put back to the person as a new proposal when the butler still holds the
   * request's ranking (`reproposal`: ranked again without the switching brand, new top pick, reason). Nothing else was bought.
   */
  | { readonly kind: 'refused-bait-and-switch'; readonly order: OrderRecord; readonly mismatches: readonly ReceiptMismatch[]; readonly reproposal?: Reproposal | undefined }
  /**
   * The brand's answer to the order was lost and asking it by the order's key gave none either: it may hold the order
   * and the mandate. The order is recorded as `unconfirmed` (its mandate's amount counts against the caps); buying the
   * same offer again asks the brand where it stands, never orders twice.
   */
  | { readonly kind: 'unconfirmed'; readonly order: OrderRecord; readonly error: BrandCallError }
  | { readonly kind: 'already-ordered'; readonly offerId: string; readonly status: OrderStatus | 'pending'; readonly orderId?: string | undefined }
  | { readonly kind: 'blocked-by-policy'; readonly violations: readonly PolicyViolation[] }
  | { readonly kind: 'excluded-by-ranking'; readonly offerId: string; readonly requestId: string; readonly reasons: RankingExclusion['reasons'] }
  | { readonly kind: 'not-available'; readonly reason: string }
  | { readonly kind: 'failed'; readonly error: BrandCallError };

/**
 * Whether an exclusion of the ranking also forbids buying the offer, by exclusion code. Every reason that protects the
 * person does: instructions aimed at the butler, a brand below the honesty floor, the need's hard constraints (its
 * budget and deadline included), an offer that had expired when it was ranked, a brand that switched an order's terms
 * in the same request (read at purchase on the order log). The person's rules ('policy') are checked again at purchase, against the rules as they
 * are then, inside the reservation ('blocked-by-policy'): their latest word, not the ranking's copy of it. 'no-surplus'
 * does not: it is the butler's estimate of worth, not a protection (the honesty risk has its own floor), and a person
 * who knowingly pays more than the model thinks it is worth may (their caps still apply). 'caught-before' (the person's
 * "no second chances" rule) is read again at purchase on the profile and the record as they are then, like the rules.
 */
export const EXCLUSION_BLOCKS_PURCHASE = {
  injection: true,
  'below-honesty-floor': true,
  'hard-constraint': true,
  'over-budget': true,
  'missed-deadline': true,
  expired: true,
  'switched-in-request': true,
  policy: false,
  'caught-before': false,
  'no-surplus': false,
} as const satisfies Record<ExclusionCode, boolean>;

/** What deciding whether an offer may be bought reads: the ranking's exclusions, the ledger as it stands, the floor. */
export type PurchaseGateDeps = Pick<ButlerDeps, 'memory' | 'trust' | 'clock' | 'honestyFloor'>;

/**
 * The reasons that forbid buying the offer now (none: it may be bought): those the latest ranking of its request gave,
 * and the honesty floor read again on the brand's record as it stands. A ranking decides on the evidence of its
 * moment; an offer stays valid for days, and a brand caught saying something false since (in a later request, or by
 * a delivery) must not be paid on the standing it had before. The record then already holds the clean check of the
 * offer's own request (recorded with it), so the floor reads the estimate alone, as the ranking's floor did. A brand
 * that changed an order's terms at checkout in this request is refused for all its offers in it ('switched-in-request').
 */
export function purchaseBlockingExclusion(offer: Offer, deps: PurchaseGateDeps): RankingExclusion | undefined {
  const exclusion = deps.memory.rankingExclusion(offer.requestId, offer.offerId);
  const now = deps.clock();
  // A reason with `from` holds from that moment on (the deadline's: the offer ordered later no longer arrives in time).
  const reasons: Array<RankingExclusion['reasons'][number]> =
    exclusion?.reasons.filter((r) => EXCLUSION_BLOCKS_PURCHASE[r.code] && (r.from === undefined || now.getTime() > Date.parse(r.from))) ?? [];
  // A brand caught switching at checkout in this request: none of its offers in it is bought (read on the order log).
  const switched = switchedInRequest(offer, deps.memory.orders());
  if (switched !== undefined) reasons.push(switched);
  const profile = deps.memory.loadProfile();
  const floor = profile.honestyFloor ?? deps.honestyFloor;
  const standing = deps.trust.view(offer.brandId, now);
  if (standing !== undefined && !reasons.some((r) => r.code === 'below-honesty-floor')) {
    // The floor the ranking applies (`floorEstimateOf`): honesty, or what the brand delivers meeting the need when its record shows its failures spare it.
    const estimate = needHoldsProbability(standing.estimatedHonesty, failuresSpareNeedAt(standing.needRecord, toMajorUnits(offer.price)));
    if (recommendationStatus({ estimatedHonesty: estimate, claimsFailed: standing.claimsFailed }, floor) !== 'recommendable') {
      reasons.push({ code: 'below-honesty-floor', detail: `calibrated honesty ${estimate.toFixed(2)} is now below the floor of ${floor.toFixed(2)} (caught since this offer was ranked)` });
    } else if (!profile.secondChances && standing.claimsFailed > 0) {
      reasons.push(caughtBeforeReason(standing.claimsFailed));
    }
  }
  if (reasons.length === 0) return undefined;
  return { requestId: exclusion?.requestId ?? offer.requestId, offerId: offer.offerId, reasons };
}

/** What purchasing reads and writes (a subset of the butler's dependencies). */
export type PurchaseDeps = Pick<ButlerDeps, 'memory' | 'trust' | 'brands' | 'clock' | 'reservations' | 'honestyFloor'> & {
  /** The honesty finding codes the offer was ranked with, stored with its order (`OrderRecord.findings`); absent: none kept. */
  readonly findingsOf?: ((offerId: string) => readonly string[] | undefined) | undefined;
};

/** Finds the offer and words the confirmation question; nothing is ordered here. */
export function proposePurchase(offerId: string, deps: Pick<ButlerDeps, 'memory' | 'brands'> & PurchaseGateDeps, language: Language = DEFAULT_LANGUAGE): PurchaseProposal | { kind: 'unknown-offer' } {
  const offer = deps.memory.offer(offerId);
  if (!offer) return { kind: 'unknown-offer' };
  const brand = deps.brands().find((b) => b.card.id === offer.brandId);
  const brandName = brand?.card.name ?? offer.brandId;
  const t = offer.terms;
  // The butler's facts (price, seller) come before any brand text, and the title is one quotation it cannot leave: the
  // person says yes to this sentence, so no part of it may be written by the brand to read as the butler's.
  // English keeps the butler's stable "51.75 EUR"; another language writes money as it does ("51,75 €").
  const priceText = language === 'en' ? formatMoney(offer.price) : formatMoneyIn(offer.price, language);
  const summary = PURCHASE_MESSAGES[language].confirm({
    price: priceText,
    seller: inSentence('card.name', brandName, 80),
    quantity: offer.quantity,
    title: inSentence('product.title', offer.product.title, 120),
    deliveryDays: t.deliveryDays,
    returnDays: t.returnDays,
    warrantyMonths: t.warrantyMonths,
  });
  const exclusion = purchaseBlockingExclusion(offer, deps);
  return exclusion ? { offer, brandName, priceText, summary, exclusion } : { offer, brandName, priceText, summary };
}

/** The idempotency key of ordering one offer: derived, not random, so every retry of it carries the same key. */
export function orderIdempotencyKey(secret: string, offerId: string): string {
  return `idem-${createHmac('sha256', secret).update(`order:${offerId}`).digest('hex').slice(0, 32)}`;
}

/**
 * Buys one offer with the person's consent: refuses an offer the latest ranking of its request excluded for a reason
 * that protects the person (`EXCLUSION_BLOCKS_PURCHASE`), whatever surface asks, then reserves the price while checking the person's rules and that the offer
 * was not ordered yet (atomically, see `PurchaseReservations`), issues a mandate for exactly that offer, places the
 * order (idempotent key), and checks the receipt. A receipt that differs from the accepted offer is bait-and-switch:
 * the order is refused, cancelled at the brand when it supports cancellations (protocol 1.1), recorded in the ledger
 * and reported to the person.
 */
export async function purchaseWithConsent(consent: PersonConsent, deps: PurchaseDeps): Promise<PurchaseResult> {
  const { memory, trust, clock, reservations } = deps;
  if (consent.confirmedBy !== 'person') return { kind: 'not-available', reason: 'a purchase needs the person’s explicit confirmation' };
  const offer = memory.offer(consent.offerId);
  if (!offer) return { kind: 'not-available', reason: `offer ${consent.offerId} is unknown; ask again` };
  // An order of this offer whose outcome is unknown is not ordered again: the brand is asked where it stands.
  const earlier = memory.orderOfOffer(offer.offerId);
  if (earlier?.status === 'unconfirmed') {
    const order = memory.order(earlier.orderId);
    if (order) return confirmOnce(order, deps);
  }
  // An order of this offer that did not fail is answered as such before any other check: a "no" read later (the offer
  // expired, the brand caught or gone since) would say nothing was ordered while the order is live, and a caller taking
  // that "no" at its word (the simulated person's fallback to another brand) would buy the same thing twice.
  if (earlier !== undefined) return { kind: 'already-ordered', offerId: offer.offerId, status: earlier.status, orderId: earlier.orderId };
  // The surfaces only hide the buy button of an excluded offer; the butler itself refuses it, whatever asks.
  const excluded = purchaseBlockingExclusion(offer, deps);
  if (excluded) return { kind: 'excluded-by-ranking', offerId: offer.offerId, requestId: offer.requestId, reasons: excluded.reasons };
  const now = clock();
  if (offerExpired(offer, now)) return { kind: 'not-available', reason: `the offer expired at ${offer.validUntil}; ask again for a fresh one` };
  const secret = memory.installSecret();
  const profile = memory.loadProfile();
  const reservation = reservations.reserve({
    offer,
    idempotencyKey: orderIdempotencyKey(secret, offer.offerId),
    now,
    currency: profile.spendCapPerMonth.currency,
    // Read the rules inside the reservation too: a profile saved meanwhile by another surface applies. A ban reaches as
    // far as it does when brands are asked (a banned party's other entries and paths): an offer one of them sent before
    // the ban is not bought after it.
    check: (spent) => {
      const rules = memory.loadProfile();
      return checkPolicy(offer, rules, spent, (brandId) => isBannedConnection(brandId, new Set(rules.bannedBrands), trust));
    },
  });
  if (reservation.kind === 'already-ordered') return { ...reservation, offerId: offer.offerId };
  if (reservation.kind === 'blocked-by-policy') return reservation;
  const brand = deps.brands().find((b) => b.card.id === offer.brandId);
  const unavailable = !brand ? `${offer.brandId} is not reachable right now` : !brand.supports('orders') ? `${quoteInSentence('card.name', brand.card.name, 80)} does not take orders through the protocol` : undefined;
  if (!brand || unavailable !== undefined) {
    reservations.complete(offer.offerId, { kind: 'released' });
    return { kind: 'not-available', reason: unavailable ?? `${offer.brandId} is not reachable right now` };
  }

  const { idempotencyKey } = reservation;
  const mandate = issueMandate(offer, { mandateId: `mandate-${idempotencyKey.slice(5, 21)}`, now });
  let result: Awaited<ReturnType<typeof brand.placeOrder>>;
  try {
    result = await brand.placeOrder(
      {
        protocolVersion: PROTOCOL_VERSION,
        idempotencyKey,
        requestId: offer.requestId,
        offerId: offer.offerId,
        buyerId: buyerPseudonym(secret, offer.brandId),
        quantity: offer.quantity,
        mandate,
      },
      brand.timeoutMs,
    );
  } catch (error) {
    reservations.complete(offer.offerId, { kind: 'released' });
    throw error;
  }
  // The brand's own "no" to this order, before any asking again: what `recordRefusal` holds it to.
  const refusedByBrand = !result.ok && placeOrderFailure(result.error) === 'refused' && result.error.origin !== 'butler';
  if (!result.ok && placeOrderFailure(result.error) === 'answer-lost') {
    // No answer is not a "no": the brand may hold the order and the mandate. Ask it by the order's key (the protocol's
    // get_order), so an order it took is recorded and checked like any other, and its outcome can be reported.
    const recovered = await askOrderStatus(brand, idempotencyKey, buyerPseudonym(secret, offer.brandId));
    if (recovered.ok || getOrderFailure(recovered.error) === 'no-such-order') result = recovered;
  }
  const findings = deps.findingsOf?.(offer.offerId);
  const base = { requestId: offer.requestId, brandId: offer.brandId, offer, mandate, placedAt: now.toISOString(), ...(findings === undefined ? {} : { findings: [...findings] }) };
  if (!result.ok && placeOrderFailure(result.error) === 'answer-lost') {
    // Still no answer: the brand may have taken the order, and the person's authorisation lets it charge until the
    // mandate expires. Releasing the reservation would say "nothing was bought", drop the mandate from the order log and
    // its amount from the caps; the order is kept as unconfirmed instead, under an id of the butler's (no receipt
    // names one), until the brand answers.
    const note = `no answer from the brand: [${result.error.code}] ${result.error.message}`.slice(0, 500);
    const order = reservations.complete(offer.offerId, { kind: 'ordered', order: { ...base, orderId: `unconfirmed-${idempotencyKey.slice(5, 21)}`, status: 'unconfirmed', note } })!;
    return { kind: 'unconfirmed', order, error: result.error };
  }
  if (!result.ok) {
    reservations.complete(offer.offerId, { kind: 'released' });
    if (refusedByBrand) recordRefusal(offer, result.error, deps, now);
    return { kind: 'failed', error: result.error };
  }
  const receipt = result.value;
  // Recorded under the brand's order id; the reservation gives it an id of its own if another order holds that one.
  return settleReceipt({ ...base, orderId: receipt.orderId }, receipt, brand, { ...deps, secret }, (order) => reservations.complete(offer.offerId, { kind: 'ordered', order })!);
}

/**
 * Records the brand's refusal of an order the person confirmed ("lure then refuse"): the butler ordered the brand's own
 * offer, unexpired, under a mandate for exactly it, and the brand said no in the protocol's terms (out of stock, mandate
 * exceeded, offer unknown…). The offer won the person's choice; not honouring it is weighed as an order not delivered
 * (`order-refused`), once per brand and request (its "anything cheaper?" round included), so a brand honestly out of stock pays once however many of its offers
 * or retries the person tries, and a brand that lures in request after request sinks below the honesty floor. A refusal
 * of the butler's own side (`origin: 'butler'`: an offer from another session, a mandate that does not match) never
 * reached the brand and is not its conduct.
 */
function recordRefusal(offer: Offer, error: BrandCallError, deps: Pick<PurchaseDeps, 'trust'>, now: Date): void {
  // One person's request: its own offers and its "anything cheaper?" round's (the port reads both as one, sameShopRequest).
  if (deps.trust.hasOrderRefusal?.(offer.brandId, offer.requestId) === true) return;
  const detail = `the brand refused the order of its own offer: ${error.message}`.slice(0, 500);
  deps.trust.record([{ kind: 'order-refused', brandId: offer.brandId, offerId: offer.offerId, requestId: offer.requestId, code: error.code, detail, stake: offer.price }], now);
}

/** The brand's receipt for the order placed with `idempotencyKey` (the protocol's get_order); never throws. */
async function askOrderStatus(brand: BrandConnection, idempotencyKey: string, buyerId: string): Promise<BrandCallResult<Receipt>> {
  return brand
    .getOrder({ protocolVersion: PROTOCOL_VERSION, idempotencyKey, buyerId }, brand.timeoutMs)
    .catch((error: unknown): BrandCallResult<Receipt> => ({ ok: false, error: { code: 'INTERNAL', message: error instanceof Error ? error.message : 'get_order failed' } }));
}

/**
 * Checks a receipt against the order's accepted offer and mandate and saves the order with `save`: placed when it
 * matches; otherwise refused as bait-and-switch, cancelled at the brand when it can, and recorded in the ledger.
 */
async function settleReceipt(
  base: Omit<OrderRecord, 'status' | 'receipt'>,
  receipt: Receipt,
  brand: BrandConnection,
  deps: Pick<PurchaseDeps, 'trust' | 'clock'> & { readonly secret: string },
  save: (order: OrderRecord) => OrderRecord,
): Promise<PurchaseResult> {
  const { offer, mandate } = base;
  const { trust, clock } = deps;
  const verdictOnReceipt = checkReceipt(receipt, offer, mandate);
  if (verdictOnReceipt.kind === 'bait-and-switch') {
    const detail = verdictOnReceipt.mismatches.map((m) => `${m.field}: agreed ${m.expected}, receipt ${m.actual}`).join('; ');
    // Refusing is not enough: the brand has charged. Ask it to cancel and refund, and keep its answer in the order log.
    const cancellation = await cancelRefusedOrder(brand, receipt, buyerPseudonym(deps.secret, offer.brandId), brandCancellationDetails(verdictOnReceipt.mismatches), clock).catch(
      (error: unknown): OrderCancellation => ({ outcome: 'failed', message: error instanceof Error ? error.message : 'the cancellation failed', at: clock().toISOString() }),
    );
    const order = save({ ...base, receipt, status: 'refused-bait-and-switch', note: detail, cancellation });
    // With the false statements of who was speaking that the connection saw on the way (a receipt in another brand's
    // name, a cancellation of another order): recorded now, not left for a request that may never ask this brand again.
    trust.record([{ kind: 'bait-and-switch', brandId: offer.brandId, offerId: offer.offerId, orderId: receipt.orderId, detail, stake: offer.price }, ...takeIdentityViolations([brand])], clock());
    return { kind: 'refused-bait-and-switch', order, mismatches: verdictOnReceipt.mismatches };
  }
  const order = save({ ...base, receipt, status: 'placed' });
  return { kind: 'purchased', order, receipt };
}

/** The outcome of asking the brand again where an order stands: as a purchase's, or why nothing was asked. */
export type RecheckResult = PurchaseResult | { readonly kind: 'unknown-order' } | { readonly kind: 'not-unconfirmed'; readonly status: OrderStatus };

/**
 * The person's way to re-check an `unconfirmed` order without buying anything (CLI `majordome report <id> --recheck`,
 * the web orders page): asks the brand where it stands (get_order, same key), as confirming the offer again does, even
 * once the offer or the mandate has expired. Nothing is ever ordered here; any other order is left as it is.
 */
export async function recheckOrder(orderId: string, deps: PurchaseDeps): Promise<RecheckResult> {
  const order = deps.memory.order(orderId);
  if (!order) return { kind: 'unknown-order' };
  if (order.status !== 'unconfirmed') return { kind: 'not-unconfirmed', status: order.status };
  return confirmOnce(order, deps);
}

/** The confirmations of unconfirmed orders under way, per butler memory and order id. */
const confirming = new WeakMap<object, Map<string, Promise<PurchaseResult>>>();

/**
 * `confirmUnconfirmedOrder`, once at a time per order: a confirmation arriving while another is under way (a double
 * click, two surfaces of one butler) gets that one's result. Two would each ask the brand, and a switched receipt would
 * be refused twice: two cancellations asked, two bait-and-switch events in the ledger for one order.
 */
function confirmOnce(order: OrderRecord, deps: PurchaseDeps): Promise<PurchaseResult> {
  let underWay = confirming.get(deps.memory);
  if (underWay === undefined) confirming.set(deps.memory, (underWay = new Map()));
  const running = underWay.get(order.orderId);
  if (running !== undefined) return running;
  const done = underWay;
  const settled = confirmUnconfirmedOrder(order, deps).finally(() => done.delete(order.orderId));
  underWay.set(order.orderId, settled);
  return settled;
}

/**
 * A purchase of an offer whose order is unconfirmed: asks the brand where the order stands (get_order, same key) and
 * settles it. A receipt is checked like any other (placed, or refused as bait-and-switch); the brand's own answer that
 * it holds no such order ends it as failed (nothing was taken, on the brand's word); no answer again leaves it
 * unconfirmed. The order keeps the butler's id; the receipt keeps the brand's.
 */
async function confirmUnconfirmedOrder(order: OrderRecord, deps: PurchaseDeps): Promise<PurchaseResult> {
  const { memory } = deps;
  const brand = deps.brands().find((b) => b.card.id === order.brandId);
  // Unreachable, the brand is not asked: the order stays unconfirmed (it may be live), never "not available".
  if (!brand) return { kind: 'unconfirmed', order, error: { code: 'CONNECTION_FAILED', message: `${order.brandId} is not reachable right now: the order stays unconfirmed`, origin: 'butler' } };
  const secret = memory.installSecret();
  const idempotencyKey = orderIdempotencyKey(secret, order.offer.offerId);
  const status = await askOrderStatus(brand, idempotencyKey, buyerPseudonym(secret, order.brandId));
  const save = (next: OrderRecord) => {
    memory.saveOrder(next);
    return next;
  };
  const { receipt: _receipt, cancellation: _cancellation, note: _note, status: _status, ...base } = order;
  if (status.ok) return settleReceipt(base, status.value, brand, { ...deps, secret }, save);
  if (getOrderFailure(status.error) === 'answer-lost') return { kind: 'unconfirmed', order, error: status.error };
  save({ ...base, status: 'failed', note: `the brand holds no such order: [${status.error.code}] ${status.error.message}`.slice(0, 500) });
  return { kind: 'failed', error: status.error };
}
