// The butler decides on a clean check it holds: in a request where everything a brand said was checked and nothing was
// caught false, its offers are valued (and held to the floor) on its honesty after that check, not on the record from
// before it. A request that also caught the brand saying something false is no such check.
import { afterEach, describe, expect, it } from 'vitest';
import type { NeedBriefInput, Offer } from '../../protocol/index.ts';
import { butlerBesideTrailco, claimingBattery, clock, need, slyCaughtTwiceThen, slyOffer } from '../security/sly-market.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** Two caught statements, then `later`'s offers (closed after the test). */
async function slyCaughtTwice(later: (brief: NeedBriefInput) => Offer[]) {
  const h = await slyCaughtTwiceThen(later);
  closers.push(h.close);
  return h;
}

type Shopped = Awaited<ReturnType<Awaited<ReturnType<typeof butlerBesideTrailco>>['butler']['shop']>>;
/** Sly's offer whose id starts with `prefix` in a ranking (ranked or excluded). */
const slyIn = (result: Shopped, prefix: string) => {
  // A bound connection's offer ids carry the brand's id (`sly:…`).
  const entry = [...result.ranking.ranked, ...result.ranking.excluded].find((r) => r.offer.offerId.startsWith(`sly:${prefix}`));
  expect(entry).toBeDefined();
  return entry!;
};

describe('a clean check in hand', () => {
  it('values the offers of a request that checked clean on the honesty after that check, and the floor reads the same number', async () => {
    const h = await slyCaughtTwice((brief) => [slyOffer(`true-${brief.requestId}`, brief.requestId, claimingBattery(44))]);
    const record = h.ledger.scoreOf('sly', clock.now().getTime());
    // Two caught statements: below the floor on the record alone.
    expect(record.estimatedHonesty).toBeLessThan(0.5);
    expect(record.honestyAfterCleanCheck).toBeGreaterThan(record.estimatedHonesty);
    const result = await h.butler.shop(need);
    const entry = slyIn(result, 'true-');
    expect(entry.scores.honesty.prior).toBeCloseTo(record.honestyAfterCleanCheck, 10);
    // Two statements caught, both by the checks (power (2 + 0.59) / 4 ≈ 0.65): one clean check lifts it over the floor,
    // so its true offer is ranked, priced as the risk that is left.
    expect(record.honestyAfterCleanCheck).toBeGreaterThan(0.5);
    expect('reasons' in entry).toBe(false);
    expect(entry.scores.honesty.probability).toBeLessThan(0.8);
  });

  it('a request that also caught the brand saying something false is no clean check: its true offer keeps the record', async () => {
    const h = await slyCaughtTwice((brief) => [slyOffer(`true-${brief.requestId}`, brief.requestId, claimingBattery(44)), slyOffer(`lie-${brief.requestId}`, brief.requestId, claimingBattery(80))]);
    const record = h.ledger.scoreOf('sly', clock.now().getTime());
    const result = await h.butler.shop(need);
    const entry = slyIn(result, 'true-');
    expect(entry.scores.honesty.prior).toBeCloseTo(record.estimatedHonesty, 10);
    expect('reasons' in entry && entry.reasons.some((r) => r.code === 'below-honesty-floor')).toBe(true);
  });
});
