import { describe, expect, it } from 'vitest';
import { rankOffers } from '../../agent/decision/index.ts';
import { learnedFindingWeight, type OfferEvidence } from '../../agent/scoring/index.ts';
import { FindingTally } from '../../agent/trust/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { minutesAfterNow, shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound } from './decision-fixtures.ts';

// Open market 28 (issue 9): a certificate the butler cannot look up is free to cite whether the claim is true or not,
// so it weighs 0 by hand. The person's own deliveries may show that, in the market they shop in, it comes with the
// offers that miss their need: then it counts against such offers, never for them.

const certified = (brandId: string): Offer =>
  shoeOffer({
    brandId,
    offerId: `${brandId}-1`,
    validUntil: minutesAfterNow(600),
    product: { sku: `${brandId}-sku`, title: 'Ridge trail shoe', attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 300 } },
    claims: [{ attribute: 'waterproof', asserted: true, evidence: { kind: 'certification', reference: 'CERT-2291-77', issuer: 'Test Lab' } }],
  });
const plain = (brandId: string): Offer =>
  shoeOffer({
    brandId,
    offerId: `${brandId}-1`,
    validUntil: minutesAfterNow(600),
    product: { sku: `${brandId}-sku`, title: 'Ridge trail shoe', attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 300 } },
    claims: [{ attribute: 'waterproof', asserted: true }],
  });

/** Deliveries that met the need (without the finding) and missed it (with it). */
function record(met: number, missedWithCertificate: number): FindingTally {
  const tally = new FindingTally();
  for (let i = 0; i < met; i++) tally.add(['answers-confirm-offer'], true);
  for (let i = 0; i < missedWithCertificate; i++) tally.add(['claim-has-evidence', 'reference-price-unverifiable'], false);
  return tally;
}

describe('an uncheckable certificate learned from the person\'s deliveries', () => {
  it('weighs 0 with no delivery on record and falls once deliveries that missed the need came with it', () => {
    expect(learnedFindingWeight('claim-has-evidence', undefined)?.weight).toBe(0);
    const learned = learnedFindingWeight('claim-has-evidence', record(6, 2));
    expect(learned).toBeDefined();
    expect(learned!.weight).toBeLessThan(-1);
    // Deliveries that met the need with a certificate never make it a reason to trust.
    const honestMarket = new FindingTally();
    for (let i = 0; i < 8; i++) honestMarket.add(['claim-has-evidence'], true);
    expect(learnedFindingWeight('claim-has-evidence', honestMarket)!.weight).toBeLessThanOrEqual(0);
  });

  it('ranks the certified offer below the same offer without one, once the record shows certificates with the misses', () => {
    const offers = [certified('acme'), plain('bolt')];
    const need = trailNeed();
    const findingRecord = record(6, 2);
    const evidence: Record<string, Partial<OfferEvidence>> = Object.fromEntries(offers.map((o) => [o.offerId, { findingRecord }]));
    const handScored = scoreRound(offers, { need });
    const learnedScored = scoreRound(offers, { need, evidence });
    const p = (scored: ReturnType<typeof scoreRound>, id: string) => scored.find((c) => c.offer.offerId === id)!.scores.honesty.probability;
    expect(p(handScored, 'acme-1')).toBeCloseTo(p(handScored, 'bolt-1'), 12);
    expect(p(learnedScored, 'acme-1')).toBeLessThan(p(learnedScored, 'bolt-1') - 0.1);
    // The offer without the certificate keeps its probability: the learned weight touches only the offers that show it.
    expect(p(learnedScored, 'bolt-1')).toBeCloseTo(p(handScored, 'bolt-1'), 12);
    const learned = rankOffers(learnedScored, { need, honestyFloor: 0.35 });
    expect(learned.ranked[0]!.offerId).toBe('bolt-1');
    expect(learned.ranked.find((r) => r.offerId === 'acme-1')?.rank ?? Number.POSITIVE_INFINITY).toBeGreaterThan(1);
    // The explanation states the counts.
    const item = learnedScored.find((c) => c.offer.offerId === 'acme-1')!.scores.honesty.evidence.find((i) => i.code === 'claim-has-evidence')!;
    expect(item.detail).toContain('2 of your 2 deliveries that missed your need');
  });
});
