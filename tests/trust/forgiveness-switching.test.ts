import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_FLOOR, TRUST_PARAMETERS, emptyTrustState, foldTrustEvent, isRecommendable, type TrustEventInput } from '../../agent/trust/index.ts';
import { DAY, T0, at, ev, lie, memoryLedger } from './trust-fixtures.ts';

const stranger = TRUST_PARAMETERS.calibration.baseRate;
const w = TRUST_PARAMETERS.calibration.priorWeight;
/** The calibrated estimate with `failed` failures on record (the newcomer prior, 0.8 weighing two checks). */
const estimate = (failed: number) => (stranger * w) / (w + failed);
/** The check power after `caught` caught requests and no escape: Beta posterior from the modest prior 1 − 2^(−1/2) weighing 2. */
const power = (caught: number) => (caught + (1 - 2 ** -0.5) * TRUST_PARAMETERS.calibration.powerPriorWeight) / (caught + TRUST_PARAMETERS.calibration.powerPriorWeight);
/** The rate of ending a spell after `leave` spells ended in one request and `stay` kept up: prior 0 weighing `leavePriorWeight`. */
const leaveRate = (leave: number, stay: number) => leave / (leave + stay + TRUST_PARAMETERS.calibration.leavePriorWeight);

const notAsDescribed = (brandId: string, day: number): TrustEventInput => ({
  kind: 'order-outcome',
  brandId,
  occurredAt: at(day),
  evidence: { orderId: `${brandId}-order-${day}`, outcome: 'not-as-described', satisfied: false, stake: { amountMinor: 8_000, currency: 'EUR' } },
});

/** Requests an hour apart (time forgetting is negligible: 2^(−1/24/90) per hour). */
const HOUR = 1 / 24;

