import type { Answer, AttributeValue, Claim, Discount, Money, Offer, Receipt } from '../../protocol/index.ts';
import type { MarketTruth, ProductTruth } from './ground-truth.ts';
import { demoMarketTruthFor } from './demo-market-truth.ts';
import { ReferenceMarketError } from './reference-market-error.ts';
import { productIdOfSku } from './sku.ts';

const DAY_MS = 86_400_000;
// Spec sheets round; a claim within 2% of the truth is not a lie.
const NUMBER_TOLERANCE = 0.02;

/** One stated fact checked against what arrived. */
export interface ClaimCheck {
  /** Where it was stated: an offer claim, a product attribute in the offer, or an answer to a question. */
  readonly source: 'claim' | 'attribute' | 'answer';
  readonly attribute: string;
  readonly asserted: AttributeValue;
  /** The true value; null when the truth has none. */
  readonly actual: AttributeValue | null;
  /** true = verified, false = contradicted, null = cannot be verified. */
  readonly held: boolean | null;
  /** For claims citing evidence: whether it is a certification the product really holds. */
  readonly evidence?: { readonly reference: string; readonly genuine: boolean };
}

/** A claimed discount checked against the prices really charged. */
export interface DiscountCheck {
  readonly kind: Discount['kind'];
  readonly referencePrice: Money;
  /** The highest price the reference could honestly be (usual price or RRP, × quantity). */
  readonly honestCeiling: Money;
  readonly held: boolean;
}

/** What actually happened to an order, from the ground truth. */
export type DeliveryOutcome =
  | {
      readonly status: 'in-transit';
      readonly brandId: string;
      readonly orderId: string;
      readonly offerId: string;
      readonly sku: string;
      readonly expectedAt: string;
    }
  | {
      readonly status: 'delivered' | 'partial' | 'not-delivered';
      readonly brandId: string;
      readonly orderId: string;
      readonly offerId: string;
      readonly sku: string;
      readonly productId: string;
      readonly orderedQuantity: number;
      readonly deliveredQuantity: number;
      /** Delivery days of the accepted offer. */
      readonly promisedDeliveryDays: number;
      readonly actualDeliveryDays: number;
      readonly arrivedAt: string;
      readonly late: boolean;
      /** False when there is no fulfilment truth for this brand (delivery then follows the receipt). */
      readonly fulfilmentKnown: boolean;
      readonly charged: Money;
      readonly chargedAsOffered: boolean;
      readonly termsAsOffered: boolean;
      readonly claims: readonly ClaimCheck[];
      readonly discount?: DiscountCheck;
      /** True utility of the product (0..1), for welfare measurement. */
      readonly quality: number;
    };

/** What settling needs: the order's offer and receipt, the time, and optionally answers given and another truth. */
export interface SettleDeliveryInput {
  readonly brandId: string;
  readonly offer: Offer;
  readonly receipt: Receipt;
  readonly now: Date;
  /** Answers the brand gave about this offer; their claims are checked too. */
  readonly answers?: readonly Answer[];
  /** The truth to settle against (default: the demo market's; the open market is read only for its own products). */
  readonly truth?: MarketTruth;
}

function trueValue(product: ProductTruth, attribute: string): AttributeValue | undefined {
  // Feeds state the maker as the Merchant Center "brand" field.
  if (attribute === 'maker' || (attribute === 'brand' && product.attributes.brand === undefined)) return product.maker;
  if (attribute === 'category') return product.category;
  return product.attributes[attribute];
}

function holds(asserted: AttributeValue, actual: AttributeValue | undefined): boolean | null {
  if (actual === undefined) return null;
  if (typeof asserted === 'number' && typeof actual === 'number') {
    return Math.abs(asserted - actual) <= Math.max(NUMBER_TOLERANCE * Math.abs(actual), 1e-9);
  }
  if (typeof asserted === 'string' && typeof actual === 'string') return asserted.trim().toLowerCase() === actual.trim().toLowerCase();
  return asserted === actual;
}

