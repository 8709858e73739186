import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InMemoryButlerMemory } from '../../agent/butler/index.ts';
import { gatherEvidence } from '../../agent/butler/gather-evidence.ts';
import { scoreHonesty, type PricePoint } from '../../agent/scoring/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { evidenceFor, NOW, shoeOffer } from '../scoring/scoring-fixtures.ts';

/**
 * What the reference-price check concludes, written as the plain scan it used to be: the brand's past prices of the
 * product (same sku or GTIN, same currency, not later than now), per unit; how many, the highest, whether one is
 * within the tolerance of the reference, and the lowest asked in the window not shown as a reduction from it.
 */
function scanned(history: readonly PricePoint[], offer: Offer, now: string): { pastPrices: number; highest: number; charged: boolean; chargedRecently: boolean; askedRecently: boolean; lowestRecent: number } {
  const reference = offer.discount!.referencePrice.amountMinor / Math.max(1, offer.quantity);
  const tolerance = Math.max(1, reference * 0.01);
  const since = Date.parse(now) - 30 * 86_400_000;
  let pastPrices = 0;
  let highest = Number.NEGATIVE_INFINITY;
  let charged = false;
  let chargedRecently = false;
  let askedRecently = false;
  let lowestRecent = Number.POSITIVE_INFINITY;
  for (const p of history) {
    const same = p.sku === offer.product.sku || (p.gtin !== undefined && p.gtin === offer.product.gtin);
    if (!same || p.price.currency !== offer.price.currency || Date.parse(p.at) > Date.parse(now)) continue;
    pastPrices++;
    const unit = p.price.amountMinor / Math.max(1, p.quantity);
    highest = Math.max(highest, unit);
    const recent = Date.parse(p.at) >= since;
    if (recent) askedRecently = true;
    const wasUnit = p.wasPrice === undefined ? undefined : p.wasPrice.amountMinor / Math.max(1, p.quantity);
    if (recent && !(wasUnit !== undefined && Math.abs(wasUnit - reference) <= tolerance)) lowestRecent = Math.min(lowestRecent, unit);
    if (Math.abs(unit - reference) <= tolerance) {
      charged = true;
      if (recent) chargedRecently = true;
    }
  }
  return { pastPrices, highest, charged, chargedRecently, askedRecently, lowestRecent };
}

/** Day `n` (from 2026-11-01) at 10:00 UTC: requests a week apart span more than the 30-day window. */
const dayAt = (n: number) => new Date(Date.parse('2026-11-01T10:00:00.000Z') + n * 86_400_000).toISOString();

const referenceFindings = (offer: Offer, extras: Parameters<typeof evidenceFor>[1]) =>
  scoreHonesty(evidenceFor(offer, extras)).evidence.filter((e) => e.code.includes('reference-price') || e.code === 'rrp-unverifiable');

const quote = fc.record({
  sku: fc.constantFrom('s1', 's2'),
  gtin: fc.constantFrom(undefined, '', 'g1', 'g2'),
  amount: fc.integer({ min: 900, max: 1_100 }),
  quantity: fc.integer({ min: 1, max: 3 }),
  currency: fc.constantFrom('EUR', 'EUR', 'USD'),
  /** The "was" unit price the quote showed (none: no discount). */
  was: fc.constantFrom(undefined, undefined, 1_000, 1_150, 1_200),
});

