// mendleft40: one rule decides when an offer has expired (agent/scoring/offer-expired.ts). The protocol answers
// OFFER_EXPIRED only after an offer's validUntil, so an offer valid until T is bought at T and refused from T + 1 ms.
// The re-check's re-proposal is tested at the same boundary in recheck-reproposal.test.ts, the MCP server in
// tests/mcp/prepare-expiry-boundary.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { offerExpired } from '../../agent/scoring/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { butlerWith, catalogOf, testClock } from './harness.ts';
import { headphonesNeed } from './headphones-need.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** One honest shop's offer, found now and bought `msAfterEnd` milliseconds after its validUntil. */
async function buyAfterEnd(msAfterEnd: number) {
  const clock = testClock();
  const h = await butlerWith({
    clock: clock.now,
    brands: [createStrategyBrand({ id: 'calm-audio', name: 'Calm Audio', strategy: 'honest', categories: ['headphones'], catalog: catalogOf('CALM', [{ product: 'jbl-tune-770nc-black', price: 13_500, stock: 9 }]), clock: clock.now })],
  });
  closers.push(h.close);
  const top = (await h.butler.shop(headphonesNeed(20_000))).ranking.ranked[0]!;
  clock.setTo(Date.parse(top.offer.validUntil) + msAfterEnd);
  return { result: await h.buy(top.offerId), orders: h.wiretap.orders };
}

describe('an offer valid until T', () => {
  it('is bought at T itself', async () => {
    const { result, orders } = await buyAfterEnd(0);
    expect(result.kind).toBe('purchased');
    expect(orders).toHaveLength(1);
  });

  it('is refused one millisecond after T, and nothing reaches the brand', async () => {
    const { result, orders } = await buyAfterEnd(1);
    expect(result.kind).toBe('not-available');
    expect(orders).toHaveLength(0);
  });

  it('has expired only after T; an end that cannot be read promises nothing', () => {
    const end = '2026-11-23T12:00:00.000Z';
    expect(offerExpired({ validUntil: end }, new Date(Date.parse(end) - 1))).toBe(false);
    expect(offerExpired({ validUntil: end }, new Date(end))).toBe(false);
    expect(offerExpired({ validUntil: end }, new Date(Date.parse(end) + 1))).toBe(true);
    expect(offerExpired({ validUntil: 'soon' }, new Date(end))).toBe(true);
  });
});
