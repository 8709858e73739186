import { describe, expect, it } from 'vitest';
import { LedgerTrust, type TrustObservation } from '../../agent/butler/index.ts';
import { gatherEvidence, type BrandRound } from '../../agent/butler/gather-evidence.ts';
import { TrustLedger } from '../../agent/trust/index.ts';
import { openDatabase } from '../../storage/index.ts';
import { shoeOffer } from '../scoring/scoring-fixtures.ts';

const NOW = new Date('2026-12-01T10:00:00.000Z');
const round = (brandId: string, sku: string): BrandRound => ({ brandId, offers: [shoeOffer({ brandId, offerId: `${brandId}-${sku}`, product: { sku } })], negotiated: [], declines: [] });
// Statements checked before any purchase (the brand's own answers against its offer): each one check of the brand.
const claim = (kind: 'claim-verified' | 'claim-contradicted', brandId: string, n: number): TrustObservation =>
  kind === 'claim-verified'
    ? { kind, brandId, attribute: 'waterproof', asserted: 'true', observed: 'true', offerId: `${brandId}-o${n}`, sku: 'S1' }
    : { kind, brandId, attribute: 'waterproof', asserted: 'true', observed: 'false', offerId: `${brandId}-o${n}`, sku: 'S1', stake: { amountMinor: 9_000, currency: 'EUR' }, source: 'answer contradicts offer' };

function evidenceWith(trust: LedgerTrust) {
  return gatherEvidence({
    need: { category: 'running-shoes', hardConstraints: [], softPreferences: [], quantity: 1, currency: 'EUR' },
    now: NOW,
    // The caught names no longer answer: only the clean brand and a fresh identity do.
    rounds: [round('clean', 'a'), round('fresh-name', 'b')],
    priceHistory: () => [],
    pastOutcomes: () => [],
    trust: (id) => trust.view(id, NOW),
    checkedHonesty: trust.checkedHonesty(NOW),
  });
}

describe("a stranger is priced by how the strangers on the person's record turned out", () => {
  it('after two identities were caught in false statements, a fresh identity starts below the clean brand it competes with', () => {
    const trust = new LedgerTrust(new TrustLedger(openDatabase({ path: ':memory:' })));
    trust.record([claim('claim-verified', 'clean', 1), claim('claim-contradicted', 'old-name-1', 2), claim('claim-contradicted', 'old-name-2', 3)], new Date(NOW.getTime() - 86_400_000));
    const clean = trust.view('clean', NOW)!.estimatedHonesty;
    const checked = trust.checkedHonesty(NOW)!;
    expect(checked).toBeLessThan(clean);
    const fresh = evidenceWith(trust).find((e) => e.offer.brandId === 'fresh-name');
    expect(fresh?.trust).toBeUndefined();
    expect(fresh?.strangerHonesty).toBeCloseTo(checked, 12);
    expect(fresh!.strangerHonesty!).toBeLessThan(clean);
  });

  it('where nobody on the record was caught, a stranger stands level with the clean brand (no premium for familiarity)', () => {
    const trust = new LedgerTrust(new TrustLedger(openDatabase({ path: ':memory:' })));
    trust.record([claim('claim-verified', 'clean', 1), claim('claim-verified', 'other', 2)], new Date(NOW.getTime() - 86_400_000));
    const fresh = evidenceWith(trust).find((e) => e.offer.brandId === 'fresh-name');
    expect(fresh?.strangerHonesty).toBeCloseTo(trust.view('clean', NOW)!.estimatedHonesty, 12);
  });
});
