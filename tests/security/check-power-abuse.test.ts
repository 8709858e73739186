// Red team of the learned check power (2252628): a clean request forgives a brand's false statements by the power its
// own checks have shown, φ̂ = (caught + φ0·2) / (caught + escaped + 2). A hostile brand tries to pump φ̂ so that
// its record is washed by one or two "clean" requests. Ledger-level attacks (the events the butler would write).
import { describe, expect, it } from 'vitest';
import { afterEach, describe as describeButler } from 'vitest';
import { RECOMMENDATION_FLOOR, emptyTrustState, foldTrustEvent, type TrustEventInput } from '../../agent/trust/index.ts';
import { checkPower } from '../../agent/trust/fold-trust-event.ts';
import type { NeedBriefInput, Offer } from '../../protocol/index.ts';
import { DAY, T0, at, ev, memoryLedger } from '../trust/trust-fixtures.ts';
import { butlerBesideTrailco, claimingBattery, clock, eur, need, slyCaughtTwiceThen, slyConnection, slyOffer, slyProduct, slyReceipt } from './sly-market.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** One request in which `findings` of the brand's statements were caught false (distinct attributes), recorded at one time. */
function caughtRequest(brandId: string, day: number, findings: number): TrustEventInput[] {
  return [
    ...Array.from({ length: findings }, (_, i): TrustEventInput => ({
      kind: 'claim-contradicted',
      brandId,
      occurredAt: at(day),
      evidence: { offerId: `${brandId}-offer-${day}`, claim: { attribute: `attr_${i}`, asserted: 'yes', observed: 'no' }, source: 'claim-contradicts-product', stake: { amountMinor: 100, currency: 'EUR' } },
    })),
    ev.clean(brandId, day, 'pressure'),
  ];
}

describe('pumping the check power with many findings in one request', () => {
  it('ten statements caught false in one request are one request the checks caught, not ten', () => {
    const one = memoryLedger();
    const ten = memoryLedger();
    for (const s of [one, ten]) s.ledger.registerBrand({ brandId: 'pump', registeredAtMs: T0 });
    one.ledger.appendMany(caughtRequest('pump', 0, 1));
    ten.ledger.appendMany(caughtRequest('pump', 0, 10));
    // What forgives is a clean request: its power is the probability a request in which the brand lies is caught. Ten
    // lies caught in one request say the checks caught that request, once (a brand can put any number of attributes in
    // its own product data and contradict them all on a one-cent offer).
    const powerOf = (s: ReturnType<typeof memoryLedger>) => {
      let state = emptyTrustState();
      for (const e of s.ledger.eventsFor('pump')) state = foldTrustEvent(state, e, e.occurredAtMs);
      return checkPower(state.power);
    };
    expect(powerOf(ten)).toBeCloseTo(powerOf(one), 9);
  });

  it('a brand caught ten times in one request is not washed by two clean requests', () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'pump', registeredAtMs: T0 });
    s.ledger.appendMany(caughtRequest('pump', 0, 10));
    s.ledger.appendMany([ev.clean('pump', 1)]);
    s.ledger.appendMany([ev.clean('pump', 2)]);
    const after = s.ledger.scoreOf('pump', T0 + 2 * DAY);
    expect(after.claimsFailed).toBeGreaterThan(2);
    expect(after.estimatedHonesty).toBeLessThan(RECOMMENDATION_FLOOR);
  });
});

