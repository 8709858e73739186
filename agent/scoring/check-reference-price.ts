import { formatEstimate, type Money, type Offer } from '../../protocol/index.ts';
import type { EvidenceItem } from './evidence-item.ts';
import { HONESTY_WEIGHTS } from './honesty-weights.ts';
import type { PricePoint } from './offer-evidence.ts';
import { sameProduct } from './offer-statements.ts';

/** A past price within this share of the reference counts as that price having been charged. */
const SAME_PRICE_TOLERANCE = 0.01;

/** The reference price per unit, so past prices for other quantities compare fairly. */
function perUnit(price: Money, quantity: number): number {
  return price.amountMinor / Math.max(1, quantity);
}

/**
 * Checks a claimed "was" price against this brand's own price history for the product, i.e. the prices it quoted
 * this person before: a reference it never asked, or one above the highest price it ever asked, is a fake discount.
 * Only past points count. A reference it did ask is consistent, not proved: the butler sees quotes, not sales, so a
 * price asked once and never paid by anyone passes (and the explanation says so).
 */
export function checkReferencePrice(offer: Offer, history: readonly PricePoint[] | undefined, now: string): EvidenceItem[] {
  const discount = offer.discount;
  if (!discount || discount.kind === 'member-price') return [];
  const currency = offer.price.currency;
  const reference = perUnit(discount.referencePrice, offer.quantity);
  const nowMs = Date.parse(now);
  const tolerance = Math.max(1, reference * SAME_PRICE_TOLERANCE);
  // One pass over the history (it grows with every request): how many past prices, the highest, and whether the
  // reference was one of them. Prices quoted in one request share one timestamp and come together: parse each run once.
  let lastAt: string | undefined;
  let lastMs = NaN;
  let pastPrices = 0;
  let max = -Infinity;
  let charged = false;
  for (const p of history ?? []) {
    if (p.price.currency !== currency || !sameProduct(p, offer.product)) continue;
    if (p.at !== lastAt) {
      lastAt = p.at;
      lastMs = Date.parse(p.at);
    }
    if (lastMs > nowMs) continue;
    pastPrices++;
    const unit = perUnit(p.price, p.quantity);
    if (unit > max) max = unit;
    if (Math.abs(unit - reference) <= tolerance) charged = true;
  }
  const claimed = `claims a ${discount.kind} of ${formatEstimate(reference, currency)} per unit`;
  const data = { referenceKind: discount.kind, referenceMinor: reference, currency, pastPrices };
  if (discount.kind === 'recommended-retail-price') {
    // The maker's price, not the seller's: its own price history cannot check it, and it is a different statement from
    // a "was" price, so the person's deliveries learn its weight apart (agent/scoring LEARNABLE_FINDINGS).
    return [{
      code: 'rrp-unverifiable',
      effect: 'undermines',
      impact: HONESTY_WEIGHTS.unverifiableReferencePrice,
      detail: `${claimed}; the maker's price cannot be checked here`,
      data,
    }];
  }
  if (pastPrices === 0) {
    return [{
      code: 'reference-price-unverifiable',
      effect: 'undermines',
      impact: HONESTY_WEIGHTS.unverifiableReferencePrice,
      detail: `${claimed}; there is no price history to check it against`,
      data,
    }];
  }
  if (reference > max + tolerance) {
    return [{
      code: 'fake-reference-price',
      effect: 'undermines',
      impact: HONESTY_WEIGHTS.fakeReferencePrice,
      detail: `${claimed}, above the highest price it ever asked (${formatEstimate(max, currency)} over ${pastPrices} past prices)`,
      data: { ...data, highestMinor: max },
    }];
  }
  if (!charged) {
    return [{
      code: 'fake-reference-price',
      effect: 'undermines',
      impact: HONESTY_WEIGHTS.fakeReferencePrice,
      detail: `${claimed}, a price it never asked in ${pastPrices} past prices`,
      data,
    }];
  }
  return [{ code: 'reference-price-consistent', effect: 'supports', impact: 0, detail: `${claimed}, a price it asked before (quoted to you; whether anyone bought at it is unknown)`, data }];
}
