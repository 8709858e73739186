// Red team 27: a revision that cannot be ordered. Answering the butler's counter, a brand sent its offer again a cent
// cheaper but valid for one millisecond more (or already past): the butler took it as the better deal, in place of
// the offer valid for two days, and the person was left with an offer excluded as expired and nothing to buy from it.
import { afterEach, describe, expect, it } from 'vitest';
import type { Counter, Offer } from '../../protocol/index.ts';
import { butlerBesideTrailco, clock, eur, need, slyConnection, slyOffer } from './sly-market.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** Sly at 290 EUR (valid two days); to each counter, its offer again one cent cheaper, valid until `validUntil`. */
async function slyRevisingTo(validUntil: (opening: Offer) => string) {
  const opening = new Map<string, Offer>();
  const h = await butlerBesideTrailco(
    slyConnection({
      requestOffers: (brief) => {
        const offer = slyOffer(`sly-${brief.requestId}`, brief.requestId, { price: eur(29_000) });
        opening.set(offer.offerId, offer);
        return { requestId: brief.requestId, outcome: 'offers', offers: [offer] };
      },
      counterOffer: (c: Counter) => {
        const first = opening.get(c.offerId)!;
        const revised: Offer = { ...first, offerId: `${first.offerId}-r${c.round}`, price: eur(first.price.amountMinor - 1), validUntil: validUntil(first), round: c.round, inReplyTo: c.counterId };
        return { counterId: c.counterId, inReplyTo: c.counterId, round: c.round, outcome: 'final-offer', offer: revised };
      },
    }),
  );
  close = h.close;
  const result = await h.butler.shop(need);
  expect(result.negotiations.some((n) => n.brandId === 'sly')).toBe(true);
  const ranked = result.ranking.ranked.find((r) => r.brandId === 'sly');
  const excluded = result.ranking.excluded.find((r) => r.brandId === 'sly');
  return { h, ranked, excluded };
}

describe('a revision valid for less time is not a better deal', () => {
  it('(fixed) a cent off an offer valid two days, valid for one millisecond, is not taken: the offer stays buyable', async () => {
    const { h, ranked, excluded } = await slyRevisingTo(() => new Date(clock.now().getTime() + 1).toISOString());
    expect(excluded?.reasons.map((r) => r.code) ?? []).not.toContain('expired');
    expect(ranked?.offer.price.amountMinor).toBe(29_000);
    const bought = await h.buy(ranked!.offerId);
    expect(bought.kind).not.toBe('excluded-by-ranking');
    expect(bought.kind).not.toBe('not-available');
  }, 30_000);

  it('(fixed) nor is one that had already expired', async () => {
    const { ranked } = await slyRevisingTo(() => new Date(clock.now().getTime() - 60_000).toISOString());
    expect(ranked?.offer.price.amountMinor).toBe(29_000);
  }, 30_000);

  it('a cent off valid as long as the offer (or longer) is taken, as before', async () => {
    const { ranked } = await slyRevisingTo((first) => new Date(Date.parse(first.validUntil) + 3_600_000).toISOString());
    expect(ranked?.offer.price.amountMinor).toBe(28_999);
  }, 30_000);
});
