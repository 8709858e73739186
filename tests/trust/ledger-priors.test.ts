// The calibrated model's check-power prior, estimated from the person's own ledger (agent/trust/ledger-priors.ts): how
// the checks did on the other brands. On main it was fixed (1 − 2^(−1/2) ≈ 0.29 weighing two observations). The
// newcomer's honesty prior stays the fixed 0.8 (learning it too lowered every stranger alike: batch 28).
import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_FLOOR, recommendationStatus, type TrustEventInput } from '../../agent/trust/index.ts';
import { DAY, T0, at, ev, memoryLedger } from './trust-fixtures.ts';

const outcome = (brandId: string, day: number, result: 'as-described' | 'not-as-described'): TrustEventInput => ({
  kind: 'order-outcome',
  brandId,
  occurredAt: at(day),
  evidence: { orderId: `${brandId}-order-${day}`, outcome: result, satisfied: result === 'as-described' },
});

/** Registers the brands and returns the ledger. */
function ledgerOf(brands: readonly string[]) {
  const s = memoryLedger();
  for (const brandId of brands) s.ledger.registerBrand({ brandId, registeredAtMs: T0 });
  return s;
}

describe('check power pooled across the brands in the ledger', () => {
  it('a brand caught once is forgiven by a clean request at the power the checks showed on the other brands (on main: the fixed 0.29 prior)', () => {
    const { ledger } = ledgerOf(['a', 'b', 'x']);
    // The checks caught a and b in three requests each, and nothing of theirs got past them.
    for (let day = 0; day < 3; day++) ledger.appendMany([ev.contradicted('a', day), ev.contradicted('b', day)]);
    ledger.appendMany([ev.contradicted('x', 3)]);
    ledger.appendMany([ev.clean('x', 4)]);
    const x = ledger.scoreOf('x', T0 + 4 * DAY);
    // Pooled prior (0.293·2 + 6) / 8 ≈ 0.82; x's power (1 + 2·0.82) / 3 ≈ 0.88: 0.12 of its lie left, not 0.47.
    expect(x.claimsFailed).toBeLessThan(0.2);
    expect(x.estimatedHonesty).toBeGreaterThan(0.7);
  });

  it('each brand\'s own escapes still lower its own power: a brand whose lie got past the checks is forgiven less', () => {
    const run = (escaped: boolean) => {
      const { ledger } = ledgerOf(['a', 'b', 'x']);
      for (let day = 0; day < 3; day++) ledger.appendMany([ev.contradicted('a', day), ev.contradicted('b', day)]);
      if (escaped) ledger.appendMany([outcome('x', 2.5, 'not-as-described')]);
      ledger.appendMany([ev.contradicted('x', 3)]);
      ledger.appendMany([ev.clean('x', 4)]);
      return ledger.scoreOf('x', T0 + 4 * DAY);
    };
    const clean = run(false);
    const escapedOnce = run(true);
    expect(escapedOnce.estimatedHonesty).toBeLessThan(clean.estimatedHonesty);
    // The failed delivery itself is never forgiven by a clean request: it stays below the floor.
    expect(escapedOnce.estimatedHonesty).toBeLessThan(RECOMMENDATION_FLOOR + 0.05);
  });

  it('the priors do not depend on the order brands were registered or folded in (same events, same scores)', () => {
    const events: TrustEventInput[] = [ev.contradicted('a', 0), ev.contradicted('b', 0), outcome('c', 0.5, 'not-as-described'), ev.contradicted('x', 1), ev.clean('x', 2), outcome('a', 3, 'as-described')];
    const one = ledgerOf(['a', 'b', 'c', 'x']).ledger;
    const two = ledgerOf(['x', 'c', 'b', 'a']).ledger;
    one.appendMany(events);
    for (const e of events) two.append(e);
    for (const id of ['a', 'b', 'c', 'x']) expect(two.scoreOf(id, T0 + 3 * DAY)).toEqual(one.scoreOf(id, T0 + 3 * DAY));
    two.rebuild();
    for (const id of ['a', 'b', 'c', 'x']) expect(two.scoreOf(id, T0 + 3 * DAY)).toEqual(one.scoreOf(id, T0 + 3 * DAY));
  });

  it('the newcomer\'s honesty prior is not pooled: where half the purchases were not as described, a stranger is still 0.8', () => {
    const { ledger } = ledgerOf(['a', 'b', 'c', 'newcomer']);
    for (const [i, brandId] of ['a', 'b', 'c'].entries()) {
      ledger.appendMany([outcome(brandId, i, 'not-as-described'), outcome(brandId, i + 0.1, 'as-described'), outcome(brandId, i + 0.2, 'not-as-described'), outcome(brandId, i + 0.3, 'as-described')]);
    }
    ledger.appendMany([ev.clean('newcomer', 4)]);
    expect(ledger.scoreOf('newcomer', T0 + 4 * DAY).estimatedHonesty).toBe(0.8);
  });
});
