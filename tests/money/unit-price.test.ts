import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareUnitPrice, formatUnitPrice, offerMeasureOf, packMeasureOf, unitPrice, unitPriceOf, type AttributeValue } from '../../protocol/index.ts';

const offer = (category: string, attributes: Record<string, AttributeValue>, amountMinor: number, quantity = 1, currency = 'EUR') => ({
  product: { category, attributes },
  quantity,
  price: { amountMinor, currency },
});

describe('packMeasureOf', () => {
  it('reads a coffee pack from weight_g (the taxonomy: net weight of one pack)', () => {
    expect(packMeasureOf({ category: 'coffee', attributes: { form: 'beans', weight_g: 250 } })).toEqual({ dimension: 'mass', amount: 250 });
  });

  it('does not mistake a shoe or a headphone weight for its content: they are sold per item', () => {
    expect(packMeasureOf({ category: 'running-shoes', attributes: { weight_g: 280 } })).toEqual({ dimension: 'count', amount: 1 });
    expect(packMeasureOf({ category: 'headphones', attributes: { weight_g: 250 } })).toEqual({ dimension: 'count', amount: 1 });
  });

  it('reads net-content attributes in any category', () => {
    expect(packMeasureOf({ category: 'socks', attributes: { pack_count: 6 } })).toEqual({ dimension: 'count', amount: 6 });
    expect(packMeasureOf({ category: 'olive-oil', attributes: { volume_l: 0.75 } })).toEqual({ dimension: 'volume', amount: 750 });
    expect(packMeasureOf({ category: 'tea', attributes: { net_weight_kg: 1 } })).toEqual({ dimension: 'mass', amount: 1000 });
  });

  it('ignores nonsense values and falls back to one item', () => {
    expect(packMeasureOf({ category: 'coffee', attributes: { weight_g: 0 } })).toEqual({ dimension: 'count', amount: 1 });
    expect(packMeasureOf({ category: 'coffee', attributes: { weight_g: '250' } })).toEqual({ dimension: 'count', amount: 1 });
    expect(packMeasureOf({ category: 'socks', attributes: { pack_count: -6 } })).toEqual({ dimension: 'count', amount: 1 });
  });

  it('multiplies by the offer quantity', () => {
    expect(offerMeasureOf(offer('socks', { pack_count: 6 }, 1000, 2))).toEqual({ dimension: 'count', amount: 12 });
  });
});

describe('unitPrice', () => {
  it('quotes per kg, per litre and per item', () => {
    expect(unitPrice({ amountMinor: 990, currency: 'EUR' }, { dimension: 'mass', amount: 250 })).toEqual({ amountMinor: 3960, currency: 'EUR', per: 'kg' });
    expect(unitPrice({ amountMinor: 1200, currency: 'EUR' }, { dimension: 'volume', amount: 750 })).toEqual({ amountMinor: 1600, currency: 'EUR', per: 'l' });
    expect(unitPrice({ amountMinor: 1200, currency: 'EUR' }, { dimension: 'count', amount: 6 })).toEqual({ amountMinor: 200, currency: 'EUR', per: 'unit' });
    expect(formatUnitPrice(unitPriceOf(offer('coffee', { weight_g: 250 }, 990)))).toBe('39.60 EUR/kg');
    expect(formatUnitPrice(unitPriceOf(offer('coffee', { weight_g: 250 }, 990, 1, 'JPY')))).toBe('3960 JPY/kg');
    expect(formatUnitPrice(unitPriceOf(offer('coffee', { weight_g: 200 }, 1250, 1, 'KWD')))).toBe('6.250 KWD/kg');
  });

  it('a 1 kg bag is cheaper per kg than four 250 g bags at a higher total', () => {
    const bag = offer('coffee', { weight_g: 1000 }, 3290);
    const small = offer('coffee', { weight_g: 250 }, 990);
    expect(bag.price.amountMinor).toBeGreaterThan(small.price.amountMinor);
    expect(compareUnitPrice(bag, small)).toBeLessThan(0);
    expect(compareUnitPrice(small, bag)).toBeGreaterThan(0);
  });

  it('a pack of 12 at the same per-item price as a pack of 6 compares equal', () => {
    expect(compareUnitPrice(offer('socks', { pack_count: 12 }, 2400), offer('socks', { pack_count: 6 }, 1200))).toBe(0);
    expect(compareUnitPrice(offer('socks', { pack_count: 6 }, 2400, 2), offer('socks', { pack_count: 12 }, 2400))).toBe(0);
  });

  it('is undefined across currencies or dimensions', () => {
    expect(compareUnitPrice(offer('coffee', { weight_g: 250 }, 990), offer('coffee', { weight_g: 250 }, 990, 1, 'JPY'))).toBeUndefined();
    expect(compareUnitPrice(offer('coffee', { weight_g: 250 }, 990), offer('coffee', {}, 990))).toBeUndefined();
    expect(compareUnitPrice(offer('oil', { volume_ml: 500 }, 990), offer('oil', { net_weight_g: 500 }, 990))).toBeUndefined();
  });

  it('scaling price and pack size together leaves the unit price unchanged; a lower price never compares higher', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 20 }), (price, grams, k) => {
        const one = offer('coffee', { weight_g: grams }, price);
        expect(compareUnitPrice(one, offer('coffee', { weight_g: grams * k }, price * k))).toBe(0);
        expect(compareUnitPrice(one, offer('coffee', { weight_g: grams }, price, k))).toBeGreaterThan(k > 1 ? 0 : -1);
        expect(compareUnitPrice(offer('coffee', { weight_g: grams }, price - 1 >= 0 ? price - 1 : 0), one)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
