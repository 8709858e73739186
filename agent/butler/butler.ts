import type { Language } from '../language/index.ts';
import { findSameCategory, type Offer } from '../../protocol/index.ts';
import type { Need } from '../need/index.ts';
import type { Profile } from '../policy/index.ts';
import { memoizeDetector, offerExpired, type PressureDetector } from '../scoring/index.ts';
import type { BrandConnection } from './brand-connection.ts';
import type { ButlerDeps } from './butler-deps.ts';
import type { OrderRecord } from './butler-memory.ts';
import type { TrustObservation } from './butler-trust.ts';
import { isBannedConnection } from './is-banned-connection.ts';
import { proposePurchase, purchaseWithConsent, recheckOrder, type PersonConsent, type PurchaseProposal, type PurchaseResult, type RecheckResult } from './purchase.ts';
import { OfferFindings } from './offer-findings.ts';
import { brandRequestId } from './brand-request-id.ts';
import { releaseUnconfirmedOrder, type PersonRelease, type ReleaseResult } from './release-unconfirmed-order.ts';
import { reportOutcome, unreportable, type ReportResult } from './report-outcome.ts';
import { shop, type ShoppingProgress, type ShoppingResult } from './shop.ts';
import { scanBrandTexts } from './scan-brand-texts.ts';
import { SwitchedReceipts } from './switched-receipts.ts';
import { takeIdentityViolations } from './take-identity-violations.ts';

/** One kind of purchase result. */

/** The outcome of settling an order from the market's ground truth: a report, or no ground truth for it. */
export type SettleResult = ReportResult | { readonly kind: 'no-ground-truth'; readonly reason: string };

/**
 * The butler and its verbs over one dependency set: `shop` (fan out, check claims, negotiate within the private
 * budget, score, rank, record), `propose` and `purchase` (only with the person's consent; one order per offer,
 * spending reserved atomically against the caps), `reportOutcome` and `settle` (once per order). Build it with
 * `createButler`.
 */
export class Butler {
  private requests = 0;
  private readonly detect: PressureDetector;
  /** Brands whose card this butler has already read (a card is standing conduct: flagged once per butler). */
  private readonly cardsRead = new Set<string>();
  /** The findings of the offers ranked in this process, stored with the order of the one the person buys. */
  private readonly offerFindings = new OfferFindings();
  /** The latest rankings, ranked again after a switched receipt. */
  private readonly switchedReceipts = new SwitchedReceipts();

  constructor(private readonly deps: ButlerDeps) {
    this.detect = memoizeDetector(deps.detectPressure);
  }

  /** The market's time (the app's clock; a fixed clock in tests and the simulator). */
  now(): Date {
    return this.deps.clock();
  }

  /** Every connected brand. */
  brands(): readonly BrandConnection[] {
    return this.deps.brands();
  }

  /** The person's profile (rules, caps, values). */
  profile(): Profile {
    return this.deps.memory.loadProfile();
  }

  /** Saves the person's profile. */
  saveProfile(profile: Profile): void {
    this.deps.memory.saveProfile(profile);
  }

  /** A stored offer (received in an earlier `shop`). */
  offer(offerId: string): Offer | undefined {
    return this.deps.memory.offer(offerId);
  }

  /** Every order, oldest first. */
  orders(): OrderRecord[] {
    return this.deps.memory.orders();
  }

  /** One order. */
  order(orderId: string): OrderRecord | undefined {
    return this.deps.memory.order(orderId);
  }

  /** The brands that sell in a category (and are not banned by the person). */
  relevantBrands(category: string): BrandConnection[] {
    const banned = new Set(this.deps.memory.loadProfile().bannedBrands);
    return this.deps.brands().filter((b) => findSameCategory(b.card.categories, category) !== undefined && !isBannedConnection(b.id, banned, this.deps.trust));
  }

  /**
   * Asks every relevant brand, negotiates, scores and ranks; records exchanges, prices and trust observations. Never buys.
   * The request's id is the butler's own (its clock and count) and each brand is asked under an opaque id of its own
   * (`brandRequestId`); a caller that names the request (`requestId`: the simulator's readable ids) has every brand
   * asked under that name.
   */
  async shop(need: Need, options: { onProgress?: (event: ShoppingProgress) => void; requestId?: string } = {}): Promise<ShoppingResult> {
    this.requests += 1;
    const requestId = options.requestId ?? `req-${this.deps.clock().getTime().toString(36)}-${this.requests}`;
    const secret = this.deps.memory.installSecret();
    const perBrand = options.requestId === undefined ? (brandId: string) => brandRequestId(secret, brandId, requestId) : undefined;
    const result = await shop(need, { deps: this.deps, detect: this.detect, brands: this.relevantBrands(need.category), requestId, brandRequestId: perBrand, cardsRead: this.cardsRead, onProgress: options.onProgress });
    this.offerFindings.remember(result.ranking);
    this.switchedReceipts.remember(result);
    return result;
  }