describeButler('pumping the check power through a real butler', () => {
  it('five attributes of its own product data contradicted in one request: the next clean request does not make it recommendable', async () => {
    // Sly's product data names five extra attributes, and its first offer claims the opposite of each (caught before any
    // purchase, five findings); from the next request on it claims only what its data states (44 h, checked true).
    const extra = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`feature_${i}`, true]));
    const product = { ...slyProduct.product, attributes: { ...slyProduct.product.attributes, ...extra } };
    let request = 0;
    const h = await butlerBesideTrailco(
      slyConnection({
        requestOffers: (brief) => {
          const lies: Partial<Offer> = { product, claims: Object.keys(extra).map((attribute) => ({ attribute, asserted: false })) };
          const truth: Partial<Offer> = { product, ...claimingBattery(44) };
          return { requestId: brief.requestId, outcome: 'offers', offers: [slyOffer(`o-${brief.requestId}`, brief.requestId, ++request === 1 ? lies : truth)] };
        },
      }),
    );
    closers.push(h.close);
    await h.butler.shop(need);
    expect(h.ledger.eventsFor('sly').filter((e) => e.kind === 'claim-contradicted').length).toBe(5);
    clock.advanceDays(1);
    const next = await h.butler.shop(need);
    // Five lies yesterday, one clean request today: its offer must not be recommended on that alone.
    expect(next.ranking.ranked.some((r) => r.brandId === 'sly')).toBe(false);
    expect(next.ranking.excluded.find((e) => e.brandId === 'sly')?.reasons.some((r) => r.code === 'below-honesty-floor')).toBe(true);
  });
});

describeButler('a caught offer and a clean one across the "anything cheaper?" round', () => {
  it('a lie in the first round and a checked, true offer in the cheaper round: the request is no clean check', async () => {
    let request = 0;
    const cheaperProduct = { ...slyProduct.product, sku: 'SLY-CHEAP-1' };
    const h = await butlerBesideTrailco(
      slyConnection({
        requestOffers: (brief) => {
          const cheaper = brief.requestId.endsWith('.cheaper');
          if (!cheaper) request++;
          // Two requests caught lying; from the third: a lie first, then a true, cheaper offer when asked.
          const offers = cheaper
            ? [slyOffer(`cheap-${brief.requestId}`, brief.requestId, { product: cheaperProduct, price: eur(4_000), ...claimingBattery(44) })]
            : [slyOffer(`lie-${brief.requestId}`, brief.requestId, claimingBattery(80))];
          return { requestId: brief.requestId, outcome: 'offers', offers };
        },
      }),
    );
    closers.push(h.close);
    const tight = { ...need, budget: eur(5_000) };
    for (let i = 0; i < 2; i++) {
      await h.butler.shop(tight);
      clock.advanceDays(1);
    }
    const result = await h.butler.shop(tight);
    const cheap = [...result.ranking.ranked, ...result.ranking.excluded].find((r) => r.offer.offerId.includes('cheap-'));
    expect(cheap, 'the cheaper round ran').toBeDefined();
    const record = h.ledger.scoreOf('sly', clock.now().getTime());
    expect(result.observations.some((o) => o.kind === 'clean-interaction' && o.brandId === 'sly' && (o.clean === undefined || o.clean.includes('honesty')))).toBe(false);
    expect(cheap!.scores.honesty.prior).toBeLessThan(record.honestyAfterCleanCheck);
  });
});

