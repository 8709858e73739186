// The person's "second chances" rule (profile.secondChances). By default a brand caught saying something false is
// recommended again once clean checks outweigh what it was caught at; a person who sets "no second chances" never has
// it recommended again, whatever it offers — and the rule, like the person's other rules, is read at purchase as it
// stands then.
import { afterEach, describe, expect, it } from 'vitest';
import type { NeedBriefInput, Offer } from '../../protocol/index.ts';
import { claimingBattery, need, slyCaughtTwiceThen, slyOffer } from '../security/sly-market.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** Sly caught claiming 80 h twice, then offering a true 44 h pair (its orders are answered by `placeOrder`). */
async function slyCaughtTwice() {
  const h = await slyCaughtTwiceThen((brief: NeedBriefInput): Offer[] => [slyOffer(`true-${brief.requestId}`, brief.requestId, claimingBattery(44))]);
  closers.push(h.close);
  return h;
}

type Shopped = Awaited<ReturnType<Awaited<ReturnType<typeof slyCaughtTwice>>['butler']['shop']>>;
const slyIn = (result: Shopped) => {
  const entry = [...result.ranking.ranked, ...result.ranking.excluded].find((r) => r.offer.offerId.startsWith('sly:true-'));
  expect(entry).toBeDefined();
  return entry!;
};

describe('second chances', () => {
  it('by default, a caught brand whose request checks clean is recommended again', async () => {
    const h = await slyCaughtTwice();
    expect(h.memory.loadProfile().secondChances).toBe(true);
    const entry = slyIn(await h.butler.shop(need));
    expect('reasons' in entry).toBe(false);
  });

  it('"no second chances": the same offer is excluded, and the explanation says it is the person’s rule', async () => {
    const h = await slyCaughtTwice();
    h.memory.saveProfile({ ...h.memory.loadProfile(), secondChances: false });
    const result = await h.butler.shop(need);
    const entry = slyIn(result);
    expect('reasons' in entry && entry.reasons.map((r) => r.code)).toEqual(['caught-before']);
    // Trailco, never caught, is still recommended.
    expect(result.ranking.ranked.some((r) => r.brandId === 'trailco')).toBe(true);
    expect(JSON.stringify(result.explanation)).toMatch(/no second chances/);
  });

  it('is read at purchase as it stands then: an offer ranked under "yes" cannot be bought once the person says "no"', async () => {
    const h = await slyCaughtTwice();
    const entry = slyIn(await h.butler.shop(need));
    expect('reasons' in entry).toBe(false);
    h.memory.saveProfile({ ...h.memory.loadProfile(), secondChances: false });
    const refused = await h.buy(entry.offerId);
    expect(refused.kind).toBe('excluded-by-ranking');
    expect(refused.kind === 'excluded-by-ranking' && refused.reasons.map((r) => r.code)).toEqual(['caught-before']);
  });

  it('changes nothing for a brand never caught', async () => {
    const h = await slyCaughtTwice();
    h.memory.saveProfile({ ...h.memory.loadProfile(), secondChances: false });
    const result = await h.butler.shop(need);
    const trailco = result.ranking.ranked.find((r) => r.brandId === 'trailco');
    expect(trailco).toBeDefined();
    const bought = await h.buy(trailco!.offerId);
    expect(bought.kind).toBe('purchased');
  });
});