describe('the two-state filter: a clean request forgives by the odds the brand is still cheating', () => {
  it('a brand seen ending its spells after one request is forgiven faster at each clean request, on the schedule the model gives', () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'onoff', registeredAtMs: T0 });
    // Caught, clean, caught, then a clean request in hand: one spell seen ended after one request.
    s.ledger.appendMany(lie('onoff', 0));
    s.ledger.appendMany([ev.clean('onoff', HOUR)]);
    s.ledger.appendMany(lie('onoff', 2 * HOUR));
    const score = s.ledger.scoreOf('onoff', T0 + 2 * HOUR * DAY);
    // The model by hand: one failure, kept at (1 − 0)(1 − power(1)) by the first clean request (no spell seen ended
    // yet), a second failure, and the clean request in hand keeps (1 − leaveRate(1, 0))(1 − power(2)) of both.
    const afterFirst = 1 * (1 - power(1));
    const inHand = (afterFirst + 1) * (1 - leaveRate(1, 0)) * (1 - power(2));
    expect(score.estimatedHonesty).toBeCloseTo(estimate(afterFirst + 1), 3);
    expect(score.honestyAfterCleanCheck).toBeCloseTo(estimate(inHand), 3);
    // Checks alone (before the filter) would have kept (1 − power(2)) of them: 0.635, not 0.682.
    expect(score.honestyAfterCleanCheck).toBeGreaterThan(estimate((afterFirst + 1) * (1 - power(2))) + 0.04);
    expect(score.honestyAfterCleanCheck).toBeLessThan(stranger);
  });

  it('a brand never seen ending a spell (caught again and again) is forgiven by its checks alone', () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'liar', registeredAtMs: T0 });
    for (let k = 0; k < 3; k++) s.ledger.appendMany(lie('liar', k * HOUR));
    const score = s.ledger.scoreOf('liar', T0 + 2 * HOUR * DAY);
    // Three caught requests, two spells kept up and none ended: the rate is 0, the clean check forgives at power(3).
    expect(score.honestyAfterCleanCheck).toBeCloseTo(estimate(3 * (1 - power(3))), 3);
    expect(score.estimatedHonesty).toBeLessThan(RECOMMENDATION_FLOOR);
  });

  it('a brand whose lies escape the checks is not forgiven: a purchase not as described relabels its clean request, and no spell counts as ended', () => {
    let state = emptyTrustState();
    const fold = (events: TrustEventInput[]) => {
      for (const e of events) state = foldTrustEvent(state, { kind: e.kind, evidence: e.evidence } as never, Date.parse(e.occurredAt));
    };
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'sly', registeredAtMs: T0 });
    for (let day = 0; day < 30; day++) {
      // Caught every other request; in the others its offer passes the checks, is bought, and is not as described.
      const events = day % 2 === 0 ? lie('sly', day) : [ev.clean('sly', day), notAsDescribed('sly', day + 0.5)];
      fold(events);
      s.ledger.appendMany(events);
      if (day >= 2) {
        const score = s.ledger.scoreOf('sly', T0 + day * DAY);
        expect(score.estimatedHonesty).toBeLessThan(RECOMMENDATION_FLOOR);
        expect(score.honestyAfterCleanCheck).toBeLessThan(RECOMMENDATION_FLOOR);
      }
    }
    expect(state.filter.leave).toBe(0);
    expect(state.filter.stay).toBeGreaterThan(20);
  });

  it('an honest newcomer is recommendable from its first offer (zero interactions, as the README says), and honest requests leave its record empty of spells', () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'fresh', registeredAtMs: T0 });
    const first = s.ledger.scoreOf('fresh', T0);
    expect(first.estimatedHonesty).toBe(stranger);
    expect(isRecommendable(first)).toBe(true);
    let state = emptyTrustState();
    for (let day = 0; day < 10; day++) {
      const events = [ev.verified('fresh', day), ev.clean('fresh', day)];
      s.ledger.appendMany(events);
      for (const e of events) state = foldTrustEvent(state, { kind: e.kind, evidence: e.evidence } as never, Date.parse(e.occurredAt));
      const score = s.ledger.scoreOf('fresh', T0 + day * DAY);
      expect(score.estimatedHonesty).toBe(stranger);
      expect(isRecommendable(score)).toBe(true);
    }
    expect(state.filter.leave + state.filter.stay).toBe(0);
  });

  it('a liar reported by an outcome never rises: clean requests after the report leave it at its failed delivery, below an honest newcomer', () => {
    const s = memoryLedger();
    for (const id of ['liar', 'fresh']) s.ledger.registerBrand({ brandId: id, registeredAtMs: T0 });
    // Caught once, then seen ending that spell, then bought from and reported not as described.
    s.ledger.appendMany(lie('liar', 0));
    s.ledger.appendMany([ev.clean('liar', 1)]);
    s.ledger.appendMany([ev.clean('liar', 2)]);
    const before = s.ledger.scoreOf('liar', T0 + 2 * DAY).estimatedHonesty;
    s.ledger.appendMany([notAsDescribed('liar', 2.5)]);
    const reported = s.ledger.scoreOf('liar', T0 + 2.5 * DAY).estimatedHonesty;
    expect(reported).toBeLessThan(before);
    for (let day = 3; day < 20; day++) {
      s.ledger.appendMany([ev.verified('liar', day), ev.clean('liar', day)]);
      const score = s.ledger.scoreOf('liar', T0 + day * DAY);
      // Clean requests never forgive a failed delivery: at most what that one failure leaves (0.53, time forgetting it
      // with the 90-day half-life alone), never above the newcomer.
      const failureLeft = estimate(2 ** (-(day - 2.5) / 90));
      expect(score.estimatedHonesty).toBeLessThanOrEqual(failureLeft + 1e-9);
      expect(score.honestyAfterCleanCheck).toBeLessThanOrEqual(failureLeft + 1e-9);
      expect(score.estimatedHonesty).toBeLessThan(s.ledger.scoreOf('fresh', T0 + day * DAY).estimatedHonesty);
    }
  });
});