describe('the learning cost: a party whose checked statements pass but whose goods are not as described', () => {
  const notAsDescribed = (brandId: string, day: number): TrustEventInput => ({
    kind: 'order-outcome',
    brandId,
    occurredAt: at(day),
    evidence: { orderId: `${brandId}-order-${day}`, outcome: 'not-as-described', satisfied: false },
  });
  /**
   * Forty requests. In each, `caught(day)` (if any) is caught lying (`findings` statements) and `seller(day)` (if any)
   * sends offers whose checked statements hold; the person buys from the seller whenever the butler would (its honesty
   * after the clean check in hand at or above the floor), and what arrives is not as described. Returns the purchases burned.
   */
  function burns(plan: { caught: (day: number) => string | undefined; seller: (day: number) => string | undefined }, linked: boolean, findings: number, days = 40): number {
    const s = memoryLedger();
    for (const id of ['a', 'b']) s.ledger.registerBrand({ brandId: id, registeredAtMs: T0 });
    if (linked) s.ledger.linkIdentities('a', 'b', { reason: 'shared-payee', detail: 'same payee', occurredAt: at(0) });
    let burned = 0;
    for (let day = 0; day < days; day++) {
      const caught = plan.caught(day);
      const seller = plan.seller(day);
      const inHand = seller === undefined ? 0 : s.ledger.scoreOf(seller, T0 + day * DAY).honestyAfterCleanCheck;
      s.ledger.appendMany([...(caught === undefined ? [] : caughtRequest(caught, day, findings).slice(0, findings)), ...(seller === undefined ? [] : [ev.clean(seller, day)])]);
      if (seller !== undefined && inHand >= RECOMMENDATION_FLOOR) {
        burned++;
        s.ledger.appendMany([notAsDescribed(seller, day + 0.5)]);
      }
    }
    return burned;
  }

  it('one identity alternating caught and "clean" requests: at most two burned purchases, however blatant its caught lies', () => {
    for (const findings of [1, 10]) {
      expect(burns({ caught: (d) => (d % 2 ? undefined : 'a'), seller: (d) => (d % 2 ? 'a' : undefined) }, false, findings)).toBeLessThanOrEqual(2);
    }
  });

  it('fifty requests caught on a one-cent lie (power pumped to 0.97), then selling in every request: at most two burned purchases', () => {
    expect(burns({ caught: (d) => (d < 50 ? 'a' : undefined), seller: (d) => (d < 50 ? undefined : 'a') }, false, 1, 90)).toBeLessThanOrEqual(2);
  });

  it('(fixed) a seller delivering 5 EUR items as described between 500 EUR ones that are not: at most two dear purchases burned (on 544acdb: 6 to 10 in 60 days)', () => {
    const delivered = (day: number, outcome: 'as-described' | 'not-as-described', amountMinor: number): TrustEventInput => ({
      kind: 'order-outcome',
      brandId: 'a',
      occurredAt: at(day),
      evidence: { orderId: `a-order-${day}`, outcome, satisfied: outcome === 'as-described', stake: { amountMinor, currency: 'EUR' } },
    });
    // The seller lies on the dear item whenever the butler would buy it and its failed deliveries have been forgiven down
    // to `patience`; otherwise it sells a cheap item, as described, to be forgiven.
    for (const patience of [0.05, 0.2, 0.5, 1]) {
      const s = memoryLedger();
      s.ledger.registerBrand({ brandId: 'a', registeredAtMs: T0 });
      let dear = 0;
      let cheap = 0;
      for (let day = 0; day < 60; day++) {
        const view = s.ledger.scoreOf('a', T0 + day * DAY);
        s.ledger.appendMany([ev.clean('a', day)]);
        if (view.honestyAfterCleanCheck < RECOMMENDATION_FLOOR) continue;
        if (view.claimsFailed <= patience) {
          dear++;
          s.ledger.appendMany([delivered(day + 0.5, 'not-as-described', 50_000)]);
        } else {
          cheap++;
          s.ledger.appendMany([delivered(day + 0.5, 'as-described', 500)]);
        }
      }
      expect(dear, `patience ${patience} (${cheap} cheap sales)`).toBeLessThanOrEqual(2);
    }
  });

  it('a delivery as described of the same stake still forgives a failed one as before (2^(-1/2))', () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'a', registeredAtMs: T0 });
    const stake = { amountMinor: 50_000, currency: 'EUR' };
    s.ledger.appendMany([{ kind: 'order-outcome', brandId: 'a', occurredAt: at(0), evidence: { orderId: 'a-1', outcome: 'not-as-described', satisfied: false, stake } }]);
    s.ledger.appendMany([{ kind: 'order-outcome', brandId: 'a', occurredAt: at(0), evidence: { orderId: 'a-2', outcome: 'as-described', satisfied: true, stake } }]);
    expect(s.ledger.scoreOf('a', T0).claimsFailed).toBeCloseTo(2 ** -0.5, 9);
  });

  it('(fixed) stakes are compared per currency: yen deliveries as described forgive no euro failures (on 86050b1 three 1,000 JPY deliveries forgave two 500 EUR failures as three 500 EUR ones would)', () => {
    const outcome = (s: ReturnType<typeof memoryLedger>, day: number, outcome: 'as-described' | 'not-as-described', stake: { amountMinor: number; currency: string }) =>
      s.ledger.appendMany([{ kind: 'order-outcome', brandId: 'a', occurredAt: at(day), evidence: { orderId: `a-order-${day}`, outcome, satisfied: outcome === 'as-described', stake } }]);
    const failedTwiceThen = (cheap: { amountMinor: number; currency: string }) => {
      const s = memoryLedger();
      s.ledger.registerBrand({ brandId: 'a', registeredAtMs: T0 });
      outcome(s, 0, 'not-as-described', { amountMinor: 50_000, currency: 'EUR' });
      outcome(s, 1, 'not-as-described', { amountMinor: 50_000, currency: 'EUR' });
      for (const day of [2, 3, 4]) outcome(s, day, 'as-described', cheap);
      return s.ledger.scoreOf('a', T0 + 5 * DAY).claimsFailed;
    };
    const failedBefore = (() => {
      const s = memoryLedger();
      s.ledger.registerBrand({ brandId: 'a', registeredAtMs: T0 });
      outcome(s, 0, 'not-as-described', { amountMinor: 50_000, currency: 'EUR' });
      outcome(s, 1, 'not-as-described', { amountMinor: 50_000, currency: 'EUR' });
      return s.ledger.scoreOf('a', T0 + 5 * DAY).claimsFailed;
    })();
    // 1,000 JPY is 1,000 major units: summed raw with euros it outweighs a 500 EUR purchase.
    const afterYen = failedTwiceThen({ amountMinor: 1_000, currency: 'JPY' });
    const afterSmallEuros = failedTwiceThen({ amountMinor: 1_000, currency: 'EUR' });
    expect(afterSmallEuros).toBeLessThan(failedBefore);
    expect(afterYen).toBeGreaterThanOrEqual(afterSmallEuros);
    expect(afterYen).toBeCloseTo(failedBefore, 9);
  });

  it('within one currency, whatever its unit, a delivery forgives in proportion to its stake as before (yen against yen as euros against euros)', () => {
    const run = (currency: string, failedMinor: number, deliveredMinor: number) => {
      const s = memoryLedger();
      s.ledger.registerBrand({ brandId: 'a', registeredAtMs: T0 });
      s.ledger.appendMany([{ kind: 'order-outcome', brandId: 'a', occurredAt: at(0), evidence: { orderId: 'a-1', outcome: 'not-as-described', satisfied: false, stake: { amountMinor: failedMinor, currency } } }]);
      s.ledger.appendMany([{ kind: 'order-outcome', brandId: 'a', occurredAt: at(0), evidence: { orderId: 'a-2', outcome: 'as-described', satisfied: true, stake: { amountMinor: deliveredMinor, currency } } }]);
      return s.ledger.scoreOf('a', T0).claimsFailed;
    };
    // A tenth of the failed stake forgives a tenth of a clean check, in yen (no minor unit) as in euros.
    expect(run('JPY', 80_000, 8_000)).toBeCloseTo(2 ** -0.05, 9);
    expect(run('EUR', 50_000, 5_000)).toBeCloseTo(2 ** -0.05, 9);
  });

  it('two linked identities, one caught in every request while the other sells: at most two burned purchases for the party', () => {
    for (const findings of [1, 10]) {
      expect(burns({ caught: () => 'a', seller: () => 'b' }, true, findings)).toBeLessThanOrEqual(2);
      expect(burns({ caught: (d) => (d % 2 ? 'a' : 'b'), seller: (d) => (d % 2 ? 'b' : 'a') }, true, findings)).toBeLessThanOrEqual(2);
    }
  });
});

