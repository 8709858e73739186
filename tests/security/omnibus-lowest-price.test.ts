// Red team 30, money: since round 28 a "was" price must have been asked in the last 30 days; any one day in them did.
// The EU Omnibus rule (Directive 2019/2161, art. 6a of 98/6/EC) makes the prior price the LOWEST price of the 30 days
// before the reduction: Sly sold its headphones at 300 EUR for days, asked 500 EUR for one day, then showed 300 EUR
// "was 500 EUR" (a discount from a price it asked for a day, not from the one it sold at), and the butler called the
// discount consistent. Prices the brand showed as a reduction from the same "was" price (the sale running on) do not
// set it, as the rule's progressive reductions do not.
import { afterEach, describe, expect, it } from 'vitest';
import { closeSlyPricing, slyPricing } from './sly-market.ts';

afterEach(closeSlyPricing);

describe('a "was" price is no more than the lowest price the brand asked in the last 30 days', () => {
  it('(fixed) 300 EUR for days, 500 EUR for one day, then 300 EUR "was 500 EUR": a fake discount', async () => {
    const sly = await slyPricing((day) => (day < 4 ? { price: 30_000 } : day === 4 ? { price: 50_000 } : { price: 30_000, was: 50_000 }));
    const findings = await sly.findingsOn([0, 1, 2, 3, 4, 5, 6, 20]);
    // On main: none × 5, then consistent, consistent, consistent.
    expect(findings).toEqual(['none', 'none', 'none', 'none', 'none', 'fake-reference-price', 'fake-reference-price', 'fake-reference-price']);
  });

  it('(fixed) a token discount on the low price ("300 was 310") does not hide it from the lowest price', async () => {
    const sly = await slyPricing((day) => (day === 0 ? { price: 30_000, was: 31_000 } : day === 1 ? { price: 50_000 } : { price: 30_000, was: 50_000 }));
    expect(await sly.findingsOn([0, 1, 2])).toEqual(['reference-price-unverifiable', 'none', 'fake-reference-price']);
  });

  it('honest case: a sale running on from the regular price keeps its "was" price every day', async () => {
    const sly = await slyPricing((day) => (day < 10 ? { price: 50_000 } : { price: 30_000, was: 50_000 }));
    expect(await sly.findingsOn([0, 5, 10, 11, 15, 25])).toEqual(['none', 'none', 'reference-price-consistent', 'reference-price-consistent', 'reference-price-consistent', 'reference-price-consistent']);
  });

  it('honest case: a deeper reduction from the same "was" price is still measured from it', async () => {
    const sly = await slyPricing((day) => (day < 5 ? { price: 50_000 } : day < 8 ? { price: 45_000, was: 50_000 } : { price: 30_000, was: 50_000 }));
    expect(await sly.findingsOn([0, 5, 8, 12])).toEqual(['none', 'reference-price-consistent', 'reference-price-consistent', 'reference-price-consistent']);
  });
});
