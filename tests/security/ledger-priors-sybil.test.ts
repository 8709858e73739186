// Red team of the ledger's learned priors (agent/trust/ledger-priors.ts): a brand's honesty prior and check-power
// prior are pooled over the other brands in the person's ledger. An attacker floods the ledger with fresh identities
// to drag them: down, so honest newcomers start suspect; or up, so its own lies are forgiven faster.
import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_FLOOR, type TrustEventInput } from '../../agent/trust/index.ts';
import { DAY, T0, at, ev, memoryLedger } from '../trust/trust-fixtures.ts';

const SYBILS = Array.from({ length: 40 }, (_, i) => `sybil-${String(i).padStart(2, '0')}`);

const outcome = (brandId: string, day: number, result: 'as-described' | 'not-as-described'): TrustEventInput => ({
  kind: 'order-outcome',
  brandId,
  occurredAt: at(day),
  evidence: { orderId: `${brandId}-order-${day}`, outcome: result, satisfied: result === 'as-described' },
});

function ledgerOf(brands: readonly string[]) {
  const s = memoryLedger();
  for (const brandId of brands) s.ledger.registerBrand({ brandId, registeredAtMs: T0 });
  return s;
}

describe('a Sybil flood against the honesty prior', () => {
  it('forty fresh identities, each caught lying once before any purchase, leave an honest newcomer at 0.8', () => {
    const { ledger } = ledgerOf([...SYBILS, 'honest']);
    // Statements caught before a purchase cost an attacker nothing to produce in bulk: they do not enter the pool.
    ledger.appendMany(SYBILS.flatMap((id, i) => [ev.contradicted(id, i / 10), ev.contradicted(id, i / 10 + 0.01)]));
    ledger.appendMany([ev.clean('honest', 5)]);
    expect(ledger.scoreOf('honest', T0 + 5 * DAY).estimatedHonesty).toBe(0.8);
  });

  it('forty fresh identities with one event each and no purchase move no prior at all', () => {
    const flooded = ledgerOf([...SYBILS, 'x', 'a']).ledger;
    const quiet = ledgerOf(['x', 'a']).ledger;
    const history: TrustEventInput[] = [outcome('a', 0, 'not-as-described'), outcome('a', 0.5, 'as-described'), ev.contradicted('x', 1), ev.clean('x', 3)];
    flooded.appendMany(SYBILS.map((id, i) => (i % 2 ? ev.clean(id, 0.5) : ev.verified(id, 0.5))).slice(0, 20));
    flooded.appendMany(history);
    quiet.appendMany(history);
    // Twenty identities with a clean request each carry no evidence; twenty with a verified claim carry one held check
    // each, which can only bring the prior back towards the fixed 0.8, never above it.
    const f = flooded.scoreOf('x', T0 + 3 * DAY);
    const q = quiet.scoreOf('x', T0 + 3 * DAY);
    expect(f.priorHonesty).toBeLessThanOrEqual(0.8);
    expect(f.claimsFailed).toBe(q.claimsFailed);
  });

  it('a flood of purchases as described from fresh identities cannot lift any brand above the 0.8 stranger', () => {
    const { ledger } = ledgerOf([...SYBILS, 'liar']);
    ledger.appendMany(SYBILS.map((id, i) => outcome(id, i / 10, 'as-described')));
    ledger.appendMany([ev.clean('liar', 5)]);
    expect(ledger.scoreOf('liar', T0 + 5 * DAY).estimatedHonesty).toBeLessThanOrEqual(0.8);
  });
});

describe('a Sybil flood against the pooled check power', () => {
  /**
   * Each day a Sybil is caught lying before a purchase (pumping the power the checks show across the ledger) and the
   * attacker's seller, caught once at the start, sends a clean-looking offer; the person buys whenever the butler
   * would (its honesty after the clean check in hand at or above the floor), and what arrives is not as described.
   */
  function burned(sybils: number): number {
    const ids = SYBILS.slice(0, sybils);
    const { ledger } = ledgerOf([...ids, 'seller']);
    ledger.appendMany([ev.contradicted('seller', 0)]);
    let burnedPurchases = 0;
    for (let day = 1; day < 40; day++) {
      const sybil = ids[day % Math.max(1, ids.length)];
      if (sybil !== undefined) ledger.appendMany([ev.contradicted(sybil, day)]);
      const inHand = ledger.scoreOf('seller', T0 + day * DAY).honestyAfterCleanCheck;
      ledger.appendMany([ev.clean('seller', day)]);
      if (inHand >= RECOMMENDATION_FLOOR) {
        burnedPurchases++;
        ledger.appendMany([outcome('seller', day + 0.5, 'not-as-described')]);
      }
    }
    return burnedPurchases;
  }

  it('forty identities caught lying, never bought from: the seller whose lies get past the checks still burns at most two purchases', () => {
    expect(burned(40)).toBeLessThanOrEqual(2);
    expect(burned(0)).toBeLessThanOrEqual(2);
  });
});
