// The calibrated model's two priors, estimated from the person's own ledger (agent/trust/ledger-priors.ts): a brand's
// honesty prior from the purchases the person made from the other brands, its check-power prior from how the checks
// did on the other brands. On main both were fixed (0.8 weighing two checks; 1 − 2^(−1/2) weighing two observations).
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

describe('a newcomer\'s honesty prior, learned from the person\'s purchases', () => {
  it('in a market where half the purchases were not as described, a brand met once with nothing caught is no longer a 0.8 stranger (on main: 0.8)', () => {
    const { ledger } = ledgerOf(['a', 'b', 'c', 'newcomer']);
    // Four purchases from each of three brands; two of each brand's four were not as described.
    for (const [i, brandId] of ['a', 'b', 'c'].entries()) {
      ledger.appendMany([outcome(brandId, i, 'not-as-described'), outcome(brandId, i + 0.1, 'as-described'), outcome(brandId, i + 0.2, 'not-as-described'), outcome(brandId, i + 0.3, 'as-described')]);
    }
    ledger.appendMany([ev.clean('newcomer', 4)]);
    const score = ledger.scoreOf('newcomer', T0 + 4 * DAY);
    expect(score.priorHonesty).toBeLessThan(0.7);
    expect(score.estimatedHonesty).toBe(score.priorHonesty);
    // Nothing caught against it: it is not barred (the floor needs failed checks of its own).
    expect(recommendationStatus(score)).not.toBe('not-recommended');
  });

  it('where every purchase was as described, an honest newcomer starts at the fixed 0.8, exactly as with an empty ledger', () => {
    const { ledger } = ledgerOf(['a', 'b', 'newcomer', 'alone']);
    for (let day = 0; day < 10; day++) ledger.appendMany([outcome('a', day, 'as-described'), outcome('b', day, 'as-described')]);
    ledger.appendMany([ev.clean('newcomer', 10)]);
    expect(ledger.scoreOf('newcomer', T0 + 10 * DAY).estimatedHonesty).toBe(0.8);
    const empty = ledgerOf(['alone']).ledger;
    empty.appendMany([ev.clean('alone', 10)]);
    expect(empty.scoreOf('alone', T0 + 10 * DAY).estimatedHonesty).toBe(0.8);
  });

  it('a brand\'s own failures are not counted twice (in its prior and as its own evidence)', () => {
    const { ledger } = ledgerOf(['liar']);
    ledger.appendMany([outcome('liar', 0, 'not-as-described')]);
    // Alone in the ledger: its prior is the fixed one, its failure lowers it once (0.8 → 1.6 / 3).
    expect(ledger.scoreOf('liar', T0).estimatedHonesty).toBeCloseTo(1.6 / 3, 12);
  });
});

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
});
