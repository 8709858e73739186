// mendleft39 finding 3: an offer of 1,000 units for the price of one was ranked (and could be bought) without a word
// to the person about how many it carries: nothing beside its price said so. The explanation now states the count and
// the total beside the price, for the offer's quantity and for a pack whose count the catalogue states.
import { describe, expect, it } from 'vitest';
import { explainRanking, rankOffers } from '../../agent/decision/index.ts';
import { shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound, trustOf } from './decision-fixtures.ts';

const NAMES = { trailco: 'Trailco', bulk: 'Bulk Co' };

/** Two shoe offers at one price: Trailco's pair, and Bulk Co's `quantity` units (of packs of `packCount`, when given). */
function round(quantity: number, packCount?: number) {
  const bulk = shoeOffer({ brandId: 'bulk', price: { amountMinor: 11_900, currency: 'EUR' }, quantity });
  const offers = [
    shoeOffer({ brandId: 'trailco', price: { amountMinor: 12_000, currency: 'EUR' } }),
    packCount === undefined ? bulk : { ...bulk, product: { ...bulk.product, attributes: { ...bulk.product.attributes, pack_count: packCount } } },
  ];
  return rankOffers(scoreRound(offers, { trust: { trailco: trustOf(0.8), bulk: trustOf(0.8) } }), { need: trailNeed(), honestyFloor: 0.35 });
}

const textOf = (ranking: ReturnType<typeof round>, brandId: string, language?: 'fr') => {
  const explanation = explainRanking(ranking, { brandNames: NAMES, quantity: 1, ...(language ? { language } : {}) });
  const offer = explanation.offers.find((o) => o.brandId === brandId)!;
  return { offer: offer.text };
};

describe('an offer carrying more items than the person asked for', () => {
  it('says how many, for what total, beside its price (offer and summary), in the turn’s language', () => {
    const ranking = round(1_000);
    const en = textOf(ranking, 'bulk');
    expect(en.offer).toContain('1,000 items for 119 EUR in all (you asked for 1)');
    const fr = textOf(ranking, 'bulk', 'fr');
    expect(fr.offer.replace(/[\u00a0\u202f]/g, ' ')).toContain('1 000 articles pour 119 € au total (vous en avez demandé 1)');
  });

  it('counts a pack whose count the catalogue states: one pack of 1,000 is 1,000 items', () => {
    expect(textOf(round(1, 1_000), 'bulk').offer).toContain('1,000 items for 119 EUR in all (you asked for 1)');
    expect(textOf(round(2, 6), 'bulk').offer).toContain('12 items for 119 EUR in all (you asked for 1)');
  });

  it('says nothing of the count when the offer carries what was asked', () => {
    const ranking = round(1);
    expect(textOf(ranking, 'bulk').offer).not.toMatch(/items for/);
    expect(textOf(ranking, 'trailco').offer).not.toMatch(/items for/);
  });
});
