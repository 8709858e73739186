// Red team 36 (the seller as maker): the protocol says a product without `maker` is the brand's own ("Manufacturer,
// when not the brand itself"), but the butler's "not <maker>" requirements read only what the product states. A maker's
// own store that left `maker` out (and its name out of the title) passed "not <that maker>": Salomon's store sold its
// own shoe to a person who ruled Salomon out, ranked first and bought on main. A product stating no maker now has its
// seller (the brand id its offers carry, read as a name) as its maker, wherever the butler reads a hard constraint.
import { afterEach, describe, expect, it } from 'vitest';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import type { BrandAgentDefinition, CatalogEntry } from '../../brand-agent/index.ts';
import { meetsConstraints, type HardConstraint } from '../../protocol/index.ts';
import { MARKET_NOW, openSmallMarket, shoeEntry, type SmallMarket } from '../support/small-market.ts';

const markets: SmallMarket[] = [];
afterEach(async () => {
  for (const m of markets.splice(0)) await m.close();
});

/** A shoe entry whose product states no maker at all (neither `maker` nor `attributes.maker`). */
function ownShoe(sku: string, title: string, price: number): CatalogEntry {
  const entry = shoeEntry(sku, title, price, { terrain: 'trail', waterproof: true });
  const { maker: _maker, ...product } = entry.product;
  return { ...entry, product };
}

/**
 * A person shopping at `sellerId` (its own shoe, no maker stated, 119 EUR) beside an honest reseller (Testwerk's, 139
 * EUR). `sly`: the seller offers its shoe whatever the brief requires, as a hostile seller does (else it is the honest
 * reference brand, which reads the brief by the protocol's rules).
 */
async function shopWith(sellerId: string, constraint: HardConstraint, sly = true) {
  const brand = (id: string, entry: CatalogEntry) => createStrategyBrand({ id, name: id, strategy: 'honest', categories: ['running-shoes'], catalog: [entry], clock: () => MARKET_NOW });
  const honest = brand(sellerId, ownShoe('own-43', 'XA trail shoe', 11_900));
  const seller: BrandAgentDefinition = sly ? { ...honest, handlers: { ...honest.handlers, requestOffers: (brief, ctx) => honest.handlers.requestOffers({ ...brief, hardConstraints: [] }, ctx) } } : honest;
  const m = await openSmallMarket({
    brands: [seller, brand('trailco', shoeEntry('trl-43', 'Ridge trail shoe', 13_900, { terrain: 'trail', waterproof: true }))],
  });
  markets.push(m);
  const understood = await m.understand('waterproof trail shoes size 43 under 150 euros');
  if (understood.kind !== 'need') throw new Error('expected a need');
  const result = await m.shop({ ...understood.need, hardConstraints: [...understood.need.hardConstraints, constraint] });
  const ranked = result.ranking.ranked.find((r) => r.brandId === sellerId);
  const excluded = result.ranking.excluded.find((e) => e.offer.brandId === sellerId);
  const offerId = ranked?.offerId ?? excluded?.offer.offerId;
  if (offerId === undefined) return { ranked, excluded, bought: undefined, declines: result.declines.filter((d) => d.brandId === sellerId) };
  const bought = await m.buy({ offerId, confirmedBy: 'person', channel: 'api', at: m.clock().toISOString() });
  return { ranked, excluded, bought, declines: [] };
}

describe('a product that states no maker is its seller\'s own', () => {
  const cases: Array<[string, string, HardConstraint]> = [
    ['"salomon" selling its own shoe, "not Salomon"', 'salomon', { attribute: 'maker', op: 'not-in', value: ['Salomon'] }],
    ['"salomon-store" selling its own shoe, maker ≠ Salomon', 'salomon-store', { attribute: 'maker', op: 'neq', value: 'Salomon' }],
  ];
  for (const [name, sellerId, constraint] of cases) {
    it(`(fixed) ${name}: excluded and cannot be bought (on main: ranked first and bought)`, async () => {
      const sold = await shopWith(sellerId, constraint);
      expect(sold.ranked).toBeUndefined();
      expect(sold.excluded?.reasons.map((r) => r.code)).toContain('hard-constraint');
      expect(sold.bought?.kind).toBe('excluded-by-ranking');
    });
  }

  it('(fixed) a maker\'s own product meets "maker = <that maker>" without stating it (on main: unstated, so not met)', () => {
    const { product } = ownShoe('own-43', 'XA trail shoe', 11_900);
    expect(meetsConstraints(product, [{ attribute: 'maker', op: 'in', value: ['Salomon', 'Hoka'] }], 'salomon')).toBe(true);
    expect(meetsConstraints(product, [{ attribute: 'maker', op: 'eq', value: 'Salomon' }], 'alpine')).toBe(false);
    // What the product states decides: a reseller's shoe stating its maker is that maker's, whoever sells it.
    expect(meetsConstraints(shoeEntry('t-43', 'Ridge trail shoe', 1, {}).product, [{ attribute: 'maker', op: 'neq', value: 'Salomon' }], 'salomon')).toBe(true);
  });

  it('(fixed) the reference brands read the rule too: Salomon\'s honest store declines "not Salomon" for its own shoe (on main: offered it)', async () => {
    const sold = await shopWith('salomon', { attribute: 'maker', op: 'not-in', value: ['Salomon'] }, false);
    expect(sold.ranked).toBeUndefined();
    expect(sold.excluded).toBeUndefined();
    expect(sold.declines.map((d) => d.reason)).toEqual(['no-fit']);
  });

  it('honest case: a store whose name is not the maker ruled out still sells its own shoe ("not Salomon" at "alpine")', async () => {
    const sold = await shopWith('alpine', { attribute: 'maker', op: 'not-in', value: ['Salomon'] });
    expect(sold.ranked?.rank).toBe(1);
    expect(sold.bought?.kind).toBe('purchased');
  });
});
