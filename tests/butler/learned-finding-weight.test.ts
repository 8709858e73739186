import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LedgerTrust, type TrustObservation } from '../../agent/butler/index.ts';
import { gatherEvidence, type BrandRound } from '../../agent/butler/gather-evidence.ts';
import { describeEvidence, rankOffers } from '../../agent/decision/index.ts';
import { scoreOffer } from '../../agent/scoring/index.ts';
import { TrustLedger } from '../../agent/trust/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { headphonesNeed } from './headphones-need.ts';
import { openDatabase } from '../../storage/index.ts';
import { fakeDetector, shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { butlerWith, catalogOf, testClock } from './harness.ts';

// Issue 9 (docs/held-out-markets-22.md, batch 24): a "was" price the butler cannot check weighed −0.3 log-odds
// whatever the person's deliveries showed. In a market where only liars show one (H11: 649 of 679 such offers false),
// the butler kept buying them. The weight is now learned from the person's own deliveries, against the need.

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

/** A ledger with the given past deliveries, or the same deliveries with no findings recorded (as before issue 9). */
function ledgerWith(observations: TrustObservation[]): LedgerTrust {
  const trust = new LedgerTrust(new TrustLedger(openDatabase({ path: ':memory:' })));
  trust.record(observations, new Date(NOW.getTime() - 3 * DAY));
  return trust;
}
const withoutFindings = (observations: TrustObservation[]) => observations.map((o) => (o.kind === 'order-outcome' ? { ...o, findings: undefined } : o));

/**
 * Two strangers sell the same shoe: one 20 EUR cheaper showing a reference price nobody can check ("was" by default), one with no
 * reference price at all. Ranked as the butler does (the evidence gathered from the person's ledger).
 */
function rankStrangers(trust: LedgerTrust, kind: 'was-price' | 'recommended-retail-price' = 'was-price') {
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
    findingRecord: trust.findingRecord?.(),
  });
  const ranking = rankOffers(
    evidence.map((e) => ({ offer: e.offer, scores: scoreOffer(e, fakeDetector), trust: e.trust })),
    { need, honestyFloor: 0.5 },
  );
  const of = (brandId: string) => ranking.ranked.find((r) => r.brandId === brandId) ?? ranking.excluded.find((r) => r.brandId === brandId);
  return { ranking, was: of('was-shop')!, plain: of('plain-shop')! };
}

const claimsHold = (r: ReturnType<typeof rankStrangers>['was']) => r.scores.honesty.probability;

