import { afterEach, describe, expect, it } from 'vitest';
import type { Need } from '../../agent/need/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { butlerWith, catalogOf, testClock } from './harness.ts';
import { TRUST_PARAMETERS } from '../../agent/trust/index.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

function organicBeans(budgetMinor: number): Need {
  return {
    category: 'coffee',
    hardConstraints: [
      { attribute: 'form', op: 'eq', value: 'beans' },
      { attribute: 'organic', op: 'eq', value: true },
      { attribute: 'fair_trade', op: 'eq', value: true },
    ],
    softPreferences: [],
    quantity: 1,
    budget: { amountMinor: budgetMinor, currency: 'EUR' },
    currency: 'EUR',
    text: 'organic fair trade coffee beans',
  };
}

/** A liar selling non-organic Kenyan beans as organic and fair trade, cheap; an honest newcomer with the real thing. */
async function market() {
  const clock = testClock();
  const h = await butlerWith({
    clock: clock.now,
    brands: [
      createStrategyBrand({
        id: 'cheap-beans',
        name: 'Cheap Beans',
        strategy: 'honest',
        categories: ['coffee'],
        catalog: catalogOf('CHB', [{ product: 'nordlicht-rosterei-kenia-kiambu-aa-beans-250g', price: 900, stock: 99, claimedAttributes: { organic: true, fair_trade: true } }]),
        clock: clock.now,
      }),
      createStrategyBrand({
        id: 'fresh-beans',
        name: 'Fresh Beans',
        strategy: 'honest',
        categories: ['coffee'],
        catalog: catalogOf('FRB', [{ product: 'tostadores-del-sur-colombia-huila-beans-250g', price: 1_300, stock: 99 }]),
        clock: clock.now,
      }),
    ],
  });
  closers.push(h.close);
  return { h, clock };
}

describe('earning and losing trust through outcomes', () => {
  it('a report "not organic, not fair trade" lowers the liar below an honest newcomer and verifies nothing it did not mention', async () => {
    const { h, clock } = await market();
    const first = await h.butler.shop(organicBeans(3_000));
    const cheap = first.ranking.ranked.find((r) => r.brandId === 'cheap-beans');
    const fresh = first.ranking.ranked.find((r) => r.brandId === 'fresh-beans');
    expect(cheap, 'the lie is not visible before delivery').toBeDefined();
    expect(fresh, 'an honest newcomer is recommendable from its first offer').toBeDefined();
    expect(first.ranking.ranked[0]!.brandId).toBe('cheap-beans');

    const purchase = await h.buy(cheap!.offerId);
    expect(purchase.kind).toBe('purchased');
    if (purchase.kind !== 'purchased') return;
    const reported = h.report(purchase.order.orderId, { text: 'not organic, not fair trade', source: 'person' });
    expect(reported.kind).toBe('recorded');

    const events = h.ledger.eventsFor('cheap-beans');
    expect(events.filter((e) => e.kind === 'claim-contradicted').map((e) => e.evidence.claim.attribute).sort()).toEqual(['fair_trade', 'organic']);
    expect(events.some((e) => e.kind === 'claim-verified'), 'attributes the person did not mention are not verified').toBe(false);
    const at = clock.now().getTime();
    const liar = h.ledger.scoreOf('cheap-beans', at);
    h.ledger.registerBrand({ brandId: 'fresh-beans' });
    const newcomer = h.ledger.scoreOf('fresh-beans', at);
    expect(liar.estimatedHonesty).toBeLessThan(newcomer.estimatedHonesty);

    clock.advanceDays(7);
    const second = await h.butler.shop(organicBeans(3_000));
    expect(second.ranking.ranked[0]?.brandId).toBe('fresh-beans');
    const cheapAgain = [...second.ranking.ranked, ...second.ranking.excluded].find((r) => r.brandId === 'cheap-beans');
    const valueAgain = cheapAgain && 'value' in cheapAgain && typeof cheapAgain.value === 'number' ? cheapAgain.value : undefined;
    expect(valueAgain === undefined || valueAgain < cheap!.value, 'a liar reported by an outcome never rises').toBe(true);
  });

  it('an honest newcomer that delivers as promised stays recommended, and gains standing in the trust table (not a premium over strangers)', async () => {
    const { h, clock } = await market();
    const first = await h.butler.shop(organicBeans(3_000));
    const fresh = first.ranking.ranked.find((r) => r.brandId === 'fresh-beans')!;
    const purchase = await h.buy(fresh.offerId);
    expect(purchase.kind).toBe('purchased');
    if (purchase.kind !== 'purchased') return;
    expect(h.report(purchase.order.orderId, { text: 'arrived on time, organic and fair trade as promised', source: 'person' }).kind).toBe('recorded');
    clock.advanceDays(7);
    const second = await h.butler.shop(organicBeans(3_000));
    const again = second.ranking.ranked.find((r) => r.brandId === 'fresh-beans')!;
    expect(again.breakdown.claimsHold).toBeGreaterThanOrEqual(fresh.breakdown.claimsHold);
    expect(again.trust?.claimsChecked ?? 0).toBeGreaterThan(0);
    expect(again.trust!.honesty.score).toBeGreaterThan(TRUST_PARAMETERS.baseRate.honesty);
    expect(second.explanation.offers.find((o) => o.offerId === again.offerId)?.status).toBe('recommended');
  });
});
