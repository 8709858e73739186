// The punitive trust score (it orders the trust table: `majordome trust`, the web dashboard) weighs a negative event by
// its stake: 1 + ln(1 + stake / reference), capped at 3. On main the reference was 100 major units whatever the
// currency, so every yen stake over ~640 JPY (about 4 EUR) weighed the cap: a Japanese person's table could not tell a
// lie about a 500 JPY item from one about a 100,000 JPY item, and a seller pricing in a currency of large units (KWD)
// weighed lighter than the same record in euros. Stakes are now read against what the brand usually puts at stake in
// the same currency, as failed deliveries are forgiven (no exchange rate anywhere).
import { describe, expect, it } from 'vitest';
import type { TrustEventInput } from '../../agent/trust/index.ts';
import { DAY, T0, at, memoryLedger } from '../trust/trust-fixtures.ts';

type Stake = { amountMinor: number; currency: string };

/** A brand that delivered `delivered` as described three times, then one order not as described at `failed`. */
function record(brandId: string, delivered: Stake, failed: Stake): TrustEventInput[] {
  const outcome = (day: number, o: 'as-described' | 'not-as-described', stake: Stake): TrustEventInput => ({
    kind: 'order-outcome',
    brandId,
    occurredAt: at(day),
    evidence: { orderId: `${brandId}-order-${day}`, outcome: o, satisfied: o === 'as-described', stake },
  });
  return [outcome(0, 'as-described', delivered), outcome(1, 'as-described', delivered), outcome(2, 'as-described', delivered), outcome(3, 'not-as-described', failed)];
}

function scoreOf(brandId: string, events: TrustEventInput[]) {
  const s = memoryLedger();
  s.ledger.registerBrand({ brandId, registeredAtMs: T0 });
  s.ledger.appendMany(events);
  return s.ledger.scoreOf(brandId, T0 + 4 * DAY);
}

describe('the stake factor reads stakes per currency', () => {
  it('(fixed) the same record in yen (×150) or in dinars (÷3) orders the table as in euros', () => {
    const eur = scoreOf('a', record('a', { amountMinor: 4_000, currency: 'EUR' }, { amountMinor: 4_000, currency: 'EUR' }));
    const jpy = scoreOf('a', record('a', { amountMinor: 6_000, currency: 'JPY' }, { amountMinor: 6_000, currency: 'JPY' }));
    const kwd = scoreOf('a', record('a', { amountMinor: 13_333, currency: 'KWD' }, { amountMinor: 13_333, currency: 'KWD' }));
    expect(jpy.trust).toBeCloseTo(eur.trust, 9);
    expect(jpy.honesty.score).toBeCloseTo(eur.honesty.score, 9);
    expect(kwd.trust).toBeCloseTo(eur.trust, 9);
  });

  it('(fixed) within yen, a failure at ten times the brand\'s usual stake weighs more than one at its usual stake', () => {
    const usual = scoreOf('a', record('a', { amountMinor: 1_000, currency: 'JPY' }, { amountMinor: 1_000, currency: 'JPY' }));
    const large = scoreOf('a', record('a', { amountMinor: 1_000, currency: 'JPY' }, { amountMinor: 10_000, currency: 'JPY' }));
    expect(large.trust).toBeLessThan(usual.trust - 0.01);
  });

  // Longcon35: the calibrated estimate reads a failed delivery at its stake over the brand's usual stake too (before, a
  // stake never changed it, so a lie on a large order cost what one on a small order did).
  it('within euros, as before: a large failure weighs more than a small one, in the trust table and in the calibrated estimate', () => {
    const small = scoreOf('a', record('a', { amountMinor: 2_000, currency: 'EUR' }, { amountMinor: 2_000, currency: 'EUR' }));
    const large = scoreOf('a', record('a', { amountMinor: 2_000, currency: 'EUR' }, { amountMinor: 200_000, currency: 'EUR' }));
    expect(large.trust).toBeLessThan(small.trust - 0.01);
    expect(large.estimatedHonesty).toBeLessThan(small.estimatedHonesty - 0.01);
    expect(large.claimsFailed).toBeCloseTo(small.claimsFailed, 9);
  });

  it('a stake in another currency is read against that currency only: yen sales do not make a euro failure look large', () => {
    const alone = scoreOf('a', [...record('a', { amountMinor: 5_000, currency: 'EUR' }, { amountMinor: 5_000, currency: 'EUR' })]);
    const withYen = scoreOf('a', [
      { kind: 'order-outcome', brandId: 'a', occurredAt: at(0), evidence: { orderId: 'a-y1', outcome: 'as-described', satisfied: true, stake: { amountMinor: 100, currency: 'JPY' } } },
      ...record("a", { amountMinor: 5_000, currency: "EUR" }, { amountMinor: 5_000, currency: "EUR" }),
    ]);
    // The yen sale is one more delivery as described (positive evidence), never a smaller euro reference.
    expect(withYen.honesty.negative).toBeCloseTo(alone.honesty.negative, 9);
  });
});