describe('PriceSummary: the memory keeps each brand’s prices summarised for the reference-price check', () => {
  it('finds what reading the whole history finds, on random histories (sku or GTIN, currencies, quantities, times before and after now, inside and outside the 30-day window)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(quote, { maxLength: 5 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 9 }),
        fc.record({ sku: fc.constantFrom('s1', 's3'), gtin: fc.constantFrom(undefined, '', 'g1'), reference: fc.integer({ min: 850, max: 1_200 }), quantity: fc.integer({ min: 1, max: 3 }), currency: fc.constantFrom('EUR', 'USD') }),
        (requests, nowDay, ask) => {
          const memory = new InMemoryButlerMemory({ secret: 'test' });
          let n = 0;
          requests.forEach((request, r) => {
            const offers = request.map(
              (q) =>
                ({
                  offerId: `o${n++}`,
                  brandId: 'b',
                  quantity: q.quantity,
                  price: { amountMinor: q.amount * q.quantity, currency: q.currency },
                  product: { sku: q.sku, gtin: q.gtin },
                  ...(q.was === undefined ? {} : { discount: { kind: 'was-price', referencePrice: { amountMinor: q.was * q.quantity, currency: q.currency } } }),
                }) as unknown as Offer,
            );
            memory.recordOffers(offers, dayAt(7 * r));
          });
          const now = dayAt(7 * nowDay);
          const offer = shoeOffer({
            brandId: 'b',
            quantity: ask.quantity,
            price: { amountMinor: 900 * ask.quantity, currency: ask.currency },
            discount: { kind: 'was-price', referencePrice: { amountMinor: ask.reference * ask.quantity, currency: ask.currency } },
            product: { sku: ask.sku, gtin: ask.gtin },
          });
          const history = memory.priceHistory('b', offer.product);
          const summaries = memory.priceSummaries('b', offer.product);
          const fromList = referenceFindings(offer, { now, priceHistory: history });
          // The summaries are read only when none of their prices is later than now (else the list is).
          const fromSummaries = referenceFindings(offer, { now, priceHistory: [], priceSummaries: summaries });
          const future = summaries.some((s) => s.latestMs > Date.parse(now));
          expect(fromSummaries).toEqual(future ? referenceFindings(offer, { now, priceHistory: [] }) : fromList);
          // Both say what the plain scan says.
          const expected = scanned(history, offer, now);
          const finding = fromList[0]!;
          expect(finding.data).toMatchObject({ pastPrices: expected.pastPrices });
          if (expected.pastPrices > 0) {
            const tolerance = Math.max(1, ask.reference * 0.01);
            const fake =
              ask.reference > expected.highest + tolerance ||
              !expected.charged ||
              (!expected.chargedRecently && expected.askedRecently) ||
              (expected.chargedRecently && ask.reference > expected.lowestRecent + tolerance);
            const code = fake ? 'fake-reference-price' : expected.chargedRecently ? 'reference-price-consistent' : 'reference-price-unverifiable';
            expect(finding.code).toBe(code);
          } else expect(finding.code).toBe('reference-price-unverifiable');
        },
      ),
      { numRuns: 400, seed: 26 },
    );
  });

  it('is what the butler hands the check, and the list when a price is later than now (a clock set back)', () => {
    const memory = new InMemoryButlerMemory({ secret: 'test' });
    const offer = shoeOffer({ brandId: 'b', discount: { kind: 'was-price', referencePrice: { amountMinor: 13_900, currency: 'EUR' } } });
    memory.recordOffers([{ ...offer, offerId: 'old', price: { amountMinor: 13_900, currency: 'EUR' } }], '2026-11-01T00:00:00.000Z');
    const gather = (now: string) =>
      gatherEvidence({
        need: evidenceFor(offer).need!,
        now: new Date(now),
        rounds: [{ brandId: 'b', offers: [offer], negotiated: [], declines: [] }],
        priceHistory: (brandId, product) => memory.priceHistory(brandId, product),
        priceSummaries: (brandId, product) => memory.priceSummaries(brandId, product),
        pastOutcomes: () => [],
        trust: () => undefined,
      })[0]!;
    const current = gather(NOW);
    expect(current.priceSummaries).toHaveLength(1);
    expect(current.priceHistory).toEqual([]);
    expect(referenceFindings(offer, current).map((e) => e.code)).toEqual(['reference-price-consistent']);
    const setBack = gather('2026-10-01T00:00:00.000Z');
    expect(setBack.priceSummaries).toBeUndefined();
    expect(setBack.priceHistory).toHaveLength(1);
    expect(referenceFindings(offer, setBack).map((e) => e.code)).toEqual(['reference-price-unverifiable']);
  });
});
