// Red team of the ledger's learned check-power prior (agent/trust/ledger-priors.ts), pooled over the other brands in
// the person's ledger: an attacker floods the ledger with fresh identities caught lying, to pump the power the checks
// show, so that its own seller's lies are forgiven faster.
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
