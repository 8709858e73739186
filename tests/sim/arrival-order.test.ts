import { describe, expect, it } from 'vitest';
import type { BrandConnection } from '../../agent/butler/index.ts';
import { inArrivalOrder } from '../../sim/policies/arrival-order.ts';

/** A brand that answers at once (one turn, as a fast connection's call takes a few) and notes when it answered. */
function brandAnswering(id: string, answered: string[]): BrandConnection {
  return {
    card: { id } as BrandConnection['card'],
    timeoutMs: 1_000,
    requestOffers: async () => {
      await undefined;
      answered.push(id);
      return { ok: false, error: { code: 'TIMEOUT', message: 'not used' } };
    },
  } as unknown as BrandConnection;
}

/** Asks every brand at once (as the fan-out does, in id order) and returns the order the answers came in. */
async function askAll(brands: readonly BrandConnection[], answered: string[]): Promise<string[]> {
  answered.length = 0;
  const brief = {} as Parameters<BrandConnection['requestOffers']>[0];
  await Promise.all(brands.map((b) => b.requestOffers(brief)));
  return [...answered];
}

describe('inArrivalOrder', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];

  it('delivers the answers to a brief in the arrival order, whatever order the brands are asked in', async () => {
    const answered: string[] = [];
    const arrival = ['d', 'a', 'e', 'c', 'b'];
    const brands = inArrivalOrder(ids.map((id) => brandAnswering(id, answered)), arrival);
    expect(await askAll(brands, answered)).toEqual(arrival);
  });

  it('starts each later brief afresh: its brands wait their turns from when they are asked, not from an earlier brief', async () => {
    const answered: string[] = [];
    const arrival = ['c', 'e', 'b', 'd', 'a'];
    const brands = inArrivalOrder(ids.map((id) => brandAnswering(id, answered)), arrival);
    expect(await askAll(brands, answered)).toEqual(arrival);
    // A second brief to the same wrapped brands (the butler's follow-up for cheaper options), and a third.
    expect(await askAll(brands, answered)).toEqual(arrival);
    expect(await askAll([...brands].reverse(), answered)).toEqual(arrival);
  });

  it('leaves the first-arriving brand and brands it has no position for unwrapped', () => {
    const answered: string[] = [];
    const raw = ids.map((id) => brandAnswering(id, answered));
    const brands = inArrivalOrder(raw, ['b', 'a']);
    expect(brands[1]).toBe(raw[1]);
    expect(brands[2]).toBe(raw[2]);
    expect(brands[0]).not.toBe(raw[0]);
  });
});
