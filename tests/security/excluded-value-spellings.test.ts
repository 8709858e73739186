// Red team (consent, round 28): a value the person ruled out, written inside a longer value. Text values were compared
// whole, so "not black" let through headphones whose colour a seller wrote "Midnight Black", "matte black" or
// "Black/Red", and "not JBL" a JBL product whose maker it wrote "JBL Inc." or "Harman JBL": ranked and buyable for a
// person who had ruled them out. `neq` / `not-in` now hold only when the value names none of the excluded values among
// its words (protocol namesAttributeText); a word that merely starts alike ("blackberry", "JBLX") is not the value.
import { afterEach, describe, expect, it } from 'vitest';
import type { Need } from '../../agent/need/index.ts';
import { satisfiesConstraint, type Product } from '../../protocol/index.ts';
import { butlerBesideTrailco, need, slyConnection, slyOffer, slyProduct, slyReceipt } from './sly-market.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const notBlack: Need = { ...need, hardConstraints: [...need.hardConstraints, { attribute: 'color', op: 'neq', value: 'black' }], text: 'noise cancelling headphones, not black' };
const notJbl: Need = { ...need, hardConstraints: [...need.hardConstraints, { attribute: 'maker', op: 'not-in', value: ['JBL', 'Sony'] }], text: 'noise cancelling headphones, not JBL or Sony' };

/** Shops `wish` with Sly selling its headphones as `product` (orders accepted): whether Sly is ranked, and what buying it gives. */
async function slySelling(product: Product, wish: Need) {
  const offer = (requestId: string) => slyOffer('sly-1', requestId, { product });
  const h = await butlerBesideTrailco(slyConnection({ requestOffers: (b) => ({ requestId: b.requestId, outcome: 'offers', offers: [offer(b.requestId)] }), placeOrder: (o) => slyReceipt(o, 'sly-order-1') }));
  closers.push(h.close);
  const result = await h.butler.shop(wish);
  const ranked = result.ranking.ranked.some((x) => x.brandId === 'sly');
  const excluded = result.ranking.excluded.find((x) => x.brandId === 'sly');
  return { ranked, excludedFor: excluded?.reasons.filter((r) => r.code === 'hard-constraint').map((r) => r.attribute) ?? [], buy: async () => (await h.buy((excluded ?? result.ranking.ranked.find((x) => x.brandId === 'sly'))!.offerId)).kind };
}

const colored = (color: string): Product => ({ ...slyProduct.product, attributes: { ...slyProduct.product.attributes, color } });
const madeBy = (maker: string): Product => ({ ...slyProduct.product, maker });

describe('a value the person ruled out, written inside a longer one', () => {
  for (const color of ['Midnight Black', 'matte black', 'Black/Red', 'MatteBlack']) {
    it(`(fixed) colour "${color}" breaks "not black": excluded and cannot be bought`, async () => {
      const sly = await slySelling(colored(color), notBlack);
      // On main: ranked (the colour compared unequal to "black" as a whole).
      expect(sly.ranked).toBe(false);
      expect(sly.excludedFor).toEqual(['color']);
      expect(await sly.buy()).toBe('excluded-by-ranking');
    });
  }

  for (const maker of ['JBL Inc.', 'Harman JBL', 'SONY Corporation']) {
    it(`(fixed) maker "${maker}" breaks "not JBL or Sony"`, async () => {
      const sly = await slySelling(madeBy(maker), notJbl);
      expect(sly.ranked).toBe(false);
      expect(sly.excludedFor).toEqual(['maker']);
    });
  }

  it('a colour or maker that only starts alike is not the one ruled out: still ranked', async () => {
    expect((await slySelling(colored('blackberry'), notBlack)).ranked).toBe(true);
    expect((await slySelling(colored('Slate Grey'), notBlack)).ranked).toBe(true);
    expect((await slySelling(madeBy('JBLX Audio'), notJbl)).ranked).toBe(true);
    expect((await slySelling(madeBy('Sonyx'), notJbl)).ranked).toBe(true);
  });

  it('(fixed) reads words through look-alike letters and invisible characters, and leaves "eq" wanting the value itself', () => {
    const notBlackRule = { attribute: 'color', op: 'neq', value: 'black' } as const;
    expect(satisfiesConstraint('Midnight Bl\u0430ck', notBlackRule)).toBe(false);
    expect(satisfiesConstraint('matte\u200b black', notBlackRule)).toBe(false);
    expect(satisfiesConstraint('jet-black', { attribute: 'color', op: 'not-in', value: ['red', 'black'] })).toBe(false);
    expect(satisfiesConstraint('space grey', { attribute: 'color', op: 'neq', value: 'space black' })).toBe(true);
    expect(satisfiesConstraint('black space', { attribute: 'color', op: 'neq', value: 'space black' })).toBe(true);
    expect(satisfiesConstraint(42, { attribute: 'size_eu', op: 'neq', value: 4 })).toBe(true);
    expect(satisfiesConstraint('Midnight Black', { attribute: 'color', op: 'eq', value: 'black' })).toBe(false);
  });
});