function checkClaim(source: ClaimCheck['source'], claim: Claim, product: ProductTruth): ClaimCheck {
  const actual = trueValue(product, claim.attribute);
  const evidence = claim.evidence
    ? {
        reference: claim.evidence.reference,
        genuine: product.certifications.some((c) => c.attribute === claim.attribute && c.reference === claim.evidence?.reference),
      }
    : undefined;
  return {
    source,
    attribute: claim.attribute,
    asserted: claim.asserted,
    actual: actual ?? null,
    held: holds(claim.asserted, actual),
    ...(evidence ? { evidence } : {}),
  };
}

function checkDiscount(discount: Discount, offer: Offer, brandId: string, product: ProductTruth, truth: MarketTruth): DiscountCheck {
  const usual = truth.usualUnitPrice(brandId, product.productId);
  // A "was" or "member" reference must be a price the brand really charges; an RRP must be the maker's.
  const unit = discount.kind === 'recommended-retail-price' || !usual || usual.currency !== product.rrp.currency ? product.rrp : usual;
  const honestCeiling = { amountMinor: unit.amountMinor * offer.quantity, currency: unit.currency };
  const held =
    discount.referencePrice.currency === honestCeiling.currency && discount.referencePrice.amountMinor <= Math.ceil(honestCeiling.amountMinor * 1.01);
  return { kind: discount.kind, referencePrice: discount.referencePrice, honestCeiling, held };
}

function sameTerms(a: Offer['terms'], b: Offer['terms']): boolean {
  return a.deliveryDays === b.deliveryDays && a.returnDays === b.returnDays && a.warrantyMonths === b.warrantyMonths;
}

/**
 * Settles an order against the ground truth: when it arrives (true delivery days, never sooner than the receipt
 * says), how many units (true stock), and, per stated fact — offer claims, offer attributes, answers — whether it held.
 * Throws UNKNOWN_PRODUCT when the truth does not know the sku's product.
 */
export function settleDelivery(input: SettleDeliveryInput): DeliveryOutcome {
  const truth = input.truth ?? demoMarketTruthFor(input.receipt.sku);
  const { offer, receipt, brandId } = input;
  const productId = productIdOfSku(receipt.sku);
  const product = truth.product(productId);
  if (!product) throw new ReferenceMarketError('UNKNOWN_PRODUCT', `no ground truth for sku "${receipt.sku}"`);
  const fulfilment = truth.fulfilment(brandId, productId);
  const actualDeliveryDays = Math.max(fulfilment?.deliveryDays ?? receipt.terms.deliveryDays, receipt.terms.deliveryDays);
  const arrivedAt = new Date(Date.parse(receipt.placedAt) + actualDeliveryDays * DAY_MS).toISOString();
  const ids = { brandId, orderId: receipt.orderId, offerId: receipt.offerId, sku: receipt.sku };
  if (input.now.getTime() < Date.parse(arrivedAt)) return { status: 'in-transit', ...ids, expectedAt: arrivedAt };

  const deliveredQuantity = Math.min(receipt.quantity, fulfilment?.stock ?? receipt.quantity);
  const status = deliveredQuantity === 0 ? 'not-delivered' : deliveredQuantity < receipt.quantity ? 'partial' : 'delivered';
  const claims: ClaimCheck[] = [];
  if (deliveredQuantity > 0) {
    const claimed = new Set(offer.claims.map((c) => c.attribute));
    for (const claim of offer.claims) claims.push(checkClaim('claim', claim, product));
    for (const [attribute, asserted] of Object.entries(offer.product.attributes)) {
      if (!claimed.has(attribute)) claims.push(checkClaim('attribute', { attribute, asserted }, product));
    }
    for (const answer of input.answers ?? []) {
      for (const claim of answer.claims) claims.push(checkClaim('answer', claim, product));
    }
  }
  return {
    status,
    ...ids,
    productId,
    orderedQuantity: receipt.quantity,
    deliveredQuantity,
    promisedDeliveryDays: offer.terms.deliveryDays,
    actualDeliveryDays,
    arrivedAt,
    late: actualDeliveryDays > offer.terms.deliveryDays,
    fulfilmentKnown: fulfilment !== undefined,
    charged: receipt.charged,
    chargedAsOffered: receipt.charged.amountMinor === offer.price.amountMinor && receipt.charged.currency === offer.price.currency,
    termsAsOffered: sameTerms(receipt.terms, offer.terms),
    claims,
    ...(offer.discount ? { discount: checkDiscount(offer.discount, offer, brandId, product, truth) } : {}),
    quality: product.quality,
  };
}
