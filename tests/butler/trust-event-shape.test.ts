import { describe, expect, it } from 'vitest';
import { toTrustEvent, type TrustObservation } from '../../agent/butler/index.ts';

const stake = { amountMinor: 12_900, currency: 'EUR' };

/** One observation of every kind, with and without their optional parts. */
const OBSERVATIONS: readonly TrustObservation[] = [
  { kind: 'claim-verified', brandId: 'trailco', attribute: 'weight_g', asserted: '240', observed: '240', offerId: 'trailco:o1', sku: 'S1' },
  { kind: 'claim-verified', brandId: 'trailco', attribute: 'weight_g', asserted: '240', observed: '240', offerId: 'trailco:o1', sku: 'S1', gtin: '4006381333931', orderId: 'ord-1' },
  { kind: 'claim-contradicted', brandId: 'trailco', attribute: 'waterproof', asserted: 'true', observed: 'false', offerId: 'trailco:o1', sku: 'S1', stake, source: 'Claim contradicts product' },
  { kind: 'claim-contradicted', brandId: 'trailco', attribute: 'waterproof', asserted: 'true', observed: 'false', offerId: 'trailco:o1', sku: 'S1', gtin: '4006381333931', stake, orderId: 'ord-1', source: 'delivery' },
  { kind: 'pressure-tactic', brandId: 'pushy', tactic: 'urgency', quote: 'Only 2 left — order now!', field: 'pitch', confidence: 0.9 },
  { kind: 'pressure-tactic', brandId: 'pushy', tactic: 'Fake Scarcity', quote: 'x'.repeat(3_000), offerId: 'pushy:o1', field: 'revisions[pushy:o1].pitch', confidence: 1 },
  { kind: 'clean-interaction', brandId: 'trailco', requestId: 'req-1' },
  { kind: 'clean-interaction', brandId: 'trailco', requestId: 'req-1', offerId: 'trailco:o1', clean: ['pressure'] },
  { kind: 'offer-fit', brandId: 'trailco', offerId: 'trailco:o1', fit: 0.734 },
  { kind: 'honest-decline', brandId: 'trailco', requestId: 'req-1', reason: 'no-match', excerpt: '' },
  { kind: 'honest-decline', brandId: 'trailco', requestId: 'req-1', reason: 'no-match', excerpt: 'Nothing we sell is waterproof.' },
  { kind: 'bait-and-switch', brandId: 'sly', offerId: 'sly:o1', orderId: 'ord-2', detail: 'shipped another sku', stake },
  { kind: 'order-outcome', brandId: 'trailco', orderId: 'ord-1', satisfied: true, note: 'fine' },
  { kind: 'order-outcome', brandId: 'trailco', orderId: 'ord-1', satisfied: true, asDescribed: false, note: '' },
  { kind: 'protocol-violation', brandId: 'sly', violation: 'names-another-brand', detail: 'labelled as trailco', claimedBrandId: 'trailco', offerId: 'sly:o1', requestId: 'req-1' },
  { kind: 'protocol-violation', brandId: 'sly', violation: 'Too many offers!', detail: 'sent 5', claimedBrandId: 'not an id!' },
];

describe('toTrustEvent', () => {
  it('writes every event as brandId, occurredAt, kind, evidence, in that key order (the order canonical rows and CSVs read)', () => {
    for (const o of OBSERVATIONS) {
      const event = toTrustEvent(o, '2026-03-01T10:00:00.000Z');
      expect(Object.keys(event), o.kind).toEqual(['brandId', 'occurredAt', 'kind', 'evidence']);
      expect(event.brandId).toBe(o.brandId);
      expect(event.kind).toBe(o.kind);
    }
  });

  it('slugs a tactic label, the same way on every call', () => {
    const o: TrustObservation = { kind: 'pressure-tactic', brandId: 'pushy', tactic: '  Fake -- Scarcity!! ', quote: 'Hurry', field: 'pitch', confidence: 0.7 };
    const first = toTrustEvent(o, '2026-03-01T10:00:00.000Z');
    const again = toTrustEvent(o, '2026-03-01T10:00:00.000Z');
    expect(first).toEqual(again);
    expect(first.kind === 'pressure-tactic' && first.evidence.tactic).toBe('fake-scarcity');
  });
});
