// Red team 31: round 30's Omnibus attack (a "was" price above the lowest price asked in the last 30 days), tested
// in-process then, replayed with the hostile brand over Streamable HTTP through the app's own wiring: Sly sells its
// trail shoes at 99 EUR for days, asks 160 EUR for one day, then shows 99 EUR "was 160 EUR". Nothing on the HTTP path
// (the butler's transport, its memory of quotes in the app's database) reopens it.
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../protocol/index.ts';
import { HOUR, T0, coreOffers, openMarket, referencePriceFindingsOn, type Market } from './http-market.ts';

const DAY = 24 * HOUR;
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

/** Sly over HTTP quoting, on each day from the first request, `plan(day)`: its price and the "was" price it shows. */
async function pricedMarket(plan: (day: number) => { price: number; was?: number }): Promise<Market> {
  let market: Market | undefined;
  const day = () => Math.floor((market!.now().getTime() - T0) / DAY);
  market = await openMarket({
    script: {
      request_offers: async (args, core) => {
        const value = await coreOffers(args, core);
        const { price, was } = plan(day());
        const priced = (o: Offer): Offer => ({ ...o, offerId: `sly-${day()}`, price: eur(price), ...(was === undefined ? {} : { discount: { kind: 'was-price' as const, referencePrice: eur(was) } }) });
        return { value: { ...value, offers: value.offers.slice(0, 1).map(priced) } };
      },
    },
  });
  return market;
}

describe('round 30’s Omnibus check over HTTP', () => {
  it('99 EUR for days, 160 EUR for a day, then 99 EUR "was 160 EUR": a fake discount', async () => {
    const m = await pricedMarket((d) => (d < 4 ? { price: 9_900 } : d === 4 ? { price: 16_000 } : { price: 9_900, was: 16_000 }));
    expect(await referencePriceFindingsOn(m, [0, 1, 2, 3, 4, 5])).toEqual(['none', 'none', 'none', 'none', 'none', 'fake-reference-price']);
  });

  it('honest case: a sale running on from the price it asked for days stays consistent', async () => {
    const m = await pricedMarket((d) => (d < 4 ? { price: 16_000 } : { price: 9_900, was: 16_000 }));
    expect(await referencePriceFindingsOn(m, [0, 3, 4, 5])).toEqual(['none', 'none', 'reference-price-consistent', 'reference-price-consistent']);
  });
});
