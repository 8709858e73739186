import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_FLOOR, TRUST_PARAMETERS, isRecommendable, type TrustEventInput } from '../../agent/trust/index.ts';
import { DAY, T0, at, ev, lie, memoryLedger } from './trust-fixtures.ts';

const stranger = TRUST_PARAMETERS.calibration.baseRate;

/** A purchase from the brand delivered not as described: a false statement its checks let through. */
const escaped = (brandId: string, day: number): TrustEventInput => ({
  kind: 'order-outcome',
  brandId,
  occurredAt: at(day),
  evidence: { orderId: `${brandId}-order-${day}`, outcome: 'not-as-described', satisfied: false, stake: { amountMinor: 8_000, currency: 'EUR' } },
});

interface Schedule {
  /** Clean requests (from day 60) at which the brand's offers were recommendable, and how many there were. */
  recommendedClean: number;
  clean: number;
  /** Lies (from day 60) at which the brand was recommendable on the estimate its caught request leaves. */
  recommendedAtLies: number;
  lies: number;
  /** The honesty the butler decides on at the last clean request, and just after the last lie. */
  atClean: number;
  afterLie: number;
}

/**
 * A brand caught lying on a fixed schedule, one request a day, the other requests checked and clean; read as the
 * butler decides: at a clean request on the estimate after that clean check (`honestyAfterCleanCheck`), at a lie on
 * the estimate with the lie counted. `boughtAndBurned`: at every clean request the person buys, and the delivery shows
 * the offer was false after all (the brand lies every time; the checks catch it only on schedule).
 */
function schedule(every: number, boughtAndBurned = false): Schedule {
  const s = memoryLedger();
  s.ledger.registerBrand({ brandId: 'b', registeredAtMs: T0 });
  const r: Schedule = { recommendedClean: 0, clean: 0, recommendedAtLies: 0, lies: 0, atClean: 0, afterLie: 0 };
  for (let day = 0; day < 120; day++) {
    if (day % every !== 0) {
      const score = s.ledger.scoreOf('b', T0 + day * DAY);
      r.atClean = score.honestyAfterCleanCheck;
      if (day >= 60) {
        r.clean++;
        if (isRecommendable({ estimatedHonesty: score.honestyAfterCleanCheck, claimsFailed: score.claimsFailed })) r.recommendedClean++;
      }
      s.ledger.appendMany([ev.verified('b', day), ev.clean('b', day), ...(boughtAndBurned ? [escaped('b', day)] : [])]);
      continue;
    }
    s.ledger.appendMany(lie('b', day));
    const score = s.ledger.scoreOf('b', T0 + day * DAY);
    r.afterLie = score.estimatedHonesty;
    if (day >= 60) {
      r.lies++;
      if (isRecommendable(score)) r.recommendedAtLies++;
    }
  }
  return r;
}

/**
 * How a brand caught on a schedule is judged, pinned so that a change is a decision, not an accident. A clean request
 * forgives the brand's false statements by the power its checks have shown on it (`checkPower`: statements caught
 * before a purchase against false statements that got through to a delivery): the record, not a fixed rate, decides.
 */
describe('a brand lying on a schedule (by design, with numbers)', () => {
  it('caught at every lie and never found false after a clean check: recommendable between its lies, one failure down at each', () => {
    const r = schedule(2);
    // Between lies its offers pass checks that have caught every lie it told: judged on the spell it is in.
    expect(r.recommendedClean).toBe(r.clean);
    expect(r.atClean).toBeGreaterThan(0.7);
    expect(r.atClean).toBeLessThan(stranger);
    // At a lie the caught offer carries its own finding (scored false, never bought); the brand stands at about one
    // fresh failure (0.53), its other offers in that request priced as a 47 % risk.
    expect(r.afterLie).toBeGreaterThan(RECOMMENDATION_FLOOR);
    expect(r.afterLie).toBeLessThan(0.56);
  });

  it('lying every time, caught every other time: the first purchase after a clean check exposes it, and it stays below the floor', () => {
    const r = schedule(2, true);
    expect(r.recommendedClean).toBe(0);
    expect(r.recommendedAtLies).toBe(0);
    expect(r.atClean).toBeLessThan(0.2);
  });

  it('caught in one request of three, never exposed by a delivery: recommendable between lies, priced as a risk', () => {
    const r = schedule(3);
    expect(r.recommendedClean).toBe(r.clean);
    expect(r.atClean).toBeLessThan(stranger);
  });
});
