import { formatEstimate, type Offer } from '../../protocol/index.ts';
import type { EvidenceItem } from './evidence-item.ts';
import { HONESTY_WEIGHTS } from './honesty-weights.ts';
import type { PricePoint } from './offer-evidence.ts';
import { readPriceSummaries, summarisePastPrices, unitPrice, type PriceSummary } from './price-summary.ts';

/** A past price within this share of the reference counts as that price having been charged. */
const SAME_PRICE_TOLERANCE = 0.01;

/**
 * How far back a "was" price may have been asked: the EU's Omnibus rule (Directive 2019/2161, art. 6a of 98/6/EC) makes
 * the prior price the lowest of the 30 days before the reduction. A price asked once, longer ago, is no reference: without
 * the window a brand quoting an inflated price once could show the same "discount" from it for ever.
 */
export const REFERENCE_PRICE_WINDOW_MS = 30 * 86_400_000;

/**
 * Checks a claimed "was" price against this brand's own price history for the product, i.e. the prices it quoted
 * this person before: a reference it never asked, or one above the highest price it ever asked, is a fake discount.
 * Only past points count. A reference it did ask is consistent, not proved: the butler sees quotes, not sales, so a
 * price asked once and never paid by anyone passes (and the explanation says so). Only the last 30 days make it a
 * reference (`REFERENCE_PRICE_WINDOW_MS`): a price last asked before them is a fake discount when the brand quoted this
 * product since at other prices, unverifiable when it quoted nothing since; and as the Omnibus rule takes the LOWEST
 * price of them, a reference above a lower price asked in them is a fake discount too, unless that lower price was
 * itself shown as a reduction from the same "was" price (the sale running on, as the rule's progressive reductions). `summaries`, when given and when
 * none of their prices is later than `now`, are read instead of `history`: the same prices kept summarised by the
 * memory (`PriceSummary`), so a history that grows with every request is not read whole for every offer.
 */
export function checkReferencePrice(offer: Offer, history: readonly PricePoint[] | undefined, now: string, summaries?: readonly PriceSummary[]): EvidenceItem[] {
  const discount = offer.discount;
  if (!discount || discount.kind === 'member-price') return [];
  const currency = offer.price.currency;
  const reference = unitPrice({ price: discount.referencePrice, quantity: offer.quantity });
  const nowMs = Date.parse(now);
  const tolerance = Math.max(1, reference * SAME_PRICE_TOLERANCE);
  const past = summaries !== undefined && summaries.every((s) => !(s.latestMs > nowMs)) ? summaries : [summarisePastPrices(history ?? [], offer.product, nowMs)];
  const sinceMs = nowMs - REFERENCE_PRICE_WINDOW_MS;
  const { pastPrices, highest: max, charged, lastChargedMs, pricesSince, lowestSince } = readPriceSummaries(past, currency, reference, tolerance, sinceMs);
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
  if (lastChargedMs < sinceMs) {
    // Asked, but not in the 30 days before now (a time that did not parse is as old as can be).
    const lastAskedOn = Number.isFinite(lastChargedMs) ? new Date(lastChargedMs).toISOString().slice(0, 10) : undefined;
    const stale = { ...data, windowDays: REFERENCE_PRICE_WINDOW_MS / 86_400_000, pricesSince, ...(lastAskedOn === undefined ? {} : { lastAskedOn }) };
    const last = lastAskedOn === undefined ? '' : ` (last on ${lastAskedOn})`;
    if (pricesSince > 0) {
      return [{
        code: 'fake-reference-price',
        effect: 'undermines',
        impact: HONESTY_WEIGHTS.fakeReferencePrice,
        detail: `${claimed}, a price it has not asked in the last 30 days${last}, while it asked ${pricesSince} other price${pricesSince === 1 ? '' : 's'} in them`,
        data: stale,
      }];
    }
    return [{
      code: 'reference-price-unverifiable',
      effect: 'undermines',
      impact: HONESTY_WEIGHTS.unverifiableReferencePrice,
      detail: `${claimed}, a price it asked only more than 30 days ago${last}, and nothing in the last 30 days to check it against`,
      data: stale,
    }];
  }
  if (reference > lowestSince + tolerance) {
    // Asked in the window, but the prior price is the lowest of it: a price asked for a day between lower ones is no
    // reference (the sale running on, shown as a reduction from this same "was" price, does not lower it).
    return [{
      code: 'fake-reference-price',
      effect: 'undermines',
      impact: HONESTY_WEIGHTS.fakeReferencePrice,
      detail: `${claimed}, above the lowest price it asked in the last 30 days (${formatEstimate(lowestSince, currency)})`,
      data: { ...data, windowDays: REFERENCE_PRICE_WINDOW_MS / 86_400_000, lowestMinor: lowestSince },
    }];
  }
  return [{ code: 'reference-price-consistent', effect: 'supports', impact: 0, detail: `${claimed}, a price it asked before (quoted to you; whether anyone bought at it is unknown)`, data }];
}
