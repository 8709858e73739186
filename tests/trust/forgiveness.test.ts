import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_FLOOR, TRUST_PARAMETERS, isRecommendable, weighEvidence, type TrustEventInput } from '../../agent/trust/index.ts';
import { DAY, T0, at, ev, lie, memoryLedger } from './trust-fixtures.ts';

const stranger = TRUST_PARAMETERS.calibration.baseRate;

const baitAndSwitch = (brandId: string, day: number): TrustEventInput => ({
  kind: 'bait-and-switch',
  brandId,
  occurredAt: at(day),
  evidence: { offerId: `${brandId}-offer-${day}`, orderId: `${brandId}-order-${day}`, detail: 'charged 120.00 EUR for an offer of 80.00 EUR', stake: { amountMinor: 8_000, currency: 'EUR' } },
});
const notAsDescribed = (brandId: string, day: number): TrustEventInput => ({
  kind: 'order-outcome',
  brandId,
  occurredAt: at(day),
  evidence: { orderId: `${brandId}-order-${day}-bad`, outcome: 'not-as-described', satisfied: false, stake: { amountMinor: 8_000, currency: 'EUR' } },
});
const delivered = (brandId: string, day: number, n = 0): TrustEventInput => ({
  kind: 'order-outcome',
  brandId,
  occurredAt: at(day),
  evidence: { orderId: `${brandId}-order-${day}-ok-${n}`, outcome: 'as-described', satisfied: true },
});

describe('failures are forgiven by later clean checks of the kind that caught them (calibrated honesty)', () => {
  it('a brand caught lying in a cheating spell climbs back with each clean request, never above a stranger', () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'onoff', registeredAtMs: T0 });
    for (let day = 0; day < 4; day++) s.ledger.appendMany(lie('onoff', day));
    const caught = s.ledger.scoreOf('onoff', T0 + 3 * DAY);
    expect(isRecommendable(caught)).toBe(false);
    // Clean requests on the same day: what forgives is the checks, not the time that passed.
    let previous = caught.estimatedHonesty;
    let recommendableAfter: number | undefined;
    for (let k = 1; k <= 12; k++) {
      s.ledger.appendMany([ev.clean('onoff', 3)]);
      const now = s.ledger.scoreOf('onoff', T0 + 3 * DAY);
      expect(now.estimatedHonesty).toBeGreaterThan(previous);
      expect(now.estimatedHonesty).toBeLessThan(stranger);
      if (recommendableAfter === undefined && isRecommendable(now)) recommendableAfter = k;
      previous = now.estimatedHonesty;
    }
    // Four failures, halved every `forgiveHalfLifeChecks` clean requests: recommendable again after four.
    expect(recommendableAfter).toBeDefined();
    expect(recommendableAfter!).toBeLessThanOrEqual(4);
  });

  it('a request clean of pressure only (something it said was caught false) forgives nothing', () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'liar', registeredAtMs: T0 });
    s.ledger.appendMany([ev.contradicted('liar', 0)]);
    const before = s.ledger.scoreOf('liar', T0).estimatedHonesty;
    s.ledger.appendMany([ev.clean('liar', 0, 'pressure'), ev.clean('liar', 0, 'pressure')]);
    expect(s.ledger.scoreOf('liar', T0).estimatedHonesty).toBe(before);
    s.ledger.appendMany([ev.clean('liar', 0, 'honesty')]);
    expect(s.ledger.scoreOf('liar', T0).estimatedHonesty).toBeGreaterThan(before);
  });

  it('a switched receipt is forgiven only by deliveries as described, never by clean requests (only a purchase checks a receipt)', () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'switcher', registeredAtMs: T0 });
    s.ledger.appendMany([baitAndSwitch('switcher', 0)]);
    const before = s.ledger.scoreOf('switcher', T0).estimatedHonesty;
    for (let k = 0; k < 20; k++) s.ledger.appendMany([ev.clean('switcher', 0)]);
    expect(s.ledger.scoreOf('switcher', T0).estimatedHonesty).toBe(before);
    s.ledger.appendMany([delivered('switcher', 0)]);
    expect(s.ledger.scoreOf('switcher', T0).estimatedHonesty).toBeGreaterThan(before);
  });

  it('a brand whose clean-looking offers keep failing at delivery stays below the floor, however many clean requests it has', () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'steady-liar', registeredAtMs: T0 });
    for (let day = 0; day < 40; day++) {
      // Caught before a purchase every other day; on the other days its offer passed the checks and was false at delivery.
      s.ledger.appendMany(day % 2 === 0 ? lie('steady-liar', day) : [ev.clean('steady-liar', day), notAsDescribed('steady-liar', day)]);
      const score = s.ledger.scoreOf('steady-liar', T0 + day * DAY);
      if (day >= 2) {
        expect(score.estimatedHonesty).toBeLessThan(RECOMMENDATION_FLOOR);
        expect(score.honestyAfterCleanCheck).toBeLessThan(RECOMMENDATION_FLOOR);
      }
    }
  });

  it('the power of a clean check is learned from the record: checks that caught every lie forgive more than checks that let lies through', () => {
    const caughtOnly = memoryLedger();
    const leaky = memoryLedger();
    for (const s of [caughtOnly, leaky]) s.ledger.registerBrand({ brandId: 'b', registeredAtMs: T0 });
    for (let day = 0; day < 4; day++) {
      caughtOnly.ledger.appendMany(lie('b', day));
      leaky.ledger.appendMany(lie('b', day));
    }
    // The leaky brand's record also shows two false statements that passed the checks (found at delivery), long ago
    // enough that their own failures have been forgiven by deliveries as described.
    const a = caughtOnly.ledger.scoreOf('b', T0 + 3 * DAY);
    const before = a.estimatedHonesty;
    leaky.ledger.appendMany([notAsDescribed('b', 3), notAsDescribed('b', 3), ...Array.from({ length: 12 }, (_, i) => delivered('b', 3, i))]);
    const b = leaky.ledger.scoreOf('b', T0 + 3 * DAY);
    expect(a.honestyAfterCleanCheck).toBeGreaterThan(before);
    expect(a.honestyAfterCleanCheck - a.estimatedHonesty).toBeGreaterThan(b.honestyAfterCleanCheck - b.estimatedHonesty);
  });

  it('clean evidence is read per dimension: honesty-only adds no pressure evidence, pressure-only forgives nothing', () => {
    const honestyOnly = weighEvidence({ kind: 'clean-interaction', evidence: { requestId: 'r1', clean: ['honesty'] } });
    expect(honestyOnly.pressure).toBeUndefined();
    expect(honestyOnly.forgives).toBe('statements');
    const pressureOnly = weighEvidence({ kind: 'clean-interaction', evidence: { requestId: 'r1', clean: ['pressure'] } });
    expect(pressureOnly.pressure?.positive).toBeGreaterThan(0);
    expect(pressureOnly.forgives).toBeUndefined();
    // Events written before the field existed were clean on both counts.
    const both = weighEvidence({ kind: 'clean-interaction', evidence: { requestId: 'r1' } });
    expect(both.pressure?.positive).toBeGreaterThan(0);
    expect(both.forgives).toBe('statements');
  });
});
