import { describe, expect, it } from 'vitest';
import { observeRound } from '../../agent/butler/index.ts';
import type { Offer } from '../../protocol/index.ts';
import type { OfferScores } from '../../agent/scoring/index.ts';

/** The parts of an offer's scores `observeRound` reads (the rest of OfferScores plays no part in what it records). */
function scored(brandId: string, opts: { tactic?: boolean; finding?: boolean }): OfferScores {
  return {
    offerId: `${brandId}-o1`,
    brandId,
    fit: { score: 1 },
    pressure: { tactics: opts.tactic ? [{ label: 'urgency', confidence: 0.9, detail: 'order now', source: 'text' }] : [] },
    honesty: { evidence: opts.finding ? [{ code: 'fake-reference-price', effect: 'undermines', impact: -2, detail: 'never sold at 199' }] : [] },
  } as unknown as OfferScores;
}
const offer = (offerId: string) => ({ offerId, product: { sku: 'sku-1' }, price: { amountMinor: 1000, currency: 'EUR' } }) as unknown as Offer;

describe('observeRound: a clean interaction says what was clean', () => {
  it('truthful and calm: one clean interaction without a qualifier; truthful but pushy: honesty only; caught but calm: pressure only', () => {
    const out = observeRound({
      requestId: 'req-1',
      scores: [scored('calm', {}), scored('pushy', { tactic: true }), scored('caught', { finding: true }), scored('both', { tactic: true, finding: true })],
      declines: [],
      offeringBrands: new Set(['calm', 'pushy', 'caught', 'both']),
      offerOf: offer,
    });
    const clean = Object.fromEntries(out.filter((o) => o.kind === 'clean-interaction').map((o) => [o.brandId, o.kind === 'clean-interaction' ? (o.clean ?? 'both') : undefined]));
    expect(clean).toEqual({ calm: 'both', pushy: ['honesty'], caught: ['pressure'] });
  });
});
