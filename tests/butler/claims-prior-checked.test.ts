import { describe, expect, it } from 'vitest';
import { LedgerTrust, type TrustObservation } from '../../agent/butler/index.ts';
import { gatherEvidence, type BrandRound } from '../../agent/butler/gather-evidence.ts';
import { scoreHonesty } from '../../agent/scoring/index.ts';
import { TrustLedger } from '../../agent/trust/index.ts';
import { openDatabase } from '../../storage/index.ts';
import { shoeOffer } from '../scoring/scoring-fixtures.ts';

const DAY = 86_400_000;
const NOW = new Date('2026-12-01T10:00:00.000Z');
const STAKE = { amountMinor: 9_000, currency: 'EUR' };
const round = (brandId: string): BrandRound => ({ brandId, offers: [shoeOffer({ brandId, offerId: `${brandId}-offer` })], negotiated: [], declines: [] });

/** What a request records of a brand that talks (fits, pushes, answers cleanly) but sells nothing the person could check. */
const talk = (brandId: string, n: number): TrustObservation[] => [
  { kind: 'offer-fit', brandId, offerId: `${brandId}-o${n}`, fit: 0.95 },
  { kind: 'pressure-tactic', brandId, tactic: 'urgency', quote: 'only today', field: 'offer.title', confidence: 0.9, offerId: `${brandId}-o${n}` },
  { kind: 'clean-interaction', brandId, requestId: `req-${brandId}-${n}`, offerId: `${brandId}-o${n}` },
];
const delivered = (brandId: string, n: number, asDescribed: boolean): TrustObservation => ({ kind: 'order-outcome', brandId, orderId: `${brandId}-order-${n}`, satisfied: asDescribed, asDescribed, stake: STAKE, note: asDescribed ? 'as described' : 'not as described' });

/**
 * A person who bought from two honest brands (not in the requests below), twice from a liar (caught once), and met a
 * chatty brand many times without ever buying from it.
 */
function record() {
  const trust = new LedgerTrust(new TrustLedger(openDatabase({ path: ':memory:' })));
  const start = NOW.getTime() - 30 * DAY;
  trust.record([delivered('honest-1', 1, true), delivered('honest-2', 1, true)], new Date(start));
  trust.record([delivered('liar', 1, true)], new Date(start));
  trust.record([delivered('liar', 2, false)], new Date(start + DAY));
  for (let n = 0; n < 12; n++) trust.record(talk('chatty', n), new Date(start + (2 + n) * DAY));
  return trust;
}

/** The prior each brand's offer starts from in one request where all of them answer. */
function priors(trust: LedgerTrust, brands: readonly string[]): Map<string, number> {
  const evidence = gatherEvidence({
    need: { category: 'running-shoes', hardConstraints: [], softPreferences: [], quantity: 1, currency: 'EUR' },
    now: NOW,
    rounds: brands.map(round),
    priceHistory: () => [],
    pastOutcomes: () => [],
    trust: (id) => trust.view(id, NOW),
    checkedHonesty: trust.checkedHonesty(NOW),
  });
  return new Map(evidence.map((e) => [e.offer.brandId, scoreHonesty(e).prior]));
}

describe("belief in a brand's claims is earned by claims checked, not by a record", () => {
  it('a brand with many fit and pressure events and no checked claim reads no higher P(claims hold) than a stranger', () => {
    const trust = record();
    const chatty = trust.view('chatty', NOW)!;
    expect(chatty.events).toBeGreaterThanOrEqual(36);
    expect(chatty.claimsChecked).toBe(0);
    const p = priors(trust, ['liar', 'chatty', 'fresh-name']);
    // The stranger reads below the newcomer prior here: the one brand whose claims were checked was caught.
    expect(p.get('fresh-name')!).toBeLessThan(0.8);
    expect(p.get('chatty')!).toBeLessThanOrEqual(p.get('fresh-name')!);
  });

  it('an honest brand whose claims are checked rises above the stranger it was before', () => {
    const trust = record();
    const before = priors(trust, ['liar', 'chatty', 'fresh-name']);
    trust.record([delivered('chatty', 1, true)], new Date(NOW.getTime() - DAY));
    const after = priors(trust, ['liar', 'chatty', 'fresh-name']);
    expect(trust.view('chatty', NOW)!.claimsChecked).toBeGreaterThan(0);
    expect(after.get('chatty')!).toBeGreaterThan(before.get('chatty')!);
    expect(after.get('chatty')!).toBeGreaterThan(after.get('fresh-name')!);
    expect(after.get('chatty')!).toBeCloseTo(trust.view('chatty', NOW)!.estimatedHonesty, 12);
  });

  it('a brand known only by its talk vouches for no stranger: the strangers are read on the brands whose claims were checked', () => {
    const trust = record();
    const withTalker = priors(trust, ['liar', 'chatty', 'fresh-name']);
    const without = priors(trust, ['liar', 'fresh-name']);
    expect(withTalker.get('fresh-name')!).toBeCloseTo(without.get('fresh-name')!, 12);
  });
});
