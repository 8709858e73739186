// Trust earned on small stakes vouches for small stakes (issue 9, experiment 07): a seller whose clean record is ten
// 12 EUR deliveries, asking 870 EUR, is not the top pick over a comparable seller whose clean record is at that stake,
// in a market where the butler has caught liars (a stranger is read below the newcomer prior).
import { describe, expect, it } from 'vitest';
import { rankOffers } from '../../agent/decision/index.ts';
import { TrustEventSchema, emptyTrustState, foldTrustEvent, scoreTrustState, type BrandTrustState } from '../../agent/trust/index.ts';
import { shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound } from './decision-fixtures.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2026-09-01T00:00:00.000Z');

/** A brand's state after deliveries as described, one a day, each putting `amountMinor` EUR cents at stake. */
function cleanRecord(brandId: string, deliveries: number, amountMinor: number): BrandTrustState {
  let state = emptyTrustState();
  for (let i = 0; i < deliveries; i++) {
    const event = TrustEventSchema.parse({
      brandId,
      kind: 'order-outcome',
      occurredAt: new Date(T0 + i * DAY).toISOString(),
      evidence: { orderId: `${brandId}-o${i}`, outcome: 'as-described', satisfied: true, stake: { amountMinor, currency: 'EUR' } },
    });
    state = foldTrustEvent(state, event, Date.parse(event.occurredAt));
  }
  return state;
}

const atMs = T0 + 20 * DAY;
const view = (brandId: string, state: BrandTrustState) => scoreTrustState({ brandId, state, atMs });
const need = trailNeed({ budget: { amountMinor: 120_000, currency: 'EUR' } });
const longCon = shoeOffer({ brandId: 'smallsales', price: { amountMinor: 87_000, currency: 'EUR' } });
const steady = shoeOffer({ brandId: 'steady', price: { amountMinor: 90_000, currency: 'EUR' } });
const trust = { smallsales: view('smallsales', cleanRecord('smallsales', 10, 1_200)), steady: view('steady', cleanRecord('steady', 2, 90_000)) };
/** The person's record has caught liars: a stranger here starts from 0.6. */
const market = { [longCon.offerId]: { strangerHonesty: 0.6 }, [steady.offerId]: { strangerHonesty: 0.6 } };

describe('a clean record at 12 EUR does not vouch for an 870 EUR deal', () => {
  it('both records are clean: the calibrated estimates are equal (held checks move neither)', () => {
    expect(trust.smallsales.estimatedHonesty).toBe(trust.steady.estimatedHonesty);
    expect(trust.smallsales.claimsFailed).toBe(0);
  });

  it('the long con is not the top pick for the big deal; the seller whose record is at that stake is', () => {
    const ranking = rankOffers(scoreRound([longCon, steady], { need, trust, evidence: market }), { need, honestyFloor: 0.5 });
    expect(ranking.ranked[0]!.offerId).toBe(steady.offerId);
    const hold = Object.fromEntries(ranking.ranked.map((r) => [r.offerId, r.breakdown.claimsHold]));
    expect(hold[longCon.offerId]!).toBeLessThan(hold[steady.offerId]!);
  });

  it('on a small deal the same record vouches as before: the cheaper offer of the small-sales seller ranks first', () => {
    const price = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
    const small = [shoeOffer({ brandId: 'smallsales', price: price(1_150) }), shoeOffer({ brandId: 'steady', price: price(1_200) })];
    const ranking = rankOffers(scoreRound(small, { need, trust, evidence: { [small[0]!.offerId]: { strangerHonesty: 0.6 }, [small[1]!.offerId]: { strangerHonesty: 0.6 } } }), { need, honestyFloor: 0.5 });
    expect(ranking.ranked[0]!.offerId).toBe(small[0]!.offerId);
  });
});
