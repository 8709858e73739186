import { describe, expect, it } from 'vitest';
import { observeRound } from '../../agent/butler/index.ts';
import { settleCleanInteractions } from '../../agent/butler/settle-clean-interactions.ts';
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
// Each offer claims what its own product data states, so the claim-against-product check ran (a checked request).
const offer = (offerId: string) =>
  ({ offerId, product: { sku: 'sku-1', attributes: { color: 'black' } }, claims: offerId.startsWith('bare') ? [] : [{ attribute: 'color', asserted: 'black' }], price: { amountMinor: 1000, currency: 'EUR' } }) as unknown as Offer;

describe('observeRound: a clean interaction says what was clean', () => {
  it('truthful and calm: one clean interaction without a qualifier; truthful but pushy: honesty only; caught but calm: pressure only', () => {
    const out = observeRound({
      requestId: 'req-1',
      scores: [scored('calm', {}), scored('pushy', { tactic: true }), scored('caught', { finding: true }), scored('both', { tactic: true, finding: true }), scored('bare', {}), scored('bare-pushy', { tactic: true })],
      declines: [],
      offeringBrands: new Set(['calm', 'pushy', 'caught', 'both', 'bare', 'bare-pushy']),
      offerOf: offer,
    });
    const clean = Object.fromEntries(out.filter((o) => o.kind === 'clean-interaction').map((o) => [o.brandId, o.kind === 'clean-interaction' ? (o.clean ?? 'both') : undefined]));
    // An offer stating nothing checkable (no claim its product data states, no "was" price, no answer): calm only.
    expect(clean).toEqual({ calm: 'both', pushy: ['honesty'], caught: ['pressure'], bare: ['pressure'] });
  });
});

describe('settleCleanInteractions: a clean interaction holds for the whole request', () => {
  it('a failure or tactic observed outside the offers (identity violation, pushy negotiation text) takes back what it contradicts', () => {
    const out = settleCleanInteractions([
      { kind: 'clean-interaction', brandId: 'forger', requestId: 'req-1' },
      { kind: 'clean-interaction', brandId: 'pusher', requestId: 'req-1' },
      { kind: 'clean-interaction', brandId: 'both', requestId: 'req-1', clean: ['honesty'] },
      { kind: 'clean-interaction', brandId: 'fine', requestId: 'req-1' },
      { kind: 'protocol-violation', brandId: 'forger', violation: 'names-another-brand', detail: 'labelled as trailco' },
      { kind: 'pressure-tactic', brandId: 'pusher', tactic: 'urgency', quote: 'only today', field: 'counter.message', confidence: 1 },
      { kind: 'protocol-violation', brandId: 'both', violation: 'too-many-offers', detail: '4 offers' },
      // Evidence for the brand (a verified claim, an offer's fit) takes nothing back.
      { kind: 'offer-fit', brandId: 'fine', offerId: 'fine-o1', fit: 0.4 },
    ]);
    const clean = Object.fromEntries(out.filter((o) => o.kind === 'clean-interaction').map((o) => [o.brandId, o.kind === 'clean-interaction' ? (o.clean ?? 'both') : undefined]));
    expect(clean).toEqual({ forger: ['pressure'], pusher: ['honesty'], fine: 'both' });
    expect(out.filter((o) => o.kind !== 'clean-interaction')).toHaveLength(4);
  });
});
