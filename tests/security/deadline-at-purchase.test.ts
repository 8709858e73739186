// Red team 36 (TOCTOU, delivery): the person's deadline is checked when the offer is bought, not only when it is ranked.
// Sly's 3-day delivery, valid ten days, was ranked first for a need due in five days, then bought four days later: it
// could only arrive two days after the deadline, and the butler bought it (on main: 'purchased'). The ranking's check
// held at the moment it ranked; the offer stayed orderable long after its delivery days stopped fitting before the
// deadline. The ranking now keeps, for every stored offer, the moment from which ordering it misses the deadline.
import { afterEach, describe, expect, it } from 'vitest';
import { butlerBesideTrailco, clock, need, slyConnection, slyOffer, slyProduct, slyReceipt } from './sly-market.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

const DAY = 86_400_000;

/** Sly offers a 3-day delivery valid ten days, ranked for a need due in five days; the person buys it `days` later. */
async function buyAfter(days: number) {
  let ordersAtSly = 0;
  const h = await butlerBesideTrailco(
    slyConnection({
      requestOffers: (brief) => ({
        requestId: brief.requestId,
        outcome: 'offers',
        offers: [slyOffer(`o-${brief.requestId}`, brief.requestId, { terms: { ...slyProduct.terms, deliveryDays: 3 }, validUntil: new Date(clock.now().getTime() + 10 * DAY).toISOString() })],
      }),
      placeOrder: (order) => {
        ordersAtSly += 1;
        return slyReceipt(order, `sly-order-${ordersAtSly}`);
      },
    }),
  );
  close = h.close;
  const result = await h.butler.shop({ ...need, deadline: new Date(clock.now().getTime() + 5 * DAY).toISOString() });
  const sly = result.ranking.ranked.find((r) => r.brandId === 'sly');
  if (sly === undefined) throw new Error('Sly not ranked');
  clock.advanceDays(days);
  const bought = await h.buy(sly.offerId);
  return { rank: sly.rank, bought, ordersAtSly };
}

describe('the deadline at the moment of purchase', () => {
  it('(fixed) an offer ranked as arriving in time, bought once its delivery can no longer make the deadline, is refused', async () => {
    const { rank, bought, ordersAtSly } = await buyAfter(3);
    expect(rank).toBe(1);
    // On main: 'purchased' (arriving on day 6 for a day-5 deadline).
    expect(bought.kind).toBe('excluded-by-ranking');
    expect(bought.kind === 'excluded-by-ranking' ? bought.reasons.map((r) => r.code) : []).toEqual(['missed-deadline']);
    expect(ordersAtSly).toBe(0);
  });

  it('honest case: bought while it still arrives in time, it is bought', async () => {
    const { bought, ordersAtSly } = await buyAfter(1);
    expect(bought.kind).toBe('purchased');
    expect(ordersAtSly).toBe(1);
  });
});
