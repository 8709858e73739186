import { describe, expect, it } from 'vitest';
import { gatherEvidence, type BrandRound } from '../../agent/butler/gather-evidence.ts';
import { shoeOffer, trustView } from '../scoring/scoring-fixtures.ts';

const round = (brandId: string, sku: string): BrandRound => ({ brandId, offers: [shoeOffer({ brandId, offerId: `${brandId}-${sku}`, product: { sku } })], negotiated: [], declines: [] });

describe("a stranger's prior counts each brand the butler knows once", () => {
  it('a caught brand asked twice in one request (the "anything cheaper?" follow-up) does not weigh twice', () => {
    const trust = new Map([
      ['caught', trustView(0.4, 2)],
      ['clean', trustView(0.8)],
    ]);
    const evidence = gatherEvidence({
      need: { category: 'running-shoes', hardConstraints: [], softPreferences: [], quantity: 1, currency: 'EUR' },
      now: new Date('2026-12-01T10:00:00.000Z'),
      rounds: [round('caught', 'a'), round('clean', 'b'), round('caught', 'c'), round('newco', 'd')],
      priceHistory: () => [],
      pastOutcomes: () => [],
      trust: (id) => trust.get(id),
    });
    const stranger = evidence.find((e) => e.offer.brandId === 'newco');
    expect(stranger?.trust).toBeUndefined();
    expect(stranger?.strangerHonesty).toBeCloseTo(0.6, 12);
  });
});
