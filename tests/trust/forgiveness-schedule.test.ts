import { describe, expect, it } from 'vitest';
import { isRecommendable } from '../../agent/trust/index.ts';
import { DAY, T0, ev, lie, memoryLedger } from './trust-fixtures.ts';

/**
 * How rarely a brand must be caught to stay recommendable under forgiveness by clean checks (forgiveHalfLifeChecks = 2),
 * pinned so that a change to the rate is a decision, not an accident. Lies on a fixed schedule, one request a day, the
 * other requests checked and clean; read just before each lie (what the butler decides on) from day 60.
 */
function schedule(every: number): { recommendedAtLies: number; lies: number; before: number; after: number } {
  const s = memoryLedger();
  s.ledger.registerBrand({ brandId: 'b', registeredAtMs: T0 });
  let recommendedAtLies = 0;
  let lies = 0;
  let before = 0;
  let after = 0;
  for (let day = 0; day < 120; day++) {
    if (day % every !== 0) {
      s.ledger.appendMany([ev.verified('b', day), ev.clean('b', day)]);
      continue;
    }
    const score = s.ledger.scoreOf('b', T0 + day * DAY);
    if (day >= 60) {
      lies++;
      if (isRecommendable(score)) recommendedAtLies++;
      before = score.estimatedHonesty;
    }
    s.ledger.appendMany(lie('b', day));
    after = s.ledger.scoreOf('b', T0 + day * DAY).estimatedHonesty;
  }
  return { recommendedAtLies, lies, before, after };
}

describe('a brand lying on a schedule (by design, with numbers)', () => {
  it('caught in every other request: never recommendable (0.37 before a lie, 0.30 after)', () => {
    const r = schedule(2);
    expect(r.recommendedAtLies).toBe(0);
    expect(r.before).toBeCloseTo(0.373, 2);
  });

  it('caught in one request of three: recommendable at every lie (0.54 before, 0.41 after), priced as a 46 % risk', () => {
    const r = schedule(3);
    expect(r.recommendedAtLies).toBe(r.lies);
    expect(r.before).toBeCloseTo(0.541, 2);
    expect(r.after).toBeCloseTo(0.405, 2);
  });
});
