import { describe, expect, it } from 'vitest';
import { marketVocabularyOf, understandNeedText, type Need } from '../../agent/need/index.ts';
import { createDemoBrand } from '../../brand-agent/demo-market/index.ts';
import { createStrategyBrand, groundTruthOf, loadDemoMarket } from '../../brand-agent/reference/index.ts';
import type { NeedBriefInput } from '../../protocol/index.ts';
import { DirectBrand } from '../reference/harness.ts';
import { butlerWith, testClock } from './harness.ts';

// "un aspirateur sans fil silencieux à moins de 200 €" once ranked Aspiro Direct first: a corded canister vacuum it
// called cordless and 43 dB. The lie was written into its offer's product data as well as its claims, so nothing
// contradicted it: no honest seller ever offers a corded vacuum for a cordless need (no GTIN cross-check), and a
// newcomer's word is as good as anyone's. The demo market's deceptive shops now keep the catalogue's product data
// and lie in their claims and pitch, as marketplace sellers do — and the butler's usual checks catch them. The honest
// shop's cordless vacuums under 200 € never came: it was not told the budget and sent its quietest, dearest ones.

const REQUEST = 'un aspirateur sans fil silencieux à moins de 200 €';

describe('the demo market’s deceptive vacuum shop', () => {
  it('is caught by its own product data and never ranked on a lie', async () => {
    const clock = testClock();
    const brands = ['aspiro-direct', 'maison-plus', 'flash-outlet'].map((id) => createDemoBrand(id, { clock: clock.now }));
    const h = await butlerWith({ brands, clock: clock.now });
    try {
      const market = marketVocabularyOf(h.butler.brands().map((c) => c.card));
      const understanding = understandNeedText(REQUEST, { now: clock.now(), defaultCurrency: 'EUR', market });
      expect(understanding.kind).toBe('need');
      const need = (understanding as { need: Need }).need;
      const result = await h.butler.shop(need);
      const all = [...result.ranking.ranked.map((r) => ({ offer: r.offer, scores: r.scores })), ...result.ranking.excluded.flatMap((x) => (x.offer && x.scores ? [{ offer: x.offer, scores: x.scores }] : []))];
      // Lies about what the person asked for (a listing's own misstated runtime, which nobody asked about, stays the
      // hard kind: in the product data, for other sellers of the GTIN or the delivery to expose).
      const asked = new Set([...need.hardConstraints.map((c) => c.attribute), ...need.softPreferences.map((p) => p.attribute)]);
      const lies = all.filter((r) => r.offer.claims.some((c) => {
        const truth = groundTruthOf(r.offer.product.sku)?.attributes[c.attribute];
        return asked.has(c.attribute) && truth !== undefined && truth !== c.asserted;
      }));
      expect(lies.length).toBeGreaterThan(0);
      for (const lie of lies) {
        expect(lie.scores.honesty.evidence.map((e) => e.code), lie.offer.product.title).toContain('claim-contradicts-product');
        expect(result.ranking.ranked.some((r) => r.offer.offerId === lie.offer.offerId), lie.offer.product.title).toBe(false);
      }
      for (const r of result.ranking.ranked) expect(r.offer.product.attributes.cordless).toBe(true);
      // The honest shop's cordless vacuums under 200 € reach the person: the first briefs (no budget: the default
      // disclosure keeps it private) drew only its quietest, dearest ones, so the butler asked again, cheapest first.
      expect(result.ranking.ranked.length).toBeGreaterThan(0);
      const best = result.ranking.ranked[0]!;
      expect(best.offer.brandId).toBe('maison-plus');
      expect(best.offer.price.amountMinor).toBeLessThanOrEqual(20_000);
      const briefs = h.memory.exchangesOf(result.requestId).filter((e) => e.kind === 'brief');
      // Each brand is asked under an id of its own: the follow-up is that id's cheaper round.
      expect(briefs.some((e) => e.kind === 'brief' && e.message.requestId.endsWith('.cheaper'))).toBe(true);
      for (const e of briefs) if (e.kind === 'brief') expect(e.message.budgetCeiling).toBeUndefined();
    } finally {
      await h.close();
    }
  });
});

describe('the deceptive strategy’s liesInProductData', () => {
  const roadOnly = () => loadDemoMarket().catalogOf('aspiro-direct').filter((e) => e.product.category === '619' && e.product.attributes.cordless === false);
  const brief: NeedBriefInput = {
    protocolVersion: '1.1',
    requestId: 'req-lies-1',
    buyerId: 'buyer-1',
    category: '619',
    hardConstraints: [{ attribute: 'cordless', op: 'eq', value: true }],
    softPreferences: [{ attribute: 'noise_db', direction: 'lower', weight: 0.7 }],
    quantity: 1,
    currency: 'EUR',
    shipToCountry: 'FR',
    maxOffers: 3,
    issuedAt: '2026-11-23T10:00:00.000Z',
  };

  async function firstOffer(params: Record<string, unknown>) {
    const liar = createStrategyBrand({ id: 'sim-liar', name: 'Sim Liar', strategy: 'deceptive', params, catalog: roadOnly(), categories: ['619'] });
    const response = await new DirectBrand(liar).request(brief);
    return response.offers[0]!;
  }

  it('by default writes the lie into the product data (only other sellers or the delivery can expose it)', async () => {
    const offer = await firstOffer({});
    expect(offer.product.attributes.cordless).toBe(true);
    expect(offer.claims).toContainEqual(expect.objectContaining({ attribute: 'cordless', asserted: true }));
  });

  it('when false keeps the catalogue’s product data and lies in the claims and the pitch', async () => {
    const offer = await firstOffer({ liesInProductData: false });
    expect(offer.product.attributes.cordless).toBe(false);
    expect(offer.claims).toContainEqual(expect.objectContaining({ attribute: 'cordless', asserted: true }));
    expect(offer.pitch).toMatch(/cordless/i);
  });
});
