import type { Offer, PressureTacticLabel } from '../../protocol/index.ts';
import type { BrandTrustView, OfferEvidence, PressureDetector, ScoringNeed } from '../../agent/scoring/index.ts';

/** The moment offers are received in these tests. */
export const NOW = '2026-11-23T10:00:00.000Z';

/** "waterproof trail shoes size 43 under 150 euros", lighter preferred. */
export function trailNeed(overrides: Partial<ScoringNeed> = {}): ScoringNeed {
  return {
    category: 'running-shoes',
    hardConstraints: [
      { attribute: 'size_eu', op: 'eq', value: 43 },
      { attribute: 'waterproof', op: 'eq', value: true },
      { attribute: 'terrain', op: 'eq', value: 'trail' },
    ],
    softPreferences: [{ attribute: 'weight_g', direction: 'lower', weight: 0.5 }],
    quantity: 1,
    budget: { amountMinor: 15_000, currency: 'EUR' },
    currency: 'EUR',
    ...overrides,
  };
}

type OfferOverrides = Omit<Partial<Offer>, 'product'> & { product?: Partial<Offer['product']> };

/** A realistic trail-shoe offer; override any part. */
export function shoeOffer(overrides: OfferOverrides = {}): Offer {
  const { product, ...rest } = overrides;
  const brandId = rest.brandId ?? 'trailco';
  return {
    offerId: `${brandId}-o1`,
    requestId: 'req-1',
    brandId,
    quantity: 1,
    price: { amountMinor: 12_900, currency: 'EUR' },
    terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
    validUntil: '2026-11-30T10:00:00.000Z',
    claims: [],
    round: 0,
    ...rest,
    product: {
      sku: `${brandId}-tr43`,
      gtin: '4006381333931',
      title: 'Ridge GTX trail shoe',
      maker: 'Ridgeline',
      category: 'running-shoes',
      attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 290 },
      ...product,
    },
  };
}

/** Evidence for one offer with the given extras. */
export function evidenceFor(offer: Offer, extras: Partial<OfferEvidence> = {}): OfferEvidence {
  return { offer, need: trailNeed(), now: NOW, ...extras };
}

/** A brand's trust as scoring reads it: calibrated honesty `estimatedHonesty` behind five checks, `claimsFailed` of them failed. */
export function trustView(estimatedHonesty: number, claimsFailed = 0, claimsChecked = 5): BrandTrustView {
  return {
    trust: estimatedHonesty,
    uncertainty: 0.2,
    honesty: { belief: 0.5, disbelief: 0.3, uncertainty: 0.2, expected: estimatedHonesty, score: estimatedHonesty },
    estimatedHonesty,
    claimsChecked,
    claimsFailed,
  };
}

/** ISO time `minutes` after NOW. */
export function minutesAfterNow(minutes: number): string {
  return new Date(Date.parse(NOW) + minutes * 60_000).toISOString();
}

const FAKE_PATTERNS: Array<{ label: PressureTacticLabel; pattern: RegExp }> = [
  { label: 'scarcity', pattern: /only \d+ left!?/gi },
  { label: 'urgency', pattern: /\b(?:hurry|order now|today only)\b/gi },
  { label: 'flattery', pattern: /\bsmart buyer like you\b/gi },
  { label: 'injection', pattern: /\bignore (?:all )?(?:previous|prior) instructions\b[^.]*\.?/gi },
];

/** A tiny deterministic stand-in for the text detector, so scorer tests do not depend on its tuning. */
export const fakeDetector: PressureDetector = (text) => {
  const tactics = FAKE_PATTERNS.flatMap(({ label, pattern }) =>
    [...text.matchAll(pattern)].map((m) => ({ label, span: m[0], start: m.index, end: m.index + m[0].length, confidence: 0.9, evidence: ['fake'] })),
  );
  return { pressure: tactics.length ? 0.5 : 0, tactics };
};
