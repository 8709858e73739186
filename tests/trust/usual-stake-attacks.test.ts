// A failed delivery counts at its stake over the brand's usual stake (`failedDeliveriesAtStake`). Two ways a brand could
// steer that scale to make its lies count less: raise the usual stake with a decoy offer caught false before purchase
// (its price is the stake, and the brand picks it), or lie only on orders smaller than its honest ones.
import { describe, expect, it } from 'vitest';
import { TrustEventSchema, emptyTrustState, failedDeliveriesAtStake, foldTrustEvent, scoreTrustState, type BrandTrustState, type TrustEventInput } from '../../agent/trust/index.ts';
import { DAY, T0, at } from './trust-fixtures.ts';

type Evidence = Pick<TrustEventInput, 'kind' | 'evidence'>;

function fold(events: readonly Evidence[]): BrandTrustState {
  let state = emptyTrustState();
  events.forEach((e, i) => {
    const event = TrustEventSchema.parse({ brandId: 'sly', occurredAt: at(i + 1), ...e });
    state = foldTrustEvent(state, event, Date.parse(event.occurredAt));
  });
  return state;
}

const read = (state: BrandTrustState, days: number) => scoreTrustState({ brandId: 'sly', state, atMs: T0 + (days + 1) * DAY });
const order = (n: number, outcome: 'as-described' | 'not-as-described', amountMinor: number): Evidence => ({
  kind: 'order-outcome',
  evidence: { orderId: `o-${outcome}-${n}`, outcome, satisfied: outcome === 'as-described', stake: { amountMinor, currency: 'EUR' } },
});
const clean = (n: number): Evidence => ({ kind: 'clean-interaction', evidence: { requestId: `r-${n}` } });
const decoy: Evidence = {
  kind: 'claim-contradicted',
  evidence: { offerId: 'decoy', claim: { attribute: 'price', asserted: 'was 200000', observed: 'never' }, source: 'reference-price-false', stake: { amountMinor: 9_999_900, currency: 'EUR' } },
};
const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

describe("the usual stake a brand's failed deliveries are read on", () => {
  it('is built from its orders: a decoy offer caught false before purchase does not make its failed deliveries count less', () => {
    // Two honest 50 EUR orders, then three lies at 200 EUR: each lie counts more than one check on the brand's record.
    const lies = [...times(2, (i) => order(i, 'as-described', 5_000)), ...times(3, clean), ...times(3, (i) => order(i, 'not-as-described', 20_000))];
    const plain = fold(lies);
    const withDecoy = fold([decoy, ...lies]);
    // The decoy is one more lie caught, not a scale the failures are read on.
    expect(failedDeliveriesAtStake(plain)).toBeGreaterThan(3);
    expect(failedDeliveriesAtStake(withDecoy)).toBeCloseTo(failedDeliveriesAtStake(plain), 12);
    expect(read(withDecoy, lies.length + 1).estimatedHonesty).toBeLessThan(read(plain, lies.length).estimatedHonesty);
  });

  it('counts a lie on an order smaller than usual as one check at least: small lies after large honest sales are no cheaper', () => {
    const record = (honestMinor: number) => [...times(10, (i) => order(i, 'as-described', honestMinor)), ...times(10, (i) => order(i, 'not-as-described', 1_000))];
    const afterLarge = fold(record(100_000));
    const afterAlike = fold(record(1_000));
    const failures = afterLarge.claims.failedDeliveries.reduce((sum, f) => sum + f.weight, 0);
    expect(failedDeliveriesAtStake(afterLarge)).toBeGreaterThanOrEqual(failures - 1e-12);
    // Held checks count for nothing, so the honest sales' size must not change the estimate either.
    expect(read(afterLarge, 20).estimatedHonesty).toBeCloseTo(read(afterAlike, 20).estimatedHonesty, 12);
  });
});
