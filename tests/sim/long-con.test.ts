import { describe, expect, it } from 'vitest';
import { isBigDeal, productIdOfSku, type LongConParams } from '../../brand-agent/reference/index.ts';
import type { CatalogEntry } from '../../brand-agent/index.ts';
import { PROTOCOL_VERSION, canonicalCategoryId, hashOfferTerms, type NeedBriefInput, type Offer } from '../../protocol/index.ts';
import { buildMarket, loadScenario, readScenarioInput, resolveScenarioPath, runStudy, stableJson, type BrandSlot, type Market } from '../../sim/index.ts';
import { DirectBrand, NOW } from '../reference/harness.ts';
import { isDeceiving } from '../../sim/market/defection.ts';

const market = buildMarket(loadScenario('07-long-con').scenario);
const longCons = market.slots.filter((s) => s.strategy === 'long-con');

function entriesIn(slot: BrandSlot, category: string): readonly CatalogEntry[] {
  return slot.catalog.filter((e) => canonicalCategoryId(e.product.category) === canonicalCategoryId(category));
}

/** A yes/no attribute no listing of the brand in this category has, asked for as a hard constraint (a lie's opening). */
function missingYes(slot: BrandSlot, category: string): string | undefined {
  const entries = entriesIn(slot, category);
  const booleans = new Set(entries.flatMap((e) => Object.entries(e.product.attributes).filter(([, v]) => typeof v === 'boolean').map(([a]) => a)));
  return [...booleans].sort().find((a) => entries.every((e) => e.product.attributes[a] === false));
}

function brief(requestId: string, category: string, attribute?: string): NeedBriefInput {
  return {
    protocolVersion: PROTOCOL_VERSION,
    requestId,
    buyerId: 'buyer-1',
    quantity: 1,
    currency: 'EUR',
    issuedAt: '2026-01-12T08:59:00.000Z',
    category,
    hardConstraints: attribute === undefined ? [] : [{ attribute, op: 'eq', value: true }],
    softPreferences: [],
  };
}

/** Statements of an offer (claims and product data) that the market's ground truth contradicts. */
function falseStatements(m: Market, offer: Offer): string[] {
  const truth = m.truth.product(productIdOfSku(offer.product.sku));
  if (!truth) throw new Error(`no truth for ${offer.product.sku}`);
  const out: string[] = [];
  for (const c of offer.claims) if (truth.attributes[c.attribute] !== undefined && truth.attributes[c.attribute] !== c.asserted) out.push(c.attribute);
  for (const [a, v] of Object.entries(offer.product.attributes)) if (truth.attributes[a] !== undefined && truth.attributes[a] !== v) out.push(a);
  return out;
}

const params = { bigStakeRatio: 1 } as Pick<LongConParams, 'bigStakeRatio'>;

describe('long-con: honest on small deals, a cheat on big ones (07-long-con, its seed)', () => {
  it('a deal is big when its stake passes the brand’s usual one: a bicycle or a laptop from a coffee seller, not its coffee', () => {
    expect(longCons.length).toBeGreaterThan(0);
    let mixed = 0;
    for (const slot of longCons) {
      const coffee = slot.categories.includes('coffee');
      const dear = slot.categories.filter((c) => c === '1026' || c === '328');
      if (coffee) expect(isBigDeal(slot.catalog, 'coffee', 1, params)).toBe(false);
      if (coffee && dear.length > 0) {
        mixed += 1;
        for (const c of dear) expect(isBigDeal(slot.catalog, c, 1, params)).toBe(true);
      }
      // Several units of the cheapest category make a big deal too; a category it does not sell never does.
      const levels = slot.categories.map((c) => entriesIn(slot, c).map((e) => e.price.amountMinor).sort((a, b) => a - b)[0]!);
      const cheapest = slot.categories[levels.indexOf(Math.min(...levels))]!;
      expect(isBigDeal(slot.catalog, cheapest, 1000, params)).toBe(true);
      expect(isBigDeal(slot.catalog, 'headphones', 1000, params)).toBe(false);
    }
    expect(mixed).toBeGreaterThan(0);
  });

  it('its money counts as paid while deceiving on big deals only', () => {
    const slot = longCons.find((s) => s.categories.includes('coffee') && s.categories.some((c) => c === '1026' || c === '328'))!;
    const dear = slot.categories.find((c) => c === '1026' || c === '328')!;
    expect(isDeceiving(slot, NOW, { category: 'coffee', quantity: 1 })).toBe(false);
    expect(isDeceiving(slot, NOW, { category: dear, quantity: 1 })).toBe(true);
  });

  it('on a small deal it tells the truth and declines what it does not list; on a big one it claims what the need asks for and the product lacks, its only lie (07 runs the subtle con: no was-price, no inflated numbers, receipts as offered)', async () => {
    let checkedSmall = 0;
    let checkedBig = 0;
    let askedSmall = 0;
    let askedBig = 0;
    for (const slot of longCons) {
      for (const category of slot.categories) {
        const big = isBigDeal(slot.catalog, category, 1, params);
        const brand = new DirectBrand(market.definitionOf(slot, 0, () => NOW), NOW);
        const any = await brand.request(brief(`req-${slot.slot}-${category}-any`, category));
        expect(any.offers.length, `${slot.baseId} ${category}`).toBeGreaterThan(0);
        const offer = any.offers[0] as Offer;
        const receipt = await brand.order(offer, { maxAmount: { amountMinor: offer.price.amountMinor * 2, currency: 'EUR' } });
        const wanted = missingYes(slot, category);
        const asked = wanted === undefined ? undefined : await brand.request(brief(`req-${slot.slot}-${category}-${wanted}`, category, wanted));
        // Its one lie is about what the need asks for: whatever the deal, the receipt is as offered, and an offer
        // for a need that asks for nothing carries no false statement, no inflated number and no "was" price.
        expect(receipt.termsHash).toBe(hashOfferTerms(offer));
        expect(receipt.charged).toEqual(offer.price);
        for (const o of any.offers) {
          expect(falseStatements(market, o)).toEqual([]);
          expect(o.discount).toBeUndefined();
        }
        if (big) {
          checkedBig += 1;
          if (asked !== undefined) {
            askedBig += 1;
            // It claims the asked-for attribute the product lacks.
            expect(asked.outcome).toBe('offers');
            expect(asked.offers.some((o) => falseStatements(market, o).includes(wanted!))).toBe(true);
          }
        } else {
          checkedSmall += 1;
          // Nothing it lists has the asked-for attribute: an honest seller declines.
          if (asked !== undefined) {
            askedSmall += 1;
            expect(asked.outcome).toBe('decline');
          }
        }
      }
    }
    expect(checkedSmall).toBeGreaterThan(0);
    expect(checkedBig).toBeGreaterThan(0);
    expect(askedSmall).toBeGreaterThan(0);
    expect(askedBig).toBeGreaterThan(0);
  });
});

describe('07-long-con runs deterministically', () => {
  const run = () =>
    runStudy(
      { raw: readScenarioInput(resolveScenarioPath('07-long-con')), source: '07-long-con', overrides: [{ path: 'consumers.count', value: 4 }, { path: 'rounds', value: 4 }] },
      { mode: 'fast', workers: 1, events: true },
    );

  it('the same seed gives identical metrics', async () => {
    const [one, two] = [await run(), await run()];
    expect(stableJson(one.variants[0]!.metrics)).toBe(stableJson(two.variants[0]!.metrics));
    expect(one.variants[0]!.metrics.policies.naive?.purchases ?? 0).toBeGreaterThan(0);
  }, 300_000);
});
