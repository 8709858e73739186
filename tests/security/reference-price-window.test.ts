// Red team (money, round 28): a "was" price was taken as the brand's own once it had ever quoted it. Sly quoted its
// headphones at 500 EUR once (an offer nobody takes), then every later request at 300 EUR "was 500 EUR": the butler
// called the discount consistent forever. The EU Omnibus rule takes the prior price from the 30 days before the
// reduction; a "was" price now must have been asked in the last 30 days (checked against the brand's own recorded
// quotes): asked only before them while the brand asked other prices in them, it is a fake discount.
import { afterEach, describe, expect, it } from 'vitest';
import { closeSlyPricing, slyPricing } from './sly-market.ts';

afterEach(closeSlyPricing);

describe('a "was" price is judged against the last 30 days of the brand\'s own prices', () => {
  it('(fixed) a price inflated once does not make a discount for ever', async () => {
    // Day 0: 500 EUR, no discount. Then 300 EUR "was 500 EUR" on days 10, 20, 31 and 45.
    const sly = await slyPricing((day) => (day === 0 ? { price: 50_000 } : { price: 30_000, was: 50_000 }));
    const findings = await sly.findingsOn([0, 10, 20, 31, 45]);
    // On main: none, consistent, consistent, consistent, consistent.
    expect(findings).toEqual(['none', 'reference-price-consistent', 'reference-price-consistent', 'fake-reference-price', 'fake-reference-price']);
  });

  it('(fixed) a price asked once, long ago, with nothing asked since, cannot be checked', async () => {
    const sly = await slyPricing((day) => (day === 0 ? { price: 50_000 } : { price: 30_000, was: 50_000 }));
    expect(await sly.findingsOn([0, 40])).toEqual(['none', 'reference-price-unverifiable']);
  });

  it('a brand back at its regular price within the window keeps an honest discount from it', async () => {
    // 500 EUR on days 0 and 25 (its regular price), 300 "was 500" on days 10 and 31 and 50.
    const sly = await slyPricing((day) => (day === 0 || day === 25 ? { price: 50_000 } : { price: 30_000, was: 50_000 }));
    expect(await sly.findingsOn([0, 10, 25, 31, 50])).toEqual(['none', 'reference-price-consistent', 'none', 'reference-price-consistent', 'reference-price-consistent']);
  });
});