describeButler('the purchase path agrees with the floor a clean check in hand sets', () => {
  async function caughtTwiceThen(later: (brief: NeedBriefInput) => Offer[]) {
    const h = await slyCaughtTwiceThen(later, (order) => slyReceipt(order, `sly-${order.offerId.slice(-12)}`));
    closers.push(h.close);
    return h;
  }
  const truth = (brief: NeedBriefInput) => slyOffer(`true-${brief.requestId}`, brief.requestId, claimingBattery(44));

  it('an offer ranked on a clean check in hand can be proposed and bought', async () => {
    const h = await caughtTwiceThen((brief) => [truth(brief)]);
    const result = await h.butler.shop(need);
    const sly = result.ranking.ranked.find((r) => r.brandId === 'sly');
    expect(sly).toBeDefined();
    expect((await h.buy(sly!.offerId)).kind).toBe('purchased');
  });

  it('the same true offer beside a lie in its request is below the floor and refused at purchase, whatever asks', async () => {
    const h = await caughtTwiceThen((brief) => [truth(brief), slyOffer(`lie2-${brief.requestId}`, brief.requestId, claimingBattery(80))]);
    const result = await h.butler.shop(need);
    const sly = result.ranking.excluded.find((r) => r.offer.offerId.includes('true-'));
    expect(sly?.reasons.map((r) => r.code)).toContain('below-honesty-floor');
    const bought = await h.buy(sly!.offerId);
    expect(bought.kind).toBe('excluded-by-ranking');
  });
});

