import { afterEach, describe, expect, it } from 'vitest';
import type { Need } from '../../agent/need/index.ts';
import { settleFromGroundTruth } from '../../app/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';
import { butlerWith, catalogOf, testClock } from './harness.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

function headphonesNeed(budgetMinor: number): Need {
  return {
    category: 'headphones',
    hardConstraints: [{ attribute: 'noise_cancelling', op: 'eq', value: true }],
    softPreferences: [{ attribute: 'battery_hours', direction: 'higher', weight: 0.3 }],
    quantity: 1,
    budget: { amountMinor: budgetMinor, currency: 'EUR' },
    currency: 'EUR',
    text: 'noise cancelling headphones',
  };
}

function trailNeed(budgetMinor: number): Need {
  return {
    category: 'running-shoes',
    hardConstraints: [
      { attribute: 'size_eu', op: 'eq', value: 43 },
      { attribute: 'terrain', op: 'eq', value: 'trail' },
      { attribute: 'waterproof', op: 'eq', value: true },
    ],
    softPreferences: [],
    quantity: 1,
    budget: { amountMinor: budgetMinor, currency: 'EUR' },
    currency: 'EUR',
    text: 'waterproof trail shoes size 43',
  };
}

describe('the butler end to end over real MCP transports', () => {
  it('ranks an honest brand the person knows above a pushy and a deceptive one with better headline prices, and says why', async () => {
    const clock = testClock();
    const h = await butlerWith({
      clock: clock.now,
      brands: [
        createStrategyBrand({ id: 'calm-audio', name: 'Calm Audio', strategy: 'honest', categories: ['headphones'], catalog: catalogOf('CALM', [{ product: 'jbl-tune-770nc-black', price: 13_000, stock: 9 }]), clock: clock.now }),
        createStrategyBrand({ id: 'hype-audio', name: 'Hype Audio', strategy: 'pushy', categories: ['headphones'], catalog: catalogOf('HYPE', [{ product: 'jbl-tune-770nc-black', price: 12_000, stock: 9 }]), clock: clock.now }),
        createStrategyBrand({ id: 'shady-audio', name: 'Shady Audio', strategy: 'deceptive', categories: ['headphones'], catalog: catalogOf('SHDY', [{ product: 'jbl-tune-770nc-black', price: 11_500, stock: 9, claimedAttributes: { battery_hours: 70 } }]), clock: clock.now }),
      ],
    });
    closers.push(h.close);
    // Three past orders from Calm Audio arrived as described: it is an established seller whose word counts in
    // cross-checks (a seller with no history would count for nothing, so sock puppets cannot frame anyone).
    h.ledger.registerBrand({ brandId: 'calm-audio' });
    h.ledger.appendMany(
      [1, 2, 3].map((k) => ({ brandId: 'calm-audio', kind: 'order-outcome' as const, occurredAt: new Date(clock.now().getTime() - k * 86_400_000).toISOString(), evidence: { orderId: `past-${k}`, outcome: 'as-described' as const, satisfied: true } })),
    );
    const result = await h.butler.shop(headphonesNeed(20_000));
    const top = result.ranking.ranked[0];
    expect(top?.brandId).toBe('calm-audio');
    const position = (brandId: string) => result.ranking.ranked.findIndex((r) => r.brandId === brandId);
    for (const loser of ['hype-audio', 'shady-audio']) {
      const pos = position(loser);
      expect(pos === -1 || pos > 0, `${loser} must not win`).toBe(true);
    }
    const headline = (brandId: string) => Math.min(...[...result.ranking.ranked, ...result.ranking.excluded].filter((r) => r.brandId === brandId).map((r) => r.offer.price.amountMinor));
    expect(headline('hype-audio')).toBeLessThan(top!.offer.price.amountMinor);
    expect(headline('shady-audio')).toBeLessThan(top!.offer.price.amountMinor);
    const flagsOf = (brandId: string) => result.explanation.offers.filter((o) => o.brandId === brandId).flatMap((o) => o.flags);
    expect(flagsOf('hype-audio').some((f) => f.source === 'pressure')).toBe(true);
    expect(flagsOf('shady-audio').some((f) => f.source === 'honesty' || f.source === 'exclusion')).toBe(true);
    expect(result.explanation.summary).toMatch(/Calm Audio/);
    const events = h.ledger.eventsFor('hype-audio');
    expect(events.some((e) => e.kind === 'pressure-tactic')).toBe(true);
  });

  it('refuses a bait-and-switch receipt, records it, and does not count it as spending', async () => {
    const clock = testClock();
    const h = await butlerWith({
      clock: clock.now,
      brands: [createStrategyBrand({ id: 'switcheroo', name: 'Switcheroo', strategy: 'bait-and-switch', categories: ['headphones'], catalog: catalogOf('SWCH', [{ product: 'jbl-tune-770nc-black', price: 12_500, stock: 9 }]), clock: clock.now })],
    });
    closers.push(h.close);
    const result = await h.butler.shop(headphonesNeed(20_000));
    const offer = result.ranking.ranked[0]!;
    const purchase = await h.buy(offer.offerId);
    expect(purchase.kind).toBe('refused-bait-and-switch');
    if (purchase.kind !== 'refused-bait-and-switch') return;
    expect(purchase.mismatches.length).toBeGreaterThan(0);
    expect(h.memory.order(purchase.order.orderId)?.status).toBe('refused-bait-and-switch');
    expect(h.ledger.eventsFor('switcheroo').some((e) => e.kind === 'bait-and-switch')).toBe(true);
    expect(h.memory.spentInMonth(clock.now(), 'EUR').amountMinor).toBe(0);
  });

  it('makes a purchase above the per-order cap impossible: excluded, blocked, and no order reaches the brand', async () => {
    const clock = testClock();
    const h = await butlerWith({
      clock: clock.now,
      profile: { spendCapPerOrder: { amountMinor: 5_000, currency: 'EUR' } },
      brands: [createStrategyBrand({ id: 'calm-audio', name: 'Calm Audio', strategy: 'honest', categories: ['headphones'], catalog: catalogOf('CALM', [{ product: 'jbl-tune-770nc-black', price: 13_000, stock: 9 }]), clock: clock.now })],
    });
    closers.push(h.close);
    const result = await h.butler.shop(headphonesNeed(20_000));
    expect(result.ranking.ranked).toHaveLength(0);
    const excluded = result.ranking.excluded[0]!;
    expect(excluded.reasons.some((r) => r.code === 'policy')).toBe(true);
    const purchase = await h.buy(excluded.offerId);
    expect(purchase.kind).toBe('blocked-by-policy');
    expect(h.wiretap.orders).toEqual([]);
  });

  it('raises the trust of a brand that honestly declines', async () => {
    const clock = testClock();
    const h = await butlerWith({
      clock: clock.now,
      brands: [createStrategyBrand({ id: 'plain-audio', name: 'Plain Audio', strategy: 'honest-decliner', categories: ['headphones'], catalog: catalogOf('PLN', [{ product: 'sony-wh-ch520-blue', price: 6_500, stock: 9 }]), clock: clock.now })],
    });
    closers.push(h.close);
    h.ledger.registerBrand({ brandId: 'plain-audio' });
    const before = h.ledger.scoreOf('plain-audio', clock.now().getTime());
    const result = await h.butler.shop(headphonesNeed(20_000));
    expect(result.declines.map((d) => d.brandId)).toEqual(['plain-audio']);
    const after = h.ledger.scoreOf('plain-audio', clock.now().getTime());
    expect(h.ledger.eventsFor('plain-audio').some((e) => e.kind === 'honest-decline')).toBe(true);
    expect(after.trust).toBeGreaterThan(before.trust);
    expect(after.honesty.expected).toBeGreaterThan(before.honesty.expected);
  });

  it('learns from outcomes: a claim contradicted after delivery pushes that brand down the next time', async () => {
    const clock = testClock();
    const h = await butlerWith({
      clock: clock.now,
      brands: [
        createStrategyBrand({ id: 'cheap-trails', name: 'Cheap Trails', strategy: 'honest', categories: ['running-shoes'], catalog: catalogOf('CHT', [{ product: 'salomon-sense-ride-5-43', price: 9_900, stock: 9, claimedAttributes: { waterproof: true } }]), clock: clock.now }),
        createStrategyBrand({ id: 'good-trails', name: 'Good Trails', strategy: 'honest', categories: ['running-shoes'], catalog: catalogOf('GDT', [{ product: 'brooks-cascadia-17-gtx-43', price: 15_500, stock: 9 }]), clock: clock.now }),
      ],
    });
    closers.push(h.close);
    const first = await h.butler.shop(trailNeed(20_000));
    const cheapFirst = first.ranking.ranked.find((r) => r.brandId === 'cheap-trails');
    expect(cheapFirst, 'the lie is not visible before delivery').toBeDefined();
    const purchase = await h.buy(cheapFirst!.offerId);
    expect(purchase.kind).toBe('purchased');
    if (purchase.kind !== 'purchased') return;
    const settled = h.report(purchase.order.orderId, settleFromGroundTruth(purchase.order, clock.now()));
    expect(settled.kind).toBe('recorded');
    expect(h.ledger.eventsFor('cheap-trails').some((e) => e.kind === 'claim-contradicted' && e.evidence.claim.attribute === 'waterproof')).toBe(true);

    clock.advanceDays(7);
    const second = await h.butler.shop(trailNeed(20_000));
    expect(second.ranking.ranked[0]?.brandId).toBe('good-trails');
    const cheapSecond = second.ranking.ranked.find((r) => r.brandId === 'cheap-trails');
    expect(cheapSecond === undefined || cheapSecond.value < cheapFirst!.value).toBe(true);
  });

  it('never discloses the budget or the person to any brand', async () => {
    const clock = testClock();
    const h = await butlerWith({
      clock: clock.now,
      brands: [
        createStrategyBrand({ id: 'calm-audio', name: 'Calm Audio', strategy: 'honest', categories: ['headphones'], catalog: catalogOf('CALM', [{ product: 'jbl-tune-770nc-black', price: 13_000, stock: 9 }]), clock: clock.now }),
        createStrategyBrand({ id: 'hype-audio', name: 'Hype Audio', strategy: 'pushy', categories: ['headphones'], catalog: catalogOf('HYPE', [{ product: 'jbl-live-770nc-blue', price: 16_000, stock: 9 }]), clock: clock.now }),
      ],
    });
    closers.push(h.close);
    const budget = 18_765;
    const result = await h.butler.shop(headphonesNeed(budget));
    const best = result.ranking.ranked[0]!;
    await h.buy(best.offerId);
    expect(h.wiretap.outgoing.length).toBeGreaterThan(4);
    const secret = h.memory.installSecret();
    for (const message of h.wiretap.outgoing) {
      expect(message).not.toContain(String(budget));
      expect(message).not.toContain('187.65');
      expect(message).not.toContain('budgetCeiling');
      expect(message).not.toContain(secret);
    }
    const buyerIds = new Set(h.wiretap.outgoing.map((m) => (JSON.parse(m) as { buyerId?: string }).buyerId).filter(Boolean));
    expect(buyerIds.size).toBe(2);
  });

  it('survives malformed, crashing and hanging brands, and still hears a brand over stdio', async () => {
    const clock = testClock();
    const h = await butlerWith({
      clock: clock.now,
      callTimeoutMs: 1_500,
      brands: [
        fixtureBrand({ id: 'broken-offers', faults: { invalidOffer: true }, clock: clock.now }),
        fixtureBrand({ id: 'crashing', faults: { throwInternal: true }, clock: clock.now }),
        fixtureBrand({ id: 'hanging', faults: { hang: true }, handlerTimeoutMs: 30_000, clock: clock.now }),
        // Configured under the id its card announces: a brand is the entry the person wrote (issue 15 §1).
        { id: 'fixture-shoes', stdio: ['bin/run-ts.js', 'tests/fixtures/serve-fixture-brand.ts'] },
      ],
    });
    closers.push(h.close);
    expect(h.unreachable).toEqual([]);
    const result = await h.butler.shop(trailNeed(20_000));
    const codes = Object.fromEntries(result.failures.map((f) => [f.brandId, f.error.code]));
    expect(codes).toEqual({ 'broken-offers': 'INVALID_OUTPUT', crashing: 'INTERNAL_ERROR', hanging: 'TIMEOUT' });
    expect(result.ranking.ranked.map((r) => r.brandId)).toContain('fixture-shoes');
  });
});
