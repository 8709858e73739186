import { describe, expect, it } from 'vitest';
import { EVIDENCE_MESSAGES, describeEvidence, evidenceFromData } from '../../agent/decision/index.ts';
import { scoreHonesty, type EvidenceItem, type OfferEvidence, type PricePoint } from '../../agent/scoring/index.ts';
import { evidenceFor, shoeOffer } from '../scoring/scoring-fixtures.ts';
import { builtinCategoryAttributes } from '../../protocol/index.ts';
import { trustOf } from './decision-fixtures.ts';

// Issue 13 §4: every honesty finding the scorers write can be said in French from its data, and the English catalogue
// says exactly what the scorers say (so the two cannot drift apart unnoticed).

const offer = shoeOffer({ claims: [{ attribute: 'waterproof', asserted: true, evidence: { kind: 'test-report', reference: 'none' } }] });
const history: PricePoint[] = [
  { sku: 'trailco-tr43', price: { amountMinor: 12_900, currency: 'EUR' }, quantity: 1, at: '2026-10-01T00:00:00.000Z' },
  { sku: 'trailco-tr43', price: { amountMinor: 13_900, currency: 'EUR' }, quantity: 1, at: '2026-11-10T00:00:00.000Z' },
];
// A "was" price asked only before the last 30 days: other prices asked since (fake), or none (unverifiable).
const longAgo: PricePoint = { sku: 'trailco-tr43', price: { amountMinor: 15_900, currency: 'EUR' }, quantity: 1, at: '2026-10-01T00:00:00.000Z' };
const staleReference = shoeOffer({ discount: { kind: 'was-price', referencePrice: { amountMinor: 15_900, currency: 'EUR' } } });
const answer = (questionId: string, stance: 'confirmed' | 'denied', claims: Array<{ attribute: string; asserted: number | boolean }>, attribute = 'weight_g') => ({
  attribute,
  question: 'Can you confirm?',
  answer: { questionId, offerId: offer.offerId, stance, text: 'Answer text', claims },
});

const scenarios: ReadonlyArray<Partial<OfferEvidence> & { offer?: OfferEvidence['offer'] }> = [
  // Evidence whose reference is real but whose issuer names nobody (the other reason evidence is uncheckable).
  { offer: shoeOffer({ claims: [{ attribute: 'waterproof', asserted: true, evidence: { kind: 'certification', reference: 'WPC-4821', issuer: 'x' } }] }) },
  { offer: shoeOffer({ discount: { kind: 'was-price', referencePrice: { amountMinor: 19_900, currency: 'EUR' } } }), priceHistory: history },
  { offer: shoeOffer({ discount: { kind: 'was-price', referencePrice: { amountMinor: 13_500, currency: 'EUR' } } }), priceHistory: history },
  { offer: shoeOffer({ discount: { kind: 'was-price', referencePrice: { amountMinor: 13_900, currency: 'EUR' } } }), priceHistory: history },
  { offer: staleReference, priceHistory: [longAgo, history[1]!] },
  { offer: staleReference, priceHistory: [longAgo] },
  { offer: shoeOffer({ discount: { kind: 'recommended-retail-price', referencePrice: { amountMinor: 15_900, currency: 'EUR' } } }), priceHistory: history },
  { transcript: { answers: [answer('q0', 'denied', [], 'waterproof')] } },
  { transcript: { answers: [answer('q1', 'confirmed', [{ attribute: 'weight_g', asserted: 290 }]), answer('q2', 'confirmed', [{ attribute: 'weight_g', asserted: 250 }])] } },
  { transcript: { answers: [answer('q3', 'denied', [{ attribute: 'weight_g', asserted: 290 }])] } },
  { transcript: { offers: [shoeOffer({ offerId: 'trailco-o0', product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 260 } } })] } },
  {
    pastOutcomes: [
      { attribute: 'waterproof', verdict: 'contradicted', sku: 'trailco-tr43', at: '2026-10-01T00:00:00.000Z' },
      { attribute: 'terrain', verdict: 'contradicted', sku: 'other-sku', at: '2026-10-01T00:00:00.000Z' },
      { attribute: 'weight_g', verdict: 'verified', sku: 'trailco-tr43', at: '2026-10-02T00:00:00.000Z' },
    ],
  },
  {
    market: {
      offers: [offer, shoeOffer({ brandId: 'alpha', product: { attributes: { size_eu: 43, waterproof: false, terrain: 'trail' } } })],
      standingOf: () => ({ ...trustOf(0.95, 0.1, 8), claimsFailed: 0 }),
    },
  },
  { offer: shoeOffer({ product: { title: 'Ridge GTX road running shoe' } }), attributes: builtinCategoryAttributes('running-shoes').attributes },
  { market: { offers: [offer, shoeOffer({ brandId: 'alpha' })], standingOf: (id: string) => (id === 'alpha' ? { ...trustOf(0.95, 0.1, 8), claimsFailed: 0 } : undefined) } },
];

function findings(): EvidenceItem[] {
  return scenarios.flatMap(({ offer: own, ...extras }) => scoreHonesty(evidenceFor(own ?? offer, extras)).evidence);
}

describe('the honesty findings’ catalogue', () => {
  const all = findings();

  it('covers the findings of every honesty check', () => {
    expect(new Set(all.map((e) => e.code))).toEqual(
      new Set([
        'claim-evidence-uncheckable',
        'fake-reference-price',
        'reference-price-consistent',
        'reference-price-unverifiable',
        'rrp-unverifiable',
        'answer-contradicts-offer',
        'answer-contradicts-answer',
        'answer-self-contradictory',
        'answers-confirm-offer',
        'revision-changed-product',
        'claim-contradicted-before',
        'brand-contradicted-before',
        'claims-verified-before',
        'claim-disputed-by-market',
        'claims-corroborated-by-market',
        'title-contradicts-offer',
        // A claim caught false behind evidence nobody could check (review40c: junk evidence is still cited evidence).
        'evidence-behind-false-claim',
      ]),
    );
  });

  it('writes in English exactly what the scorers wrote, from the data alone', () => {
    for (const e of all) expect(evidenceFromData(e, EVIDENCE_MESSAGES.en), e.code).toBe(e.detail);
  });

  it('writes each of them in French, never falling back to English', () => {
    for (const e of all) {
      const french = describeEvidence(e, 'fr');
      expect(french, e.detail).not.toBe(e.detail);
      expect(french.replace(/«[^»]*»/g, '«»'), french).not.toMatch(/\b(the|is|says|claimed|evidence|sellers?|price history|past|answer|turned out|held up)\b/);
    }
  });
});