describeButler('what a reported delivery put at stake', () => {
  it('(fixed) the outcome of an order is recorded with its price as the stake, which forgiveness is weighed by (on 544acdb: no stake)', async () => {
    const h = await butlerBesideTrailco(
      slyConnection({
        requestOffers: (brief) => ({ requestId: brief.requestId, outcome: 'offers', offers: [slyOffer(`o-${brief.requestId}`, brief.requestId, claimingBattery(44))] }),
        placeOrder: (order) => slyReceipt(order, `sly-${order.idempotencyKey.slice(5, 21)}`),
      }),
    );
    closers.push(h.close);
    const result = await h.butler.shop(need);
    const sly = result.ranking.ranked.find((r) => r.brandId === 'sly')!;
    const bought = await h.buy(sly.offerId);
    if (bought.kind !== 'purchased') throw new Error(bought.kind);
    expect(h.butler.reportOutcome(bought.order.orderId, { text: 'arrived fine', satisfied: true }).kind).toBe('recorded');
    const outcome = h.ledger.eventsFor('sly').find((e) => e.kind === 'order-outcome');
    expect(outcome?.kind === 'order-outcome' ? outcome.evidence.stake : undefined).toEqual(bought.receipt.charged);
  });
});

describe('numeric edges of the check power', () => {
  it('a record decayed to nothing, and ten thousand caught requests: finite, and never forgiving more than there is', () => {
    let state = emptyTrustState();
    for (let i = 0; i < 10_000; i++) for (const e of caughtRequest('big', i / 100, 1)) state = foldTrustEvent(state, { kind: e.kind, evidence: e.evidence } as never, Date.parse(e.occurredAt));
    const power = checkPower(state.power);
    expect(power).toBeLessThan(1);
    expect(power).toBeGreaterThan(0.99);
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'old', registeredAtMs: T0 });
    s.ledger.appendMany(caughtRequest('old', 0, 3));
    // A thousand years later: everything decayed to (nearly) zero, the newcomer's standing back.
    const later = s.ledger.scoreOf('old', T0 + 365_000 * DAY);
    expect(Number.isFinite(later.honestyAfterCleanCheck)).toBe(true);
    expect(later.honestyAfterCleanCheck).toBeCloseTo(later.estimatedHonesty, 12);
    expect(later.honestyAfterCleanCheck).toBeLessThanOrEqual(0.8);
  });
});
