import { describe, expect, it } from 'vitest';
import { scoreFit, scoreHonesty, type OfferEvidence } from '../../agent/scoring/index.ts';
import { comparableValue } from '../../agent/scoring/offer-statements.ts';
import type { AttributeValue, HardConstraint, Offer, SoftPreference } from '../../protocol/index.ts';
import { evidenceFor, shoeOffer, trailNeed, trustView } from './scoring-fixtures.ts';

/** An established seller with a clean record (weight in the market check). */
const standingOf = () => trustView(0.8);

// A small seeded generator (the cases are the same on every run).
let seed = 12_345;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

const VALUES: Record<string, readonly AttributeValue[]> = {
  weight_g: [0, 200, 240, 250, 290, 300, 310, 350, '240', '290', ' 300 '],
  cushioning: ['firm', 'balanced', 'plush', 'Plush', ' firm'],
  waterproof: [true, false, 'yes', 'no', 'True'],
};
const BOUNDS: Record<string, readonly AttributeValue[]> = { weight_g: [250, 300], cushioning: ['plush', 'firm', 'balanced'], waterproof: [true, false] };
const OPS: Record<string, readonly HardConstraint['op'][]> = { weight_g: ['lte', 'gte', 'eq', 'neq'], cushioning: ['eq', 'neq', 'in'], waterproof: ['eq', 'neq', 'in'] };
const BASE = { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 290, cushioning: 'balanced' };

/** An offer of the shoe whose product holds `value` as read for fit, and whose claim states it as written. */
function offerOf(brandId: string, attribute: string, value: AttributeValue, gtin?: string): Offer {
  return shoeOffer({
    brandId,
    claims: gtin === undefined ? [{ attribute, asserted: value }] : [],
    product: { ...(gtin === undefined ? {} : { gtin }), attributes: { ...BASE, [attribute]: comparableValue(value) } },
  });
}

/** Fit ranks `a` above `b`: fewer hard violations, then a higher score. */
function fitsBetter(a: OfferEvidence, b: OfferEvidence): boolean {
  const fa = scoreFit(a);
  const fb = scoreFit(b);
  return fa.hardViolations.length < fb.hardViolations.length || (fa.hardViolations.length === fb.hardViolations.length && fa.score > fb.score + 1e-12);
}

const disputes = (evidence: OfferEvidence, attribute: string) => scoreHonesty(evidence).evidence.some((e) => e.code === 'claim-disputed-by-market' && e.attribute === attribute);

// Whatever the need says about the attribute (constraints, preferences of any direction, with or without a target, several
// at once) and however a value is written: a statement that fit ranks above the truth is disputed by the honest seller's
// truth, and never itself undermines the honest seller's truth.
describe('market disagreement against interest, over random needs and values', () => {
  it('a statement fit prefers to the truth is disputed by the truth, and never disputes it', () => {
    let favourable = 0;
    for (let i = 0; i < 4000; i++) {
      const attribute = pick(Object.keys(VALUES));
      const hardConstraints: HardConstraint[] = [];
      const softPreferences: SoftPreference[] = [];
      for (let k = Math.floor(random() * 3); k > 0; k--) hardConstraints.push({ attribute, op: pick(OPS[attribute]!), value: pick(BOUNDS[attribute]!) } as HardConstraint);
      for (let k = Math.floor(random() * 3); k > 0; k--) {
        softPreferences.push({ attribute, direction: pick(['higher', 'lower', 'equals'] as const), weight: pick([0.5, 1]), ...(random() < 0.5 ? { value: pick(BOUNDS[attribute]!) } : {}) } as SoftPreference);
      }
      if (hardConstraints.length + softPreferences.length === 0) continue;
      const need = trailNeed({ hardConstraints: [...trailNeed().hardConstraints.filter((c) => c.attribute !== attribute), ...hardConstraints], softPreferences });
      const truth = pick(VALUES[attribute]!);
      const stated = pick(VALUES[attribute]!);
      const others = [1, 2, 3].map((n) => offerOf(`x${n}`, attribute, pick(VALUES[attribute]!), `99900000000${n}`));
      const liar = offerOf('liar', attribute, stated);
      const honest = offerOf('trailco', attribute, truth);
      const truthful = offerOf('liar', attribute, truth);
      const market = { offers: [liar, honest, ...others], standingOf };
      const evidence = (offer: Offer, offers: readonly Offer[]): OfferEvidence => ({ ...evidenceFor(offer, { market: { offers, standingOf } }), need });
      if (!fitsBetter(evidence(liar, market.offers), evidence(truthful, [truthful, honest, ...others]))) continue;
      favourable++;
      const context = JSON.stringify({ attribute, hardConstraints, softPreferences, truth, stated });
      expect(disputes(evidence(liar, market.offers), attribute), `the lie escapes: ${context}`).toBe(true);
      expect(disputes(evidence(honest, market.offers), attribute), `the puff undermines the truth: ${context}`).toBe(false);
    }
    expect(favourable).toBeGreaterThan(500);
  });
});