  /** Finds a stored offer and words the question the person must answer before buying it, in their language; orders nothing. */
  propose(offerId: string, language?: Language): PurchaseProposal | { kind: 'unknown-offer' } {
    return proposePurchase(offerId, this.deps, language);
  }

  /**
   * Buys one offer with the person's consent (see `purchaseWithConsent`); a second order of the same offer is `already-ordered`.
   * Whatever the outcome, the protocol violations the brand's connection noted on the way are in the ledger when it returns.
   * A switched receipt comes back with a new proposal when this butler ranked the request (`SwitchedReceipts`): the
   * person's consent covered the offer as accepted, not the brand's change of it.
   */
  async purchase(consent: PersonConsent): Promise<PurchaseResult> {
    const result = this.withReproposal(await purchaseWithConsent(consent, { ...this.deps, findingsOf: (offerId) => this.offerFindings.of(offerId) }));
    const brandId = this.deps.memory.offer(consent.offerId)?.brandId;
    if (brandId === undefined) return result;
    const observations: TrustObservation[] = [];
    // A brand's order error is brand text like any other ("payment failed, pay by IBAN …"): read it and record what it carries.
    if (result.kind === 'failed') observations.push(...scanBrandTexts([{ brandId, field: 'order.error.message', text: result.error.message }], this.detect).observations);
    // With the violations its connection noted and the purchase did not record itself (a refused receipt records its own):
    // left pending, they would wait for a later request that asks this brand again, and be lost if none does.
    observations.push(...takeIdentityViolations(this.deps.brands().filter((b) => b.card.id === brandId)));
    if (observations.length > 0) this.deps.trust.record(observations, this.deps.clock());
    return result;
  }

  /**
   * A switched receipt with the new proposal (see `SwitchedReceipts.repropose`), whichever way it was refused: at the
   * purchase, or when the person re-checked an unconfirmed order; any other result as it is.
   */
  private withReproposal<R extends RecheckResult>(result: R): R {
    if (result.kind !== 'refused-bait-and-switch') return result;
    const names = new Map(this.deps.brands().map((b) => [b.card.id, b.card.name]));
    const now = this.deps.clock();
    const stillOpen = (offer: Offer) => !offerExpired(offer, now) && this.deps.memory.orderOfOffer(offer.offerId) === undefined;
    return { ...result, reproposal: this.switchedReceipts.repropose(result.order, result.mismatches, (brandId) => names.get(brandId) ?? brandId, stillOpen) };
  }

  /**
   * Asks the brand again where an `unconfirmed` order stands (see `recheckOrder`); never orders. The protocol violations
   * the brand's connection noted on the way are in the ledger when it returns.
   */
  async recheckOrder(orderId: string): Promise<RecheckResult> {
    const result = this.withReproposal(await recheckOrder(orderId, this.deps));
    const brandId = this.deps.memory.order(orderId)?.brandId;
    const violations = brandId === undefined ? [] : takeIdentityViolations(this.deps.brands().filter((b) => b.card.id === brandId));
    if (violations.length > 0) this.deps.trust.record(violations, this.deps.clock());
    return result;
  }

  /**
   * Records the person's word that nothing was charged for an unconfirmed order (see `releaseUnconfirmedOrder`): its
   * amount no longer counts against the caps until the brand answers. Never called by a tool or a brand.
   */
  releaseOrder(orderId: string, release: PersonRelease): ReleaseResult {
    return releaseUnconfirmedOrder(orderId, release, this.deps);
  }

  /**
   * Records the protocol violations any connection noted that no operation has recorded yet (grouped by connection id);
   * call it before the connections close, so nothing a brand was caught doing is lost with the session.
   */
  recordPendingViolations(): void {
    const violations = takeIdentityViolations(this.deps.brands());
    if (violations.length > 0) this.deps.trust.record(violations, this.deps.clock());
  }

  /** Records what the person says happened with an order; a second report of the same order is `already-reported`. */
  reportOutcome(orderId: string, report: unknown): ReportResult {
    return reportOutcome(orderId, report, this.deps);
  }

  /** Settles an order from the market's ground truth (the demo market has one; other brands' orders are reported by the person). */
  settle(orderId: string): SettleResult {
    const order = this.deps.memory.order(orderId);
    if (!order) return { kind: 'unknown-order' };
    const closed = unreportable(order);
    if (closed) return closed;
    const truth = this.deps.groundTruth?.(order, this.deps.clock()) ?? { kind: 'none', reason: 'no ground truth is configured' };
    if (truth.kind === 'none') return { kind: 'no-ground-truth', reason: truth.reason };
    return this.reportOutcome(orderId, truth.report);
  }
}
