import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LedgerTrust, type TrustObservation } from '../../agent/butler/index.ts';
import { gatherEvidence, type BrandRound } from '../../agent/butler/gather-evidence.ts';
import { describeEvidence, rankOffers } from '../../agent/decision/index.ts';
import { HONESTY_WEIGHTS, scoreOffer } from '../../agent/scoring/index.ts';
import { TrustLedger } from '../../agent/trust/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { headphonesNeed } from './headphones-need.ts';
import { openDatabase } from '../../storage/index.ts';
import { fakeDetector, shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { butlerWith, catalogOf, testClock } from './harness.ts';

// Issue 9 (docs/held-out-markets-22.md, batch 24): a "was" price the butler cannot check weighed −0.3 log-odds
// whatever the market showed. In a market where only liars show one (H11: 649 of 679 such offers false), the butler
// kept buying them. Session 38 (docs/honest-prior-38.md): learned on the person's own purchases, the weight of an
// honest RRP drifted from −0.3 to −1.4 in an all-honest market where no delivery ever missed (the butler bought around
// the RRP, so met deliveries without it kept lowering it). It is now learned from every offer seen, read apart on the
// brands the ledger later caught and those it checked clean.

const closers: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const NOW = new Date('2026-11-23T10:00:00.000Z');
const DAY = 86_400_000;
const UNVERIFIABLE = 'reference-price-unverifiable';

/** `n` past deliveries from distinct brands, each with `findings` on its offer and the need met or not. */
function deliveries(prefix: string, n: number, findings: readonly string[] | undefined, needMet: boolean): TrustObservation[] {
  return Array.from({ length: n }, (_, k) => ({
    kind: 'order-outcome' as const,
    brandId: `${prefix}-${k}`,
    orderId: `${prefix}-order-${k}`,
    satisfied: needMet,
    asDescribed: needMet,
    stake: { amountMinor: 12_000, currency: 'EUR' },
    needMet,
    ...(findings === undefined ? {} : { findings }),
    note: needMet ? 'as described' : 'not as described',
  }));
}

/** `n` brands each seen making `offers` offers, `withFinding` of them showing `code` (one request's offer-fit each). */
function seen(prefix: string, n: number, offers: number, code: string, withFinding: number): TrustObservation[] {
  return Array.from({ length: n }, (_, k) => ({
    kind: 'offer-fit' as const,
    brandId: `${prefix}-${k}`,
    offerId: `${prefix}-${k}-offer`,
    fit: 0.8,
    offers,
    ...(withFinding > 0 ? { findings: { [code]: withFinding } } : {}),
  }));
}

/** A claim of each of the `n` brands caught false on an offer check (no purchase: nobody burned). */
function caught(prefix: string, n: number): TrustObservation[] {
  return Array.from({ length: n }, (_, k) => ({
    kind: 'claim-contradicted' as const,
    brandId: `${prefix}-${k}`,
    attribute: 'waterproof',
    asserted: 'true',
    observed: 'false per the maker',
    offerId: `${prefix}-${k}-offer`,
    sku: `${prefix}-${k}-sku`,
    stake: { amountMinor: 12_000, currency: 'EUR' },
    source: 'claim-contradicts-product',
  }));
}

/** A ledger with the given past deliveries, or the same deliveries with no findings recorded (as before issue 9). */
function ledgerWith(observations: TrustObservation[]): LedgerTrust {
  const trust = new LedgerTrust(new TrustLedger(openDatabase({ path: ':memory:' })));
  trust.record(observations, new Date(NOW.getTime() - 3 * DAY));
  return trust;
}
/** A claim of each of the `n` brands checked and held on an offer check. */
function verified(prefix: string, n: number): TrustObservation[] {
  return Array.from({ length: n }, (_, k) => ({ kind: 'claim-verified' as const, brandId: `${prefix}-${k}`, attribute: 'waterproof', asserted: 'true', observed: 'true per the maker', offerId: `${prefix}-${k}-offer`, sku: `${prefix}-${k}-sku` }));
}

/**
 * Two strangers sell the same shoe: one 20 EUR cheaper showing a reference price nobody can check ("was" by default), one with no
 * reference price at all. Ranked as the butler does (the evidence gathered from the person's ledger).
 */
function rankStrangers(trust: LedgerTrust, kind: 'was-price' | 'recommended-retail-price' = 'was-price', learn = true) {
  const need = trailNeed();
  const wasShoe = shoeOffer({ brandId: 'was-shop', price: { amountMinor: 10_900, currency: 'EUR' }, discount: { kind, referencePrice: { amountMinor: 17_900, currency: 'EUR' } } });
  const plainShoe = shoeOffer({ brandId: 'plain-shop', price: { amountMinor: 12_900, currency: 'EUR' } });
  const rounds: BrandRound[] = [wasShoe, plainShoe].map((offer) => ({ brandId: offer.brandId, offers: [offer], negotiated: [], declines: [] }));
  const evidence = gatherEvidence({
    need,
    now: NOW,
    rounds,
    priceHistory: () => [],
    pastOutcomes: (id) => trust.pastOutcomes(id),
    trust: (id) => trust.view(id, NOW),
    checkedHonesty: trust.checkedHonesty(NOW),
    findingRecord: learn ? trust.seenFindingRecord() : undefined,
  });
  const ranking = rankOffers(
    evidence.map((e) => ({ offer: e.offer, scores: scoreOffer(e, fakeDetector), trust: e.trust })),
    { need, honestyFloor: 0.5 },
  );
  const of = (brandId: string) => ranking.ranked.find((r) => r.brandId === brandId) ?? ranking.excluded.find((r) => r.brandId === brandId);
  return { ranking, was: of('was-shop')!, plain: of('plain-shop')! };
}

const claimsHold = (r: ReturnType<typeof rankStrangers>['was']) => r.scores.honesty.probability;

describe('a finding weighed by what the offers seen showed about brands later caught or checked clean', () => {
  const RRP = 'rrp-unverifiable';

  it('keeps the hand-set weight in an all-honest market whose purchases all met the need, bought around the finding (session 38)', () => {
    // Eight honest brands, half of them quoting the maker's RRP on most offers; the person bought twelve times, never an
    // RRP offer, and every delivery met the need. No brand was ever caught.
    const past = [...seen('rrp-shop', 4, 5, RRP, 4), ...seen('plain-shop', 4, 5, RRP, 0), ...deliveries('plain-shop', 4, [], true), ...deliveries('other-plain', 8, [], true)];
    const learned = rankStrangers(ledgerWith(past), 'recommended-retail-price');
    const item = learned.was.scores.honesty.evidence.find((i) => i.code === RRP)!;
    expect(item.impact).toBeCloseTo(HONESTY_WEIGHTS.unverifiableReferencePrice, 12);
    expect(item.data?.['learnedWeight']).toBeUndefined();
    expect(claimsHold(learned.was)).toBeCloseTo(claimsHold(rankStrangers(ledgerWith(past), 'recommended-retail-price', false).was), 12);
  });

  it('ranks an offer with an unverifiable "was" price lower once the brands showing such prices were caught, before any purchase', () => {
    const past = [...seen('liar', 3, 4, UNVERIFIABLE, 4), ...caught('liar', 3), ...seen('honest', 5, 4, UNVERIFIABLE, 0), ...verified('honest', 5)];
    const learned = rankStrangers(ledgerWith(past));
    const hand = rankStrangers(ledgerWith(past), 'was-price', false);
    // With the hand-set −0.3 the "was" offer is worth buying; after three brands showing it were caught, it is not.
    expect(hand.ranking.ranked.map((r) => r.brandId)).toContain('was-shop');
    expect(learned.ranking.ranked.map((r) => r.brandId)).not.toContain('was-shop');
    expect(claimsHold(learned.was)).toBeLessThan(claimsHold(hand.was) - 0.2);
    expect(learned.ranking.ranked[0]?.brandId).toBe('plain-shop');
    // The other stranger's offer is untouched: the weight moves the offer that shows the finding, nobody else.
    expect(claimsHold(learned.plain)).toBeCloseTo(claimsHold(hand.plain), 12);
    // It convicts nobody: the brand showing it is still a stranger.
    expect(learned.was.trust).toBeUndefined();
    // The explanation says what the brands seen showed and the weight used, in English and French.
    const item = learned.was.scores.honesty.evidence.find((i) => i.code === UNVERIFIABLE)!;
    expect(describeEvidence(item, 'en')).toMatch(/was on 100% of the offers of the 3 brands later caught saying or delivering something false and 0% of those of the 5 checked clean: weighed -\d\.\d\d log-odds instead of -0\.30/);
    expect(describeEvidence(item, 'fr')).toMatch(/figurait sur 100 % des offres des 3 marques prises ensuite/);
  });

  it('does not rank it lower when the caught brands did not show it more than the clean ones', () => {
    const past = [...seen('liar', 3, 4, UNVERIFIABLE, 1), ...caught('liar', 3), ...seen('honest', 5, 4, UNVERIFIABLE, 2), ...verified('honest', 5)];
    const learned = rankStrangers(ledgerWith(past));
    const hand = rankStrangers(ledgerWith(past), 'was-price', false);
    expect(claimsHold(learned.was)).toBeGreaterThanOrEqual(claimsHold(hand.was) - 1e-12);
  });

  it('an RRP is its own finding: brands caught showing "was" prices never count against it, and clean brands quoting it clear it', () => {
    const past = [...seen('liar', 3, 4, UNVERIFIABLE, 4), ...caught('liar', 3), ...seen('honest', 5, 4, RRP, 3), ...verified('honest', 5)];
    const learned = rankStrangers(ledgerWith(past), 'recommended-retail-price');
    const hand = rankStrangers(ledgerWith(past), 'recommended-retail-price', false);
    expect(learned.was.scores.honesty.evidence.map((i) => i.code)).toContain(RRP);
    // The caught brands showed no RRP and the clean ones did: it is no sign of a liar here (weight 0, never above).
    expect(claimsHold(learned.was)).toBeGreaterThan(claimsHold(hand.was));
    expect(learned.was.scores.honesty.evidence.find((i) => i.code === RRP)!.data?.['learnedWeight']).toBe(0);
    expect(claimsHold(rankStrangers(ledgerWith(past)).was)).toBeLessThan(claimsHold(rankStrangers(ledgerWith(past), 'was-price', false).was) - 0.2);
  });
});

describe('the deliveries behind the learned weights survive a restart', () => {
  it('are folded again from the ledger file, and a ledger written before findings were recorded still loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'majordome-findings-'));
    closers.push(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'ledger.db');
    const first = openDatabase({ path });
    const trust = new LedgerTrust(new TrustLedger(first));
    // An old delivery (no findings recorded) and three new ones.
    trust.record([...deliveries('old', 1, undefined, false), ...deliveries('liar', 2, [UNVERIFIABLE], false), ...deliveries('honest', 1, ['claim-without-evidence'], true)], NOW);
    const before = trust.findingRecord();
    expect([before.missed, before.met, before.byCode.get(UNVERIFIABLE)?.missed]).toEqual([2, 1, 2]);
    first.close();

    const reopened = openDatabase({ path });
    closers.push(() => reopened.close());
    const ledger = new TrustLedger(reopened);
    expect(ledger.verify().ok).toBe(true);
    const again = new LedgerTrust(ledger);
    const after = again.findingRecord();
    expect([after.missed, after.met]).toEqual([2, 1]);
    expect(after.byCode.get(UNVERIFIABLE)).toEqual({ missed: 2, met: 0 });
    expect(after.byCode.get('claim-without-evidence')).toEqual({ missed: 0, met: 1 });
    // Recording more after the restart is seen at once, by this port (folding only what was appended) and by another.
    again.record(deliveries('later', 1, [UNVERIFIABLE], true), NOW);
    new LedgerTrust(ledger).record(deliveries('elsewhere', 1, [UNVERIFIABLE], false), NOW);
    expect(again.findingRecord().byCode.get(UNVERIFIABLE)).toEqual({ missed: 3, met: 1 });
    expect([again.findingRecord().missed, again.findingRecord().met]).toEqual([3, 2]);
    expect(new LedgerTrust(ledger).findingRecord().byCode.get(UNVERIFIABLE)).toEqual({ missed: 3, met: 1 });
  });
});

