// review39b (HIGH): an offer that is exactly the pack the person asked for ("a pack of 6 …", stored as pack_size eq 6
// with quantity 1) was described as "6 items … (you asked for 1)": the note counted the offer's items (quantity × pack)
// but compared them with the need's quantity, which counts packs. What was asked is now counted the same way.
import { describe, expect, it } from 'vitest';
import { explainRanking, itemsAsked, rankOffers } from '../../agent/decision/index.ts';
import { shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound, trustOf } from './decision-fixtures.ts';

function explained(asked: { quantity: number; pack: number }, offered: { quantity: number; pack: number }): string {
  const need = trailNeed({ quantity: asked.quantity, hardConstraints: [...trailNeed().hardConstraints, { attribute: 'pack_size', op: 'eq', value: asked.pack }] });
  const base = shoeOffer({ brandId: 'bulk', quantity: offered.quantity });
  const offer = { ...base, product: { ...base.product, attributes: { ...base.product.attributes, pack_size: offered.pack } } };
  const ranking = rankOffers(scoreRound([offer], { need, trust: { bulk: trustOf(0.8) } }), { need, honestyFloor: 0.35 });
  expect(ranking.ranked).toHaveLength(1);
  return explainRanking(ranking, { brandNames: { bulk: 'Bulk' }, quantity: itemsAsked(need) }).offers[0]!.text;
}

describe('what the person asked for is counted in items, as an offer is', () => {
  it('a pack of 6 asked and offered, or two packs of 6 asked and offered: no "more than asked" note', () => {
    expect(explained({ quantity: 1, pack: 6 }, { quantity: 1, pack: 6 })).not.toMatch(/you asked for/);
    expect(explained({ quantity: 2, pack: 6 }, { quantity: 2, pack: 6 })).not.toMatch(/you asked for/);
  });

  it('more packs than asked still say so, counting items on both sides', () => {
    expect(explained({ quantity: 1, pack: 6 }, { quantity: 2, pack: 6 })).toMatch(/12 items for .* in all \(you asked for 6\)/);
  });

  it('itemsAsked: quantity times a stated pack count; a need by weight or with no pack counts its quantity', () => {
    expect(itemsAsked({ category: 'socks', quantity: 2, hardConstraints: [{ attribute: 'pack_count', op: 'gte', value: 3 }] })).toBe(6);
    expect(itemsAsked({ category: 'coffee', quantity: 2, hardConstraints: [{ attribute: 'net_weight_g', op: 'eq', value: 1000 }] })).toBe(2);
    expect(itemsAsked({ category: 'kettles', quantity: 3, hardConstraints: [] })).toBe(3);
    expect(itemsAsked({ category: 'kettles', hardConstraints: [] })).toBe(1);
  });
});
