import { describe, expect, it } from 'vitest';
import { HONESTY_WEIGHTS, scoreHonesty, type BrandTrustView, type PricePoint } from '../../agent/scoring/index.ts';
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
  it('lowers confidence in a claim that established sellers of the same GTIN dispute, weighted by their record', () => {
    const claimant = shoeOffer({ brandId: 'soggy', claims: [{ attribute: 'waterproof', asserted: true }], product: { attributes: { size_eu: 43, terrain: 'trail' } } });
    const otherA = shoeOffer({ brandId: 'alpha', product: { attributes: { size_eu: 43, waterproof: false, terrain: 'trail' } } });
    const otherB = shoeOffer({ brandId: 'beta', claims: [{ attribute: 'waterproof', asserted: false }], product: { attributes: { size_eu: 43, terrain: 'trail' } } });
    const standing = (brandId: string) => (brandId === 'alpha' || brandId === 'beta' ? { ...trust(0.95, 0.1, 8), claimsFailed: 0 } : undefined);
    const alone = scoreHonesty(evidenceFor(claimant, { market: { offers: [claimant] } }));
    const checked = scoreHonesty(evidenceFor(claimant, { market: { offers: [otherB, claimant, otherA], standingOf: standing } }));
    const finding = checked.evidence.find((e) => e.code === 'claim-disputed-by-market');
    expect(finding).toMatchObject({ attribute: 'waterproof', effect: 'undermines' });
    expect(finding!.detail).toContain('2 established sellers');
    // About the claim, never about the brand: not a finding that convicts or reaches the ledger.
    expect(checked.contradictions).toBe(0);
    expect(checked.probability).toBeLessThan(alone.probability - 0.3);
  });

  it('gives sellers without a track record no weight: sock puppets cannot outvote anyone', () => {
    const honest = shoeOffer({ brandId: 'trailco' });
    const puppets = ['p1', 'p2', 'p3'].map((id) => shoeOffer({ brandId: id, product: { attributes: { size_eu: 43, waterproof: false, terrain: 'trail', weight_g: 290 } } }));
    const alone = scoreHonesty(evidenceFor(honest, { market: { offers: [honest] } }));
    const attacked = scoreHonesty(evidenceFor(honest, { market: { offers: [honest, ...puppets], standingOf: () => undefined } }));
    expect(attacked.probability).toBe(alone.probability);
    expect(codes(attacked.evidence)).toContain('claim-disputed-without-weight');
    // Known liars carry no weight either.
    const liars = scoreHonesty(evidenceFor(honest, { market: { offers: [honest, ...puppets], standingOf: () => trust(0.3, 0.1, 6) } }));
    expect(liars.probability).toBe(alone.probability);
  });

  it('treats evidence behind a claim caught false as fabricated', () => {
    const certified = shoeOffer({
      brandId: 'soggy',
      claims: [{ attribute: 'waterproof', asserted: true, evidence: { kind: 'certification', reference: 'Waterproof membrane certificate WPC-4821', issuer: 'Alpine Test Institute' } }],
      product: { attributes: { size_eu: 43, waterproof: false, terrain: 'trail' } },
    });
    const bare = shoeOffer({ brandId: 'soggy', claims: [{ attribute: 'waterproof', asserted: true }], product: { attributes: { size_eu: 43, waterproof: false, terrain: 'trail' } } });
    const withEvidence = scoreHonesty(evidenceFor(certified));
    const without = scoreHonesty(evidenceFor(bare));
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
    const standingOf = () => ({ ...trust(0.95, 0.1, 8), claimsFailed: 0 });
    const result = scoreHonesty(evidenceFor(claimant, { market: { offers: [claimant], answers: [answer('alpha', 'alpha-original'), answer('beta', 'beta-original')], standingOf } }));
    expect(codes(result.evidence)).toContain('claim-disputed-by-market');
    const ownAnswers = scoreHonesty(evidenceFor(claimant, { market: { offers: [claimant], answers: [answer('soggy', 'x'), answer('soggy', 'y')], standingOf } }));
    expect(codes(ownAnswers.evidence)).not.toContain('claim-disputed-by-market');
  });

  it('names the agreement of established sellers only when they agree on every claim that matters', () => {
    const offer = shoeOffer({ brandId: 'trailco' });
    const standingOf = (brandId: string) => (brandId === 'trailco' ? undefined : { ...trust(0.8, 0.1, 8), claimsFailed: 0 });
    const agreeing = shoeOffer({ brandId: 'alpha' });
    const partial = shoeOffer({ brandId: 'beta', product: { attributes: { size_eu: 43, terrain: 'trail', weight_g: 290 } } });
    expect(codes(scoreHonesty(evidenceFor(offer, { market: { offers: [offer, agreeing], standingOf } })).evidence)).toContain('claims-corroborated-by-market');
    // beta says nothing about waterproof: agreement on the rest does not vouch for it.
    expect(codes(scoreHonesty(evidenceFor(offer, { market: { offers: [offer, partial], standingOf } })).evidence)).not.toContain('claims-corroborated-by-market');
  });

  it("never lifts an offer above its brand's own record: a seller caught switching a receipt stays caught when others sell the same product", () => {
    const caught = { ...trust(0.53, 0.1, 3), estimatedHonesty: 0.53, claimsFailed: 1 };
    const clean = { ...trust(0.8, 0.1, 8), estimatedHonesty: 0.8, claimsFailed: 0 };
    const switcher = shoeOffer({ brandId: 'switcher' });
    const market = { offers: [switcher, shoeOffer({ brandId: 'alpha' }), shoeOffer({ brandId: 'beta' })], standingOf: (id: string) => (id === 'switcher' ? caught : clean) };
    const result = scoreHonesty(evidenceFor(switcher, { market, trust: caught }));
    expect(codes(result.evidence)).toContain('claims-corroborated-by-market');
    expect(result.probability).toBeCloseTo(0.53, 12);
    // A stranger repeating what a trusted seller says gains nothing either.
    const stranger = scoreHonesty(evidenceFor(shoeOffer({ brandId: 'trailco' }), { market: { ...market, standingOf: (id: string) => (id === 'trailco' ? undefined : clean) } }));
    expect(stranger.probability).toBeCloseTo(HONESTY_WEIGHTS.unknownPrior, 12);
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
      { sku: 'trailco-tr43', price: { amountMinor: 13_900, currency: 'EUR' }, quantity: 1, at: '2026-11-01T00:00:00.000Z' },
      { sku: 'trailco-tr43', price: { amountMinor: 12_900, currency: 'EUR' }, quantity: 1, at: '2026-11-10T00:00:00.000Z' },
    ];
    const inflated = shoeOffer({ discount: { kind: 'was-price', referencePrice: { amountMinor: 19_900, currency: 'EUR' } } });
    const result = scoreHonesty(evidenceFor(inflated, { priceHistory: history }));
    const finding = result.evidence.find((e) => e.code === 'fake-reference-price');
    expect(finding?.detail).toContain('above the highest price it ever asked (139.00 EUR');
    const clean = scoreHonesty(evidenceFor(shoeOffer(), { priceHistory: history }));
    expect(result.probability).toBeLessThan(clean.probability - 0.3);

    const neverCharged = shoeOffer({ discount: { kind: 'was-price', referencePrice: { amountMinor: 13_500, currency: 'EUR' } } });
    expect(scoreHonesty(evidenceFor(neverCharged, { priceHistory: history })).evidence.find((e) => e.code === 'fake-reference-price')?.detail).toContain('a price it never asked');

    const genuine = shoeOffer({ discount: { kind: 'was-price', referencePrice: { amountMinor: 13_900, currency: 'EUR' } } });
    // 129 EUR asked on Nov 10 with no discount is the lowest price of the last 30 days (the EU Omnibus prior price): 139 is no reference.
    const belowIt = scoreHonesty(evidenceFor(genuine, { priceHistory: history })).evidence.find((e) => e.code === 'fake-reference-price');
    expect(belowIt?.detail).toContain('above the lowest price it asked in the last 30 days (129.00 EUR)');
    // Asked on Nov 10 as "129 was 139" (the sale running on), it does not set the prior price.
    const onSale = history.map((p) => (p.at.startsWith('2026-11-10') ? { ...p, wasPrice: { amountMinor: 13_900, currency: 'EUR' } } : p));
    const consistent = scoreHonesty(evidenceFor(genuine, { priceHistory: onSale })).evidence.find((e) => e.code === 'reference-price-consistent');
    // The history holds quotes, not sales: the explanation must not say the price was charged.
    expect(consistent?.detail).toContain('a price it asked before');
    expect(consistent?.detail).not.toMatch(/charged/);

    // The same "was" price asked only before the last 30 days (the EU Omnibus window), with other prices asked since.
    const stale = history.map((p) => (p.price.amountMinor === 13_900 ? { ...p, at: '2026-10-15T00:00:00.000Z' } : p));
    const old = scoreHonesty(evidenceFor(genuine, { priceHistory: stale })).evidence.find((e) => e.code === 'fake-reference-price');
    expect(old?.detail).toContain('a price it has not asked in the last 30 days (last on 2026-10-15), while it asked 1 other price in them');
  });

  it('ignores future price points and compares per unit', () => {
    const history: PricePoint[] = [
      { sku: 'trailco-tr43', price: { amountMinor: 39_800, currency: 'EUR' }, quantity: 2, at: '2026-11-01T00:00:00.000Z' },
      { sku: 'trailco-tr43', price: { amountMinor: 50_000, currency: 'EUR' }, quantity: 1, at: '2026-12-01T00:00:00.000Z' },
    ];
    const offer = shoeOffer({ discount: { kind: 'was-price', referencePrice: { amountMinor: 19_900, currency: 'EUR' } } });
    expect(codes(scoreHonesty(evidenceFor(offer, { priceHistory: history })).evidence)).toContain('reference-price-consistent');
  });

  it('cited evidence the butler did not check moves nothing (liars cite certificates too), but is shown', () => {
    const bare = scoreHonesty(evidenceFor(shoeOffer({ claims: [{ attribute: 'waterproof', asserted: true }] })));
    const vague = scoreHonesty(evidenceFor(shoeOffer({ claims: [{ attribute: 'waterproof', asserted: true, evidence: { kind: 'test-report', reference: 'lab tested, trust us' } }] })));
    const checkable = scoreHonesty(
      evidenceFor(shoeOffer({ claims: [{ attribute: 'waterproof', asserted: true, evidence: { kind: 'certification', reference: 'GTX-2291-A', issuer: 'W. L. Gore' } }] })),
    );
    const none = scoreHonesty(evidenceFor(shoeOffer()));
    expect(bare.probability).toBe(none.probability);
    expect(vague.probability).toBe(none.probability);
    expect(codes(vague.evidence)).toContain('claim-evidence-uncheckable');
    expect(codes(checkable.evidence)).toContain('claim-has-evidence');
    expect(checkable.probability).toBe(none.probability);
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
    // "No: origin … is Ethiopia" to "is the origin Ethiopia?" is evasive, judged by its stated value: not a lie.
    const coffee = shoeOffer({ product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail', origin: 'Ethiopia' } } });
    const muddled = scoreHonesty(
      evidenceFor(coffee, {
        transcript: { answers: [{ attribute: 'origin', question: 'Can you confirm that origin is Ethiopia?', answer: { questionId: 'q1', offerId: coffee.offerId, stance: 'denied', text: 'No: origin is Ethiopia.', claims: [{ attribute: 'origin', asserted: 'Ethiopia' }] } }] },
      }),
    );
    expect(codes(muddled.evidence)).not.toContain('answer-contradicts-offer');
    expect(codes(muddled.evidence)).toContain('answer-self-contradictory');
    expect(muddled.contradictions).toBe(0);
  });

  it('flags product facts that change between revisions of the same product', () => {
    const first = shoeOffer({ offerId: 'o1' });
    const revised = shoeOffer({ offerId: 'o1r', round: 1, product: { attributes: { size_eu: 43, waterproof: false, terrain: 'trail', weight_g: 290 } } });
    const result = scoreHonesty(evidenceFor(revised, { transcript: { offers: [first, revised] } }));
    expect(result.evidence.find((e) => e.code === 'revision-changed-product')?.attribute).toBe('waterproof');
  });

  it('shows past outcomes as the reason but counts them once, in the brand estimate (the prior)', () => {
    const offer = shoeOffer();
    const base = scoreHonesty(evidenceFor(offer));
    const burnt = scoreHonesty(evidenceFor(offer, { pastOutcomes: [{ attribute: 'waterproof', verdict: 'contradicted', sku: 'trailco-tr43', at: '2026-09-01T00:00:00.000Z' }] }));
    expect(codes(burnt.evidence)).toContain('claim-contradicted-before');
    expect(burnt.probability).toBe(base.probability);
    const burntWithRecord = scoreHonesty(evidenceFor(offer, { trust: trust(0.53, 0.5, 1), pastOutcomes: [{ attribute: 'waterproof', verdict: 'contradicted', sku: 'trailco-tr43', at: '2026-09-01T00:00:00.000Z' }] }));
    expect(burntWithRecord.probability).toBeLessThan(base.probability - 0.2);
  });

  it('starts from the brand\'s calibrated honesty and reports both the blended and the offer-only probability', () => {
    const offer = shoeOffer({ claims: [{ attribute: 'waterproof', asserted: true, evidence: { kind: 'certification', reference: 'GTX-2291-A', issuer: 'W. L. Gore' } }] });
    const trusted = scoreHonesty(evidenceFor(offer, { trust: trust(0.9) }));
    const distrusted = scoreHonesty(evidenceFor(offer, { trust: trust(0.3) }));
    expect(trusted.priorSource).toBe('trust');
    expect(trusted.probability).toBeCloseTo(0.9, 9);
    expect(distrusted.probability).toBeCloseTo(0.3, 9);
    expect(trusted.offerProbability).toBe(distrusted.offerProbability);
    expect(trusted.evidence.find((e) => e.code === 'claim-has-evidence')?.quote).toMatchObject({ field: 'claims[0].evidence.reference', text: 'GTX-2291-A' });
  });

});
