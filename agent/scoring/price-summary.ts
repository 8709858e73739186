import type { Money } from '../../protocol/index.ts';
import { sameProduct } from './offer-statements.ts';

/** A price quoted for a product (the shape of `PricePoint`, which the evidence carries). */
interface QuotedPoint {
  readonly sku: string;
  readonly gtin?: string | undefined;
  readonly price: Money;
  readonly quantity: number;
  readonly at: string;
  readonly wasPrice?: Money | undefined;
}

/** The reference price per unit, so past prices for other quantities compare fairly. */
export function unitPrice(point: Pick<QuotedPoint, 'price' | 'quantity'>): number {
  return point.price.amountMinor / Math.max(1, point.quantity);
}

/** One unit price asked with one "was" unit price (none: shown as no reduction), and when that was last asked. */
interface AskedPrice {
  readonly unit: number;
  readonly was: number | undefined;
  lastAsked: number;
}

/** The prices of one currency: how many, their distinct unit prices in ascending order, and when each was last asked. */
interface CurrencyPrices {
  count: number;
  readonly units: number[];
  /** The latest time (ms) each of `units` was asked, in the same order. */
  readonly lastAsked: number[];
  /** The same prices by unit price and the "was" unit price shown with it (the key: both). */
  readonly asked: Map<string, AskedPrice>;
}

/** What a brand's past prices say about a reference price (`readPriceSummaries`). */
export interface PriceReferenceReading {
  /** How many past prices in the currency. */
  readonly pastPrices: number;
  /** The highest of them per unit (-Infinity when there is none). */
  readonly highest: number;
  /** Whether one of them is within `tolerance` of the reference, per unit. */
  readonly charged: boolean;
  /** The latest time (ms) a price within `tolerance` of the reference was asked (-Infinity when none was). */
  readonly lastChargedMs: number;
  /** How many distinct unit prices were asked at or after `sinceMs` (0 when no `sinceMs` is given). */
  readonly pricesSince: number;
  /**
   * The lowest unit price asked at or after `sinceMs` and not shown as a reduction from the reference (with a "was"
   * price within `tolerance` of it: the sale running on), the prior price the Omnibus rule reads (Infinity when none).
   */
  readonly lowestSince: number;
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
  add(point: Pick<QuotedPoint, 'price' | 'quantity' | 'at' | 'wasPrice'>, atMs: number = Date.parse(point.at)): void {
    if (atMs > this.latestMs) this.latestMs = atMs;
    let prices = this.byCurrency.get(point.price.currency);
    if (prices === undefined) this.byCurrency.set(point.price.currency, (prices = { count: 0, units: [], lastAsked: [], asked: new Map() }));
    prices.count++;
    const unit = unitPrice(point);
    const units = prices.units;
    const at = lowerBound(units, unit);
    // A time that does not parse counts as past, as in `summarisePastPrices` (never as recent).
    const asked = Number.isNaN(atMs) ? Number.NEGATIVE_INFINITY : atMs;
    if (units[at] !== unit) {
      units.splice(at, 0, unit);
      prices.lastAsked.splice(at, 0, asked);
    } else if (asked > prices.lastAsked[at]!) prices.lastAsked[at] = asked;
    const was = point.wasPrice !== undefined && point.wasPrice.currency === point.price.currency ? unitPrice({ price: point.wasPrice, quantity: point.quantity }) : undefined;
    const key = `${unit}\u0000${was ?? ''}`;
    const seen = prices.asked.get(key);
    if (seen === undefined) prices.asked.set(key, { unit, was, lastAsked: asked });
    else if (asked > seen.lastAsked) seen.lastAsked = asked;
  }

  /** The prices of one currency, if any. */
  prices(currency: string): { readonly count: number; readonly units: readonly number[]; readonly lastAsked: readonly number[]; readonly asked: ReadonlyMap<string, Readonly<AskedPrice>> } | undefined {
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
 * many prices, the highest, whether one is within `tolerance` of it (|unit − reference| ≤ tolerance, as computed) and
 * when such a price was last asked, how many distinct prices were asked at or after `sinceMs` (when given), and the
 * lowest of them not shown as a reduction from the reference.
 */
export function readPriceSummaries(summaries: readonly PriceSummary[], currency: string, reference: number, tolerance: number, sinceMs?: number): PriceReferenceReading {
  let pastPrices = 0;
  let highest = Number.NEGATIVE_INFINITY;
  let charged = false;
  let lastChargedMs = Number.NEGATIVE_INFINITY;
  let pricesSince = 0;
  let lowestSince = Number.POSITIVE_INFINITY;
  for (const summary of summaries) {
    const prices = summary.prices(currency);
    if (prices === undefined || prices.count === 0) continue;
    pastPrices += prices.count;
    const { units, lastAsked } = prices;
    if (units[units.length - 1]! > highest) highest = units[units.length - 1]!;
    // |unit − reference| only grows away from the reference on either side (rounding is monotone), so the unit prices
    // within the tolerance are the runs on either side of where the reference would sit.
    const at = lowerBound(units, reference);
    for (let i = at; i < units.length && Math.abs(units[i]! - reference) <= tolerance; i++) {
      charged = true;
      if (lastAsked[i]! > lastChargedMs) lastChargedMs = lastAsked[i]!;
    }
    for (let i = at - 1; i >= 0 && Math.abs(units[i]! - reference) <= tolerance; i--) {
      charged = true;
      if (lastAsked[i]! > lastChargedMs) lastChargedMs = lastAsked[i]!;
    }
    if (sinceMs === undefined) continue;
    for (const t of lastAsked) if (t >= sinceMs) pricesSince++;
    for (const p of prices.asked.values()) {
      if (p.lastAsked < sinceMs || p.unit >= lowestSince) continue;
      if (p.was !== undefined && Math.abs(p.was - reference) <= tolerance) continue;
      lowestSince = p.unit;
    }
  }
  return { pastPrices, highest, charged, lastChargedMs, pricesSince, lowestSince };
}
