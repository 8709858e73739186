import { describe, expect, it } from 'vitest';
import { scoreHonesty, type BrandTrustView, type PricePoint } from '../../agent/scoring/index.ts';
import { evidenceFor, shoeOffer } from './scoring-fixtures.ts';

const codes = (items: ReadonlyArray<{ code: string }>) => items.map((i) => i.code);

function trust(expected: number, uncertainty = 0.2, checks = 10): BrandTrustView {
  return {
    trust: expected,
    uncertainty,
    honesty: { belief: expected - uncertainty / 2, disbelief: 1 - expected - uncertainty / 2, uncertainty, expected, score: expected },
    estimatedHonesty: expected,
    claimsChecked: checks,
    claimsFailed: checks * (1 - expected),
  };
}

describe('scoreHonesty', () => {
  it('lowers honesty when two other brands contradict a claim on the same GTIN', () => {
    const claimant = shoeOffer({ brandId: 'soggy', claims: [{ attribute: 'waterproof', asserted: true }], product: { attributes: { size_eu: 43, terrain: 'trail' } } });
    const otherA = shoeOffer({ brandId: 'alpha', product: { attributes: { size_eu: 43, waterproof: false, terrain: 'trail' } } });
    const otherB = shoeOffer({ brandId: 'beta', claims: [{ attribute: 'waterproof', asserted: false }], product: { attributes: { size_eu: 43, terrain: 'trail' } } });
    const alone = scoreHonesty(evidenceFor(claimant, { market: { offers: [claimant] } }));
    const checked = scoreHonesty(evidenceFor(claimant, { market: { offers: [otherB, claimant, otherA] } }));
    const finding = checked.evidence.find((e) => e.code === 'claim-contradicted-by-market');
    expect(finding).toMatchObject({ attribute: 'waterproof', effect: 'undermines' });
    expect(finding!.detail).toContain('2 of 2 other sellers');
    expect(checked.contradictions).toBe(1);
    expect(checked.probability).toBeLessThan(alone.probability - 0.3);
    expect(checked.probability).toBeLessThan(0.4);
  });

  it('treats evidence behind a claim caught false as fabricated', () => {
    const certified = shoeOffer({
      brandId: 'soggy',
      claims: [{ attribute: 'waterproof', asserted: true, evidence: { kind: 'certification', reference: 'Waterproof membrane certificate WPC-4821', issuer: 'Alpine Test Institute' } }],
      product: { attributes: { size_eu: 43, terrain: 'trail' } },
    });
    const bare = shoeOffer({ brandId: 'soggy', claims: [{ attribute: 'waterproof', asserted: true }], product: { attributes: { size_eu: 43, terrain: 'trail' } } });
    const others = [
      shoeOffer({ brandId: 'alpha', product: { attributes: { size_eu: 43, waterproof: false, terrain: 'trail' } } }),
      shoeOffer({ brandId: 'beta', product: { attributes: { size_eu: 43, waterproof: false, terrain: 'trail' } } }),
    ];
    const withEvidence = scoreHonesty(evidenceFor(certified, { market: { offers: [certified, ...others] } }));
    const without = scoreHonesty(evidenceFor(bare, { market: { offers: [bare, ...others] } }));
    expect(withEvidence.evidence.find((e) => e.code === 'evidence-behind-false-claim')?.attribute).toBe('waterproof');
    expect(withEvidence.probability).toBeLessThan(without.probability);
  });

  it('counts other brands\' answers about the same GTIN, also when the answered offer was revised', () => {
    const claimant = shoeOffer({ brandId: 'soggy', claims: [{ attribute: 'waterproof', asserted: true }], product: { attributes: { size_eu: 43, terrain: 'trail' } } });
    const answer = (brandId: string, offerId: string) => ({
      brandId,
      gtin: '4006381333931',
      answer: { questionId: `${brandId}-q1`, offerId, stance: 'confirmed' as const, text: 'No membrane.', claims: [{ attribute: 'waterproof', asserted: false }] },
    });
    const result = scoreHonesty(evidenceFor(claimant, { market: { offers: [claimant], answers: [answer('alpha', 'alpha-original'), answer('beta', 'beta-original')] } }));
    expect(codes(result.evidence)).toContain('claim-contradicted-by-market');
    const ownAnswers = scoreHonesty(evidenceFor(claimant, { market: { offers: [claimant], answers: [answer('soggy', 'x'), answer('soggy', 'y')] } }));
    expect(codes(ownAnswers.evidence)).not.toContain('claim-contradicted-by-market');
  });

  it('counts a lone dissenting brand as a dispute, not a contradiction, and agreement as corroboration', () => {
    const offer = shoeOffer({ brandId: 'trailco' });
    const dissent = shoeOffer({ brandId: 'alpha', product: { attributes: { size_eu: 43, waterproof: false, terrain: 'trail', weight_g: 290 } } });
    const result = scoreHonesty(evidenceFor(offer, { market: { offers: [offer, dissent] } }));
    expect(codes(result.evidence)).toContain('claim-disputed-by-market');
    expect(codes(result.evidence)).not.toContain('claim-contradicted-by-market');
    expect(codes(result.evidence)).toContain('claims-corroborated-by-market');
  });

  it('does not let a brand that contradicts itself frame another', () => {
    const offer = shoeOffer({ brandId: 'trailco' });
    const flipflop = shoeOffer({ brandId: 'alpha', product: { attributes: { size_eu: 43, waterproof: false, terrain: 'trail' } }, claims: [{ attribute: 'waterproof', asserted: true }] });
    const other = shoeOffer({ brandId: 'beta', product: { attributes: { size_eu: 43, waterproof: false, terrain: 'trail' } } });
    const result = scoreHonesty(evidenceFor(offer, { market: { offers: [offer, flipflop, other] } }));
    expect(codes(result.evidence)).not.toContain('claim-contradicted-by-market');
  });

  it('flags a "was" price the brand never charged, or above the most it ever asked', () => {
    const history: PricePoint[] = [
      { sku: 'trailco-tr43', price: { amountMinor: 12_900, currency: 'EUR' }, quantity: 1, at: '2026-10-01T00:00:00.000Z' },
      { sku: 'trailco-tr43', price: { amountMinor: 13_900, currency: 'EUR' }, quantity: 1, at: '2026-10-15T00:00:00.000Z' },
      { sku: 'trailco-tr43', price: { amountMinor: 12_900, currency: 'EUR' }, quantity: 1, at: '2026-11-01T00:00:00.000Z' },
    ];
    const inflated = shoeOffer({ discount: { kind: 'was-price', referencePrice: { amountMinor: 19_900, currency: 'EUR' } } });
    const result = scoreHonesty(evidenceFor(inflated, { priceHistory: history }));
    const finding = result.evidence.find((e) => e.code === 'fake-reference-price');
    expect(finding?.detail).toContain('above the highest price it ever asked (139.00 EUR');
    const clean = scoreHonesty(evidenceFor(shoeOffer(), { priceHistory: history }));
    expect(result.probability).toBeLessThan(clean.probability - 0.3);

    const neverCharged = shoeOffer({ discount: { kind: 'was-price', referencePrice: { amountMinor: 13_500, currency: 'EUR' } } });
    expect(scoreHonesty(evidenceFor(neverCharged, { priceHistory: history })).evidence.find((e) => e.code === 'fake-reference-price')?.detail).toContain('never actually charged');

    const genuine = shoeOffer({ discount: { kind: 'was-price', referencePrice: { amountMinor: 13_900, currency: 'EUR' } } });
    expect(codes(scoreHonesty(evidenceFor(genuine, { priceHistory: history })).evidence)).toContain('reference-price-consistent');
  });

  it('ignores future price points and compares per unit', () => {
    const history: PricePoint[] = [
      { sku: 'trailco-tr43', price: { amountMinor: 39_800, currency: 'EUR' }, quantity: 2, at: '2026-10-01T00:00:00.000Z' },
      { sku: 'trailco-tr43', price: { amountMinor: 50_000, currency: 'EUR' }, quantity: 1, at: '2026-12-01T00:00:00.000Z' },
    ];
    const offer = shoeOffer({ discount: { kind: 'was-price', referencePrice: { amountMinor: 19_900, currency: 'EUR' } } });
    expect(codes(scoreHonesty(evidenceFor(offer, { priceHistory: history })).evidence)).toContain('reference-price-consistent');
  });

  it('rewards checkable evidence only: a bare claim or uncheckable evidence earns nothing', () => {
    const bare = scoreHonesty(evidenceFor(shoeOffer({ claims: [{ attribute: 'waterproof', asserted: true }] })));
    const vague = scoreHonesty(evidenceFor(shoeOffer({ claims: [{ attribute: 'waterproof', asserted: true, evidence: { kind: 'test-report', reference: 'lab tested, trust us' } }] })));
    const checkable = scoreHonesty(
      evidenceFor(shoeOffer({ claims: [{ attribute: 'waterproof', asserted: true, evidence: { kind: 'certification', reference: 'GTX-2291-A', issuer: 'W. L. Gore' } }] })),
    );
    const none = scoreHonesty(evidenceFor(shoeOffer()));
    expect(bare.probability).toBe(none.probability);
    expect(vague.probability).toBe(none.probability);
    expect(codes(vague.evidence)).toContain('claim-evidence-uncheckable');
    expect(checkable.probability).toBeGreaterThan(none.probability);
  });

  it('flags a claim its own product data contradicts', () => {
    const offer = shoeOffer({ claims: [{ attribute: 'weight_g', asserted: 220 }] });
    const result = scoreHonesty(evidenceFor(offer));
    expect(result.evidence.find((e) => e.code === 'claim-contradicts-product')?.detail).toContain('says 290');
  });

  it('checks the offer against the brand answers and the answers against each other', () => {
    const offer = shoeOffer();
    const denied = scoreHonesty(
      evidenceFor(offer, {
        transcript: {
          answers: [{ attribute: 'waterproof', question: 'Can you confirm that waterproof is true?', answer: { questionId: 'q1', offerId: offer.offerId, stance: 'denied', text: 'It is water resistant, not waterproof.', claims: [] } }],
        },
      }),
    );
    expect(codes(denied.evidence)).toContain('answer-contradicts-offer');
    const flipping = scoreHonesty(
      evidenceFor(offer, {
        transcript: {
          answers: [
            { attribute: 'weight_g', question: 'Weight?', answer: { questionId: 'q1', offerId: offer.offerId, stance: 'confirmed', text: 'Yes', claims: [{ attribute: 'weight_g', asserted: 290 }] } },
            { attribute: 'weight_g', question: 'Weight again?', answer: { questionId: 'q2', offerId: offer.offerId, stance: 'confirmed', text: 'It weighs 250 g', claims: [{ attribute: 'weight_g', asserted: 250 }] } },
          ],
        },
      }),
    );
    expect(codes(flipping.evidence)).toEqual(expect.arrayContaining(['answer-contradicts-answer', 'answer-contradicts-offer', 'answers-confirm-offer']));
    const confirmed = scoreHonesty(
      evidenceFor(offer, {
        transcript: { answers: [{ attribute: 'waterproof', question: 'Waterproof?', answer: { questionId: 'q1', offerId: offer.offerId, stance: 'confirmed', text: 'Yes, Gore-Tex.', claims: [] } }] },
      }),
    );
    expect(confirmed.probability).toBeGreaterThan(denied.probability + 0.3);
  });

  it('flags product facts that change between revisions of the same product', () => {
    const first = shoeOffer({ offerId: 'o1' });
    const revised = shoeOffer({ offerId: 'o1r', round: 1, product: { attributes: { size_eu: 43, waterproof: false, terrain: 'trail', weight_g: 290 } } });
    const result = scoreHonesty(evidenceFor(revised, { transcript: { offers: [first, revised] } }));
    expect(result.evidence.find((e) => e.code === 'revision-changed-product')?.attribute).toBe('waterproof');
  });

  it('weighs past outcomes: the same claim contradicted before hurts, verified ones help a little', () => {
    const offer = shoeOffer();
    const base = scoreHonesty(evidenceFor(offer));
    const burnt = scoreHonesty(evidenceFor(offer, { pastOutcomes: [{ attribute: 'waterproof', verdict: 'contradicted', sku: 'trailco-tr43', at: '2026-09-01T00:00:00.000Z' }] }));
    const proven = scoreHonesty(evidenceFor(offer, { pastOutcomes: [{ attribute: 'waterproof', verdict: 'verified', sku: 'trailco-tr43', at: '2026-09-01T00:00:00.000Z' }] }));
    expect(codes(burnt.evidence)).toContain('claim-contradicted-before');
    expect(burnt.probability).toBeLessThan(base.probability - 0.2);
    expect(proven.probability).toBeGreaterThan(base.probability);
  });

  it('starts from the brand honesty trust and reports both the blended and the offer-only probability', () => {
    const offer = shoeOffer({ claims: [{ attribute: 'waterproof', asserted: true, evidence: { kind: 'certification', reference: 'GTX-2291-A', issuer: 'W. L. Gore' } }] });
    const trusted = scoreHonesty(evidenceFor(offer, { trust: trust(0.9) }));
    const distrusted = scoreHonesty(evidenceFor(offer, { trust: trust(0.3) }));
    expect(trusted.priorSource).toBe('trust');
    expect(trusted.probability).toBeGreaterThan(0.9);
    expect(distrusted.probability).toBeLessThan(0.4);
    expect(trusted.offerProbability).toBe(distrusted.offerProbability);
    expect(trusted.evidence.find((e) => e.code === 'claim-has-evidence')?.quote).toMatchObject({ field: 'claims[0].evidence.reference', text: 'GTX-2291-A' });
  });
});
