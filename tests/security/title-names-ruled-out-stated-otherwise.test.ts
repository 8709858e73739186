// Red team 39: a title was read for a value the person ruled out only where the product left the attribute unstated.
// A seller of JBL headphones in black, asked for "not JBL" or "not black", stated its maker as "Sony" or its colour as
// "silver" under the title "JBL Tune 770NC noise cancelling headphones, black": ranked with no finding against it, and
// bought. The title the person reads names the ruled-out value as the product's own: whatever the data states, the
// offer is excluded and cannot be bought. An honest title that only mentions the value is still not read as naming it.
import { afterEach, describe, expect, it } from 'vitest';
import type { Need } from '../../agent/need/index.ts';
import { meetsConstraints, type HardConstraint, type Product } from '../../protocol/index.ts';
import { butlerBesideTrailco, need, slyConnection, slyOffer, slyProduct, slyReceipt } from './sly-market.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

const TITLE = 'JBL Tune 770NC noise cancelling headphones, black';

async function shopAgainst(product: Partial<Product>, rule: HardConstraint) {
  const sly = slyConnection({
    requestOffers: (brief) => ({ requestId: brief.requestId, outcome: 'offers', offers: [slyOffer('s1', brief.requestId, { product: { ...slyProduct.product, ...product } })] }),
    placeOrder: (order) => slyReceipt(order, 'o1'),
  });
  const m = await butlerBesideTrailco(sly);
  close = m.close;
  const wanted: Need = { ...need, hardConstraints: [...need.hardConstraints, rule] };
  const result = await m.butler.shop(wanted);
  return { result, buy: m.buy };
}

describe('a title naming a ruled-out value, under data that states another', () => {
  const attacks: Array<[string, Partial<Product>, HardConstraint]> = [
    ['maker "Sony" against "not JBL"', { title: TITLE, maker: 'Sony' }, { attribute: 'maker', op: 'neq', value: 'JBL' }],
    ['maker "Sony" against "none of JBL, Bose"', { title: TITLE, maker: 'Sony' }, { attribute: 'maker', op: 'not-in', value: ['JBL', 'Bose'] }],
    ['colour "silver" against "not black"', { title: TITLE, attributes: { ...slyProduct.product.attributes, color: 'silver' } }, { attribute: 'color', op: 'neq', value: 'black' }],
  ];
  for (const [name, product, rule] of attacks) {
    it(`(fixed) ${name}: excluded, said so, and cannot be bought`, async () => {
      const { result, buy } = await shopAgainst(product, rule);
      expect(result.ranking.ranked.map((r) => r.offer.brandId)).not.toContain('sly');
      const excluded = result.ranking.excluded.find((e) => e.offer.brandId === 'sly');
      expect(excluded).toBeDefined();
      expect(JSON.stringify(excluded)).toContain(`its title names a ${rule.attribute} ruled out`);
      expect((await buy('sly:s1')).kind).not.toBe('purchased');
    }, 30_000);
  }

  it('the same offer under a title that names neither is ranked (the rule is read from the title, not the seller)', async () => {
    const { result } = await shopAgainst({ title: 'Tune 770NC noise cancelling headphones', maker: 'Sony' }, { attribute: 'maker', op: 'neq', value: 'JBL' });
    expect(result.ranking.ranked.map((r) => r.offer.brandId)).toContain('sly');
  }, 30_000);

  it('a title that mentions the value as something the product is for, with or without still meets the rule', () => {
    const product = (title: string, attributes: Product['attributes'], maker?: string) => ({ sku: 'p', title, category: 'headphones', attributes, ...(maker ? { maker } : {}) }) as Product;
    expect(meetsConstraints(product('Hard carry case compatible with JBL Flip 6', {}, 'Tudia'), [{ attribute: 'maker', op: 'neq', value: 'JBL' }])).toBe(true);
    expect(meetsConstraints(product('Case for black phones', { color: 'red' }), [{ attribute: 'color', op: 'neq', value: 'black' }])).toBe(true);
    expect(meetsConstraints(product('Black Friday: Sony WH-1000XM5 silver', { color: 'silver' }), [{ attribute: 'color', op: 'neq', value: 'black' }])).toBe(true);
    expect(meetsConstraints(product('Merino jumper, wool-free lining', { material: 'merino' }), [{ attribute: 'material', op: 'neq', value: 'wool' }])).toBe(true);
  });
});
