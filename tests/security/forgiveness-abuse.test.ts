// Red team of forgiveness by clean checks (cc92228): a hostile brand tries to have its false statements forgiven by
// requests in which it was caught again. The hostile brand is an in-process connection answering schema-valid
// messages, bound to its entry like every connection (the harness of reused-ids.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { TrustLedger, isRecommendable } from '../../agent/trust/index.ts';
import type { NeedBriefInput, Order } from '../../protocol/index.ts';
import { butlerBesideTrailco, claimingBattery, clock, need, slyConnection, slyOffer, slyReceipt } from './sly-market.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function butlerWithHostile(requestOffers: (brief: NeedBriefInput) => unknown, placeOrder?: (order: Order) => unknown) {
  const h = await butlerBesideTrailco(slyConnection(placeOrder ? { requestOffers, placeOrder } : { requestOffers }));
  closers.push(h.close);
  return h;
}

/** The clean interactions recorded for a brand, with what they said was clean (absent: both). */
const cleanOf = (ledger: TrustLedger, brandId: string) =>
  ledger.eventsFor(brandId).flatMap((e) => (e.kind === 'clean-interaction' ? [{ requestId: e.evidence.requestId, clean: e.evidence.clean ?? ['honesty', 'pressure'] }] : []));

describe('a request in which the brand was caught saying something false forgives nothing', () => {
  it('protocol violations (an offer labelled as another brand, a duplicate offer id) in the same request: no honesty-clean interaction', async () => {
    // Every request: one fair offer, plus one labelled as another brand's and one re-sending the fair offer's id.
    let briefs = 0;
    const h = await butlerWithHostile((brief) => ({
      requestId: brief.requestId,
      outcome: 'offers',
      offers: (briefs++, [slyOffer(`fair-${brief.requestId}`, brief.requestId), slyOffer(`forged-${brief.requestId}`, brief.requestId, { brandId: 'trailco' }), slyOffer(`fair-${brief.requestId}`, brief.requestId)]),
    }));
    const requests = 8;
    await h.shopDaily(requests);
    const violations = h.ledger.eventsFor('sly').filter((e) => e.kind === 'protocol-violation').length;
    // Two per answer: each request's brief and its "anything cheaper?" round (a budget the brand was not told).
    expect(briefs).toBe(2 * requests);
    expect(violations).toBe(2 * briefs);
    // Each request caught it again: none of them is a check that found nothing false.
    expect(cleanOf(h.ledger, 'sly').filter((c) => c.clean.includes('honesty'))).toEqual([]);
    // So nothing of its record was forgiven (only time, 90-day half-life, over a week).
    const score = h.ledger.scoreOf('sly', clock.now().getTime());
    expect(score.claimsFailed).toBeGreaterThan(0.95 * violations);
    // The honest brand, never caught, still earns its clean interactions.
    expect(cleanOf(h.ledger, 'trailco').length).toBe(requests);
  });
});

describe('a request in which nothing the brand said could be checked is not a clean check', () => {
  it('caught lying three times, a brand that then sends bare offers (no claim, no "was" price) is not forgiven by them', async () => {
    let request = 0;
    const h = await butlerWithHostile((brief) => ({
      requestId: brief.requestId,
      outcome: 'offers',
      // Three requests with a claim its own product data contradicts (44 h), then offers that state nothing checkable.
      // Counted by the person's requests (a request's "anything cheaper?" round is the same request).
      offers: [slyOffer(`o-${brief.requestId}`, brief.requestId, (brief.requestId.endsWith('.cheaper') ? request : ++request) <= 3 ? claimingBattery(80) : {})],
    }));
    await h.shopDaily(3);
    const caught = h.ledger.scoreOf('sly', clock.now().getTime());
    expect(caught.claimsFailed).toBeGreaterThan(2.9);
    expect(isRecommendable(caught)).toBe(false);
    await h.shopDaily(6);
    // Six bare requests checked nothing it said: its record is what time alone leaves of it.
    const later = h.ledger.scoreOf('sly', clock.now().getTime());
    expect(later.claimsFailed).toBeGreaterThan(0.95 * caught.claimsFailed);
    expect(isRecommendable(later)).toBe(false);
    // They are still calm interactions (pressure evidence), said so.
    expect(cleanOf(h.ledger, 'sly').slice(-6).map((c) => c.clean)).toEqual(Array(6).fill(['pressure']));
  });

  it('a claim its own product data could have contradicted, and did not, is a clean check (recommendable again)', async () => {
    let request = 0;
    const h = await butlerWithHostile((brief) => ({
      requestId: brief.requestId,
      outcome: 'offers',
      offers: [slyOffer(`o-${brief.requestId}`, brief.requestId, claimingBattery(++request <= 3 ? 80 : 44))],
    }));
    await h.shopDaily(9);
    const later = h.ledger.scoreOf('sly', clock.now().getTime());
    expect(later.claimsFailed).toBeLessThan(0.5);
    expect(isRecommendable(later)).toBe(true);
  });
});

