import { afterEach, describe, expect, it } from 'vitest';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { ForgetfulTrust } from '../../sim/index.ts';
import { butlerWith, catalogOf, testClock } from './harness.ts';
import { headphonesNeed } from './headphones-need.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

function switcher(clock: () => Date, price: number) {
  // Its surcharge is capped at the mandate: the charge stays within what the person authorised, the terms do not.
  return createStrategyBrand({ id: 'switcheroo', name: 'Switcheroo', strategy: 'bait-and-switch', categories: ['headphones'], catalog: catalogOf('SWCH', [{ product: 'jbl-tune-770nc-black', price, stock: 9 }]), clock });
}

/** A switcher with two offers (the cheaper one it switches at checkout) and an honest brand's dearer offer. */
function switcherAndNext(clock: () => Date) {
  const twoOffers = createStrategyBrand({
    id: 'switcheroo',
    name: 'Switcheroo',
    strategy: 'bait-and-switch',
    categories: ['headphones'],
    catalog: catalogOf('SWCH', [
      { product: 'jbl-tune-770nc-black', price: 12_000, stock: 9 },
      { product: 'sony-wh-ch720n-black', price: 12_500, stock: 9 },
    ]),
    clock,
  });
  const calm = createStrategyBrand({ id: 'calm-audio', name: 'Calm Audio', strategy: 'honest', categories: ['headphones'], catalog: catalogOf('CALM', [{ product: 'jbl-tune-770nc-black', price: 16_000, stock: 9 }]), clock });
  return [twoOffers, calm];
}

describe('a switched receipt: the request ranked again without the switcher, the next brand proposed', () => {
  it('refuses a switch within the mandate and proposes the new top pick of the request with the reason, buying nothing more', async () => {
    const clock = testClock();
    const h = await butlerWith({
      clock: clock.now,
      brands: [
        switcher(clock.now, 12_500),
        createStrategyBrand({ id: 'calm-audio', name: 'Calm Audio', strategy: 'honest', categories: ['headphones'], catalog: catalogOf('CALM', [{ product: 'jbl-tune-770nc-black', price: 13_500, stock: 9 }]), clock: clock.now }),
      ],
    });
    closers.push(h.close);
    const result = await h.butler.shop(headphonesNeed(20_000));
    const top = result.ranking.ranked[0]!;
    expect(top.brandId).toBe('switcheroo');
    const purchase = await h.buy(top.offerId);
    expect(purchase.kind).toBe('refused-bait-and-switch');
    if (purchase.kind !== 'refused-bait-and-switch') return;
    // Within the mandate: the charge is what was authorised, only the terms changed; still never accepted silently.
    expect(purchase.order.receipt!.charged.amountMinor).toBeLessThanOrEqual(purchase.order.mandate.maxAmount.amountMinor);
    expect(h.memory.order(purchase.order.orderId)?.status).toBe('refused-bait-and-switch');
    expect(h.ledger.eventsFor('switcheroo').some((e) => e.kind === 'bait-and-switch')).toBe(true);
    const reproposal = purchase.reproposal;
    expect(reproposal).toBeDefined();
    // The switcher deceived on this very deal: none of its offers is in the request ranked again.
    expect([...reproposal!.ranking.ranked, ...reproposal!.ranking.excluded].some((r) => r.brandId === 'switcheroo')).toBe(false);
    expect(reproposal!.top?.brandId).toBe('calm-audio');
    expect(reproposal!.reason).toMatch(/^Switcheroo changed .* at checkout; Calm Audio at .* is now the best$/);
    // Nothing else was ordered: the new top pick waits for the person's own "yes".
    expect(h.wiretap.orders).toHaveLength(1);
    expect(h.memory.spentInMonth(clock.now(), 'EUR').amountMinor).toBe(0);
  });

  it.each([
    ['with its ledger', undefined],
    ['without a ledger (the ablation: the same rule, the switch is evidence of this request)', new ForgetfulTrust()],
  ])('never re-proposes the switcher, %s: the next brand is proposed and bought on a new consent', async (_, trust) => {
    const clock = testClock();
    // The person's floor at 0: the switcher stays recommendable on any record; its other offer is cheaper than the next brand's.
    const h = await butlerWith({ clock: clock.now, profile: { honestyFloor: 0 }, brands: switcherAndNext(clock.now), ...(trust ? { trust } : {}) });
    closers.push(h.close);
    const result = await h.butler.shop(headphonesNeed(20_000));
    const first = result.ranking.ranked[0]!;
    expect(first.brandId).toBe('switcheroo');
    expect(result.ranking.ranked.filter((r) => r.brandId === 'switcheroo')).toHaveLength(2);
    const refused = await h.buy(first.offerId);
    expect(refused.kind).toBe('refused-bait-and-switch');
    if (refused.kind !== 'refused-bait-and-switch') return;
    const reproposal = refused.reproposal!;
    expect([...reproposal.ranking.ranked, ...reproposal.ranking.excluded].some((r) => r.brandId === 'switcheroo')).toBe(false);
    expect(reproposal.top?.brandId).toBe('calm-audio');
    expect(reproposal.reason).toContain('Calm Audio');
    expect(h.wiretap.orders).toHaveLength(1);
    const second = await h.buy(reproposal.top!.offerId);
    expect(second.kind).toBe('purchased');
    expect(h.wiretap.orders).toEqual([first.offerId, reproposal.top!.offerId]);
  });
});

// review (mend38): the re-proposal left the switcher's other offers out, but a person naming one of them by id could
// still order it right after the switch was refused. The butler itself refuses them, with a typed reason.
describe('a brand caught switching in this request: its other offers are refused by the butler itself', () => {
  it.each([
    ['with its ledger', undefined],
    ['without a ledger (the ablation)', new ForgetfulTrust()],
  ])('%s: naming its other offer gets excluded-by-ranking (switched-in-request), no order reaches the brand', async (_, trust) => {
    const clock = testClock();
    // Floor 0 and second chances: nothing on the switcher's record alone would stop the purchase.
    const h = await butlerWith({ clock: clock.now, profile: { honestyFloor: 0, secondChances: true }, brands: switcherAndNext(clock.now), ...(trust ? { trust } : {}) });
    closers.push(h.close);
    const result = await h.butler.shop(headphonesNeed(20_000));
    const [first, other] = result.ranking.ranked.filter((r) => r.brandId === 'switcheroo');
    expect(first?.rank).toBe(1);
    expect((await h.buy(first!.offerId)).kind).toBe('refused-bait-and-switch');
    // Shown before any "yes", and refused whatever surface asks.
    expect(h.butler.propose(other!.offerId)).toMatchObject({ exclusion: { reasons: [{ code: 'switched-in-request' }] } });
    const named = await h.buy(other!.offerId);
    expect(named).toMatchObject({ kind: 'excluded-by-ranking', offerId: other!.offerId, reasons: [{ code: 'switched-in-request' }] });
    expect(h.wiretap.orders).toEqual([first!.offerId]);
    // The switched offer itself stays the order it is; the other brand is bought on a new consent.
    expect((await h.buy(first!.offerId)).kind).toBe('already-ordered');
    const calmOffer = result.ranking.ranked.find((r) => r.brandId === 'calm-audio')!;
    expect((await h.buy(calmOffer.offerId)).kind).toBe('purchased');
  });
});