describe('a finding weighed by what the person’s own deliveries showed it to predict', () => {
  it('ranks an offer with an unverifiable "was" price lower when such deliveries kept missing the need', () => {
    const past = [...deliveries('liar', 6, [UNVERIFIABLE], false), ...deliveries('honest', 6, [], true)];
    const learned = rankStrangers(ledgerWith(past));
    const hand = rankStrangers(ledgerWith(withoutFindings(past)));
    // With the hand-set −0.3 the "was" offer is worth buying; after six such deliveries missed the need, it is not.
    expect(hand.ranking.ranked.map((r) => r.brandId)).toContain('was-shop');
    expect(learned.ranking.ranked.map((r) => r.brandId)).not.toContain('was-shop');
    expect(claimsHold(learned.was)).toBeLessThan(claimsHold(hand.was) - 0.2);
    expect(learned.ranking.ranked[0]?.brandId).toBe('plain-shop');
    expect('reasons' in learned.was ? learned.was.reasons.map((r) => r.code) : []).toEqual(['no-surplus']);
    // The other stranger's offer is untouched: the weight moves the offer that shows the finding, nobody else.
    expect(claimsHold(learned.plain)).toBeCloseTo(claimsHold(hand.plain), 12);
    // It convicts nobody: the brand showing it is still a stranger, its floor read on the same prior.
    expect(learned.was.trust).toBeUndefined();
    expect(learned.was.scores.honesty.prior).toBeCloseTo(hand.was.scores.honesty.prior, 12);
    // The explanation says what the deliveries showed and the weight used, in English and French.
    const item = learned.was.scores.honesty.evidence.find((i) => i.code === UNVERIFIABLE)!;
    expect(describeEvidence(item, 'en')).toMatch(/came with 6 of your 6 deliveries that missed your need and 0 of your 6 that met it: weighed -2\.\d\d log-odds instead of -0\.30/);
    expect(describeEvidence(item, 'fr')).toMatch(/6 de vos 6 livraisons qui ne répondaient pas à votre besoin/);
  });

  it('does not rank it lower when such deliveries met the need', () => {
    const past = [...deliveries('flatterer', 6, [UNVERIFIABLE], true), ...deliveries('other', 6, [], false)];
    const learned = rankStrangers(ledgerWith(past));
    const hand = rankStrangers(ledgerWith(withoutFindings(past)));
    expect(claimsHold(learned.was)).toBeGreaterThanOrEqual(claimsHold(hand.was));
    const rankOf = (r: ReturnType<typeof rankStrangers>) => r.ranking.ranked.findIndex((x) => x.brandId === 'was-shop');
    expect(rankOf(hand)).toBeGreaterThanOrEqual(0);
    expect(rankOf(learned)).toBeGreaterThanOrEqual(0);
    expect(rankOf(learned)).toBeLessThanOrEqual(rankOf(hand));
  });

  it('keeps the hand-set weight with no delivery on record', () => {
    const none = rankStrangers(ledgerWith([]));
    const item = none.was.scores.honesty.evidence.find((i) => i.code === UNVERIFIABLE)!;
    expect(item.impact).toBe(-0.3);
    expect(item.data?.['learnedWeight']).toBeUndefined();
  });
});

describe('an honest shop quoting the maker\'s RRP does not pay for liars\' "was" prices (batch 25)', () => {
  // docs/held-out-markets-22.md, batch 25b: with honest brands showing the maker's RRP, both reference prices wrote the
  // same finding, so deliveries of liars' "was" prices that missed the need taught the butler to doubt every honest RRP.
  const RRP = 'rrp-unverifiable';

  it('an RRP is its own finding, and liars\' "was" prices that missed the need leave its weight at the hand-set one', () => {
    const past = [...deliveries('liar', 6, [UNVERIFIABLE], false), ...deliveries('honest', 6, [], true)];
    const learned = rankStrangers(ledgerWith(past), 'recommended-retail-price');
    const hand = rankStrangers(ledgerWith(withoutFindings(past)), 'recommended-retail-price');
    expect(learned.was.scores.honesty.evidence.map((i) => i.code)).toContain(RRP);
    expect(learned.was.scores.honesty.evidence.map((i) => i.code)).not.toContain(UNVERIFIABLE);
    expect(claimsHold(learned.was)).toBeCloseTo(claimsHold(hand.was), 12);
    expect(learned.ranking.ranked.map((r) => r.brandId)).toContain('was-shop');
    // The "was" price itself is still learned against.
    expect(claimsHold(rankStrangers(ledgerWith(past)).was)).toBeLessThan(claimsHold(hand.was) - 0.2);
  });

  it('RRPs that kept missing the need are learned against, apart from "was" prices', () => {
    const past = [...deliveries('rrp-liar', 6, [RRP], false), ...deliveries('honest', 6, [], true)];
    const rrp = rankStrangers(ledgerWith(past), 'recommended-retail-price');
    const hand = rankStrangers(ledgerWith(withoutFindings(past)), 'recommended-retail-price');
    expect(claimsHold(rrp.was)).toBeLessThan(claimsHold(hand.was) - 0.2);
    const was = rankStrangers(ledgerWith(past));
    expect(claimsHold(was.was)).toBeCloseTo(claimsHold(rankStrangers(ledgerWith(withoutFindings(past))).was), 12);
    const item = rrp.was.scores.honesty.evidence.find((i) => i.code === RRP)!;
    expect(describeEvidence(item, 'en')).toMatch(/recommended-retail-price .*the maker's price cannot be checked here; this finding came with 6 of your 6 deliveries that missed your need/);
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