describe('only a delivery the person confirms forgives a failed delivery or a switched receipt', () => {
  it('an unsatisfied report whose words name no attribute ("a cheap knock-off") forgives nothing', async () => {
    let orders = 0;
    const h = await butlerWithHostile(
      (brief) => ({ requestId: brief.requestId, outcome: 'offers', offers: [slyOffer(`o-${brief.requestId}`, brief.requestId, claimingBattery(44))] }),
      (order) => {
        // The first order is charged 30 EUR over what was agreed (a switched receipt); the others as agreed.
        const charged = ++orders === 1 ? { ...order.mandate.maxAmount, amountMinor: order.mandate.maxAmount.amountMinor + 3_000 } : order.mandate.maxAmount;
        return slyReceipt(order, `sly-${orders}`, charged);
      },
    );
    const buySly = async () => {
      const result = await h.butler.shop(need);
      const sly = [...result.ranking.ranked, ...result.ranking.excluded].find((r) => r.offer.brandId === 'sly');
      return h.buy(sly!.offerId ?? sly!.offer.offerId);
    };
    expect((await buySly()).kind).toBe('refused-bait-and-switch');
    clock.advanceDays(1);
    const switched = h.ledger.scoreOf('sly', clock.now().getTime());
    expect(switched.claimsFailed).toBeGreaterThan(0.99);
    for (let i = 0; i < 4; i++) {
      const bought = await buySly();
      expect(bought.kind).toBe('purchased');
      if (bought.kind !== 'purchased') return;
      const report = h.butler.reportOutcome(bought.order.orderId, { text: 'a cheap knock-off, nothing like the pictures', satisfied: false, source: 'person' });
      expect(report.kind).toBe('recorded');
      clock.advanceDays(1);
    }
    // Four deliveries the person was unhappy with confirmed nothing: the switched receipt is forgiven by time alone.
    expect(h.ledger.scoreOf('sly', clock.now().getTime()).claimsFailed).toBeGreaterThan(0.95 * switched.claimsFailed);
  });
});

describe('clean requests never forgive a switched receipt (only a purchase checks one)', () => {
  it('after a refused bait-and-switch, six requests with checked, true claims leave the switched receipt on record', async () => {
    const h = await butlerWithHostile(
      (brief) => ({ requestId: brief.requestId, outcome: 'offers', offers: [slyOffer(`o-${brief.requestId}`, brief.requestId, claimingBattery(44))] }),
      (order) => {
        return slyReceipt(order, 'sly-1', { ...order.mandate.maxAmount, amountMinor: order.mandate.maxAmount.amountMinor + 3_000 });
      },
    );
    const first = await h.butler.shop(need);
    const sly = first.ranking.ranked.find((r) => r.offer.brandId === 'sly')!;
    expect((await h.buy(sly.offerId)).kind).toBe('refused-bait-and-switch');
    const switched = h.ledger.scoreOf('sly', clock.now().getTime()).claimsFailed;
    for (let i = 0; i < 6; i++) await h.butler.shop(need);
    // Six clean (and checked) requests the same day: every one honesty-clean, none of them forgives the receipt.
    expect(cleanOf(h.ledger, 'sly').slice(-6).every((c) => c.clean.includes('honesty'))).toBe(true);
    expect(h.ledger.scoreOf('sly', clock.now().getTime()).claimsFailed).toBeCloseTo(switched, 9);
  });
});