describe('a purchase keeps the findings its offer was ranked with', () => {
  it('stores them with the order and hands them to the ledger with the outcome', async () => {
    const clock = testClock();
    const h = await butlerWith({
      clock: clock.now,
      brands: [
        createStrategyBrand({ id: 'shady-audio', name: 'Shady Audio', strategy: 'deceptive', categories: ['headphones'], catalog: catalogOf('SHDY', [{ product: 'jbl-tune-770nc-black', price: 11_500, stock: 9 }]), clock: clock.now }),
      ],
    });
    closers.push(h.close);
    const result = await h.butler.shop(headphonesNeed(30_000));
    const bought = result.ranking.ranked.find((r) => r.scores.honesty.evidence.some((i) => i.code === UNVERIFIABLE));
    expect(bought, 'the deceptive shop’s offer shows a "was" price never seen before').toBeDefined();
    const purchase = await h.buy(bought!.offerId);
    expect(purchase.kind).toBe('purchased');
    if (purchase.kind !== 'purchased') return;
    const codes = [...new Set(bought!.scores.honesty.evidence.map((i) => i.code))].sort();
    expect(purchase.order.findings).toEqual(codes);
    expect(h.memory.order(purchase.order.orderId)?.findings).toEqual(codes);
    h.report(purchase.order.orderId, { text: 'arrived', needMet: false, claims: [{ attribute: 'noise_cancelling', held: false }] });
    const outcome = h.ledger.eventsFor('shady-audio').find((e) => e.kind === 'order-outcome');
    expect(outcome?.kind === 'order-outcome' ? outcome.evidence.findings : undefined).toEqual(codes);
  });
});
