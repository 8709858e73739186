import type { Money } from '../../protocol/index.ts';
import { sameProduct } from './offer-statements.ts';

/** A price quoted for a product (the shape of `PricePoint`, which the evidence carries). */
interface QuotedPoint {
  readonly sku: string;
  readonly gtin?: string | undefined;
  readonly price: Money;
  readonly quantity: number;
  readonly at: string;
}

/** The reference price per unit, so past prices for other quantities compare fairly. */
export function unitPrice(point: Pick<QuotedPoint, 'price' | 'quantity'>): number {
  return point.price.amountMinor / Math.max(1, point.quantity);
}

/** The prices of one currency: how many, and their distinct unit prices in ascending order. */
interface CurrencyPrices {
  count: number;
  readonly units: number[];
}

/** What a brand's past prices say about a reference price (`readPriceSummaries`). */
export interface PriceReferenceReading {
  /** How many past prices in the currency. */
  readonly pastPrices: number;
  /** The highest of them per unit (-Infinity when there is none). */
  readonly highest: number;
  /** Whether one of them is within `tolerance` of the reference, per unit. */
  readonly charged: boolean;
}

/**
 * A brand's quoted prices for a product, summarised for checking a claimed reference price: per currency, how many
 * prices and their distinct unit prices in order, and the latest time among them. Prices are added one at a time, so
 * a memory can keep one summary up to date as quotes arrive instead of the check reading the whole history (which
 * grows with every request) for every discounted offer.
 */
export class PriceSummary {
  private readonly byCurrency = new Map<string, CurrencyPrices>();
  /** The latest time of a price added, in ms (-Infinity when none; a time that does not parse is not counted). */
  latestMs = Number.NEGATIVE_INFINITY;

  /** Adds one price point; `atMs` is `Date.parse(point.at)` when the caller has it. */
  add(point: Pick<QuotedPoint, 'price' | 'quantity' | 'at'>, atMs: number = Date.parse(point.at)): void {
    if (atMs > this.latestMs) this.latestMs = atMs;
    let prices = this.byCurrency.get(point.price.currency);
    if (prices === undefined) this.byCurrency.set(point.price.currency, (prices = { count: 0, units: [] }));
    prices.count++;
    const unit = unitPrice(point);
    const units = prices.units;
    const at = lowerBound(units, unit);
    if (units[at] !== unit) units.splice(at, 0, unit);
  }

  /** The prices of one currency, if any. */
  prices(currency: string): { readonly count: number; readonly units: readonly number[] } | undefined {
    return this.byCurrency.get(currency);
  }
}

/** The first position in an ascending list whose value is not below `value`. */
function lowerBound(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The past prices of a product in a history list (same sku or same GTIN, at or before `nowMs`) as one summary: what a
 * memory that keeps no summary hands over is read through this. A time that does not parse counts as past.
 */
export function summarisePastPrices(history: readonly QuotedPoint[], product: { sku: string; gtin?: string | undefined }, nowMs: number): PriceSummary {
  const summary = new PriceSummary();
  // Prices quoted in one request share one timestamp and come together: parse each run once.
  let lastAt: string | undefined;
  let lastMs = Number.NaN;
  for (const p of history) {
    if (!sameProduct(p, product)) continue;
    if (p.at !== lastAt) {
      lastAt = p.at;
      lastMs = Date.parse(p.at);
    }
    if (lastMs > nowMs) continue;
    summary.add(p, lastMs);
  }
  return summary;
}

/**
 * What several summaries (of disjoint price points) say together about a reference unit price in one currency: how
 * many prices, the highest, and whether one is within `tolerance` of it (|unit − reference| ≤ tolerance, as computed).
 */
export function readPriceSummaries(summaries: readonly PriceSummary[], currency: string, reference: number, tolerance: number): PriceReferenceReading {
  let pastPrices = 0;
  let highest = Number.NEGATIVE_INFINITY;
  let charged = false;
  for (const summary of summaries) {
    const prices = summary.prices(currency);
    if (prices === undefined || prices.count === 0) continue;
    pastPrices += prices.count;
    const units = prices.units;
    if (units[units.length - 1]! > highest) highest = units[units.length - 1]!;
    // |unit − reference| only grows away from the reference on either side (rounding is monotone), so the nearest
    // unit price below it and the nearest above are the only ones to test.
    if (!charged) {
      const at = lowerBound(units, reference);
      if (at < units.length && Math.abs(units[at]! - reference) <= tolerance) charged = true;
      else if (at > 0 && Math.abs(units[at - 1]! - reference) <= tolerance) charged = true;
    }
  }
  return { pastPrices, highest, charged };
}
