// Red team 36: a value the person ruled out, left unstated. An attribute an offer does not state met every "not …"
// requirement (`neq`, `not-in`: a missing value never contradicts it), so Sly sold its JBL Tune 770NC in black, titled
// "JBL Tune 770NC headphones with noise cancelling, black", to a person who asked for "not JBL, not black" by leaving out
// its maker (optional in the protocol), writing it among the attributes only (where the maker was not read), or leaving
// out its colour: ranked first and bought on main. The product's own title is now read in the silence of its data (what
// the product states still decides when it states it), and a maker stated among the attributes is its maker.
import { afterEach, describe, expect, it } from 'vitest';
import type { HardConstraint, Product } from '../../protocol/index.ts';
import { butlerBesideTrailco, clock, need, slyConnection, slyOffer, slyProduct, slyReceipt } from './sly-market.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

const notJbl: HardConstraint = { attribute: 'maker', op: 'not-in', value: ['JBL'] };
const notBlack: HardConstraint = { attribute: 'color', op: 'neq', value: 'black' };
const notSony: HardConstraint = { attribute: 'maker', op: 'not-in', value: ['Sony'] };

const { maker: _maker, ...withoutMaker } = slyProduct.product;
const { color: _color, ...attributesWithoutColor } = slyProduct.product.attributes;

/** Sly offers `product` at 90 EUR to a person whose need adds `constraint`; what is ranked, and what buying it does. */
async function slySelling(product: Product, constraint: HardConstraint) {
  let ordersAtSly = 0;
  const h = await butlerBesideTrailco(
    slyConnection({
      requestOffers: (brief) => ({ requestId: brief.requestId, outcome: 'offers', offers: [slyOffer(`o-${brief.requestId}`, brief.requestId, { product })] }),
      placeOrder: (order) => {
        ordersAtSly += 1;
        return slyReceipt(order, `sly-order-${ordersAtSly}`);
      },
    }),
  );
  close = h.close;
  const result = await h.butler.shop({ ...need, hardConstraints: [...need.hardConstraints, constraint] });
  clock.advanceDays(1);
  const ranked = result.ranking.ranked.find((r) => r.brandId === 'sly');
  const excluded = result.ranking.excluded.find((r) => r.offer.brandId === 'sly');
  const offerId = ranked?.offerId ?? excluded?.offer.offerId;
  if (offerId === undefined) throw new Error('Sly made no offer');
  const bought = await h.buy(offerId);
  return { ranked, excluded, bought, ordersAtSly: () => ordersAtSly };
}

describe('a value the person ruled out, left unstated', () => {
  const attacks: Array<[string, Product, HardConstraint]> = [
    ['the maker left out, its title "JBL …"', withoutMaker, notJbl],
    ['the maker written among the attributes only', { ...withoutMaker, attributes: { ...slyProduct.product.attributes, maker: 'JBL' } }, notJbl],
    ['the colour left out, its title "…, black"', { ...slyProduct.product, attributes: attributesWithoutColor }, notBlack],
  ];
  for (const [name, product, constraint] of attacks) {
    it(`(fixed) ${name}: excluded and cannot be bought (on main: ranked first and bought)`, async () => {
      const sly = await slySelling(product, constraint);
      expect(sly.ranked).toBeUndefined();
      expect(sly.excluded?.reasons.map((r) => r.code)).toContain('hard-constraint');
      expect(sly.bought.kind).toBe('excluded-by-ranking');
      expect(sly.ordersAtSly()).toBe(0);
    });
  }

  it('honest case: an unstated maker whose title names no maker ruled out still meets "not Sony", and is bought', async () => {
    const sly = await slySelling(withoutMaker, notSony);
    expect(sly.ranked?.rank).toBe(1);
    expect(sly.bought.kind).toBe('purchased');
  });

  it('honest case: a stated colour decides, whatever the title says ("… black" titled, red stated, meets "not black")', async () => {
    const sly = await slySelling({ ...slyProduct.product, attributes: { ...slyProduct.product.attributes, color: 'red' } }, notBlack);
    expect(sly.ranked?.rank).toBe(1);
    expect(sly.bought.kind).toBe('purchased');
  });
});
