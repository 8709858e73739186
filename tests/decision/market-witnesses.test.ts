// Issue 9 §2: other sellers' statements about the same GTIN weigh against a false attribute by how credible and how
// independent each seller is. A seller never checked speaks as a stranger (never zero); sellers never checked count one
// stranger between them on each side of a claim (Sybil-resistant); a seller whose checks held is never outvoted by
// them. It lowers the probability that THIS offer's claim holds, and never reaches the brand's record.
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../protocol/index.ts';
import { observeRound } from '../../agent/butler/index.ts';
import { rankOffers, type RankCandidate } from '../../agent/decision/index.ts';
import { SERIOUS_HONESTY_FINDINGS, scoreOffer, type BrandTrustView, type MarketContext } from '../../agent/scoring/index.ts';
import { RECOMMENDATION_FLOOR } from '../../agent/trust/index.ts';
import { NOW, fakeDetector, shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { trustOf } from './decision-fixtures.ts';

const need = trailNeed();
/** The shoe the con sells: not waterproof in truth. */
const CON_GTIN = '4006381333931';
const OTHER_GTIN = '4006381333948';
/** A clean record of `checks` checks, none failed (the long con's, honest on every small deal so far). */
const clean = (checks: number): BrandTrustView => ({ ...trustOf(0.8, 0.2, checks), claimsFailed: 0 });

const shoe = (brandId: string, gtin: string, waterproof: boolean, price: number): Offer =>
  shoeOffer({ brandId, price: { amountMinor: price, currency: 'EUR' }, product: { sku: `${brandId}-${gtin}`, gtin, attributes: { size_eu: 43, waterproof, terrain: 'trail', weight_g: 290 } } });

/** The con states the shoe waterproof, 40 EUR below the honest competitor's waterproof shoe (another product). */
const con = shoe('conco', CON_GTIN, true, 9_900);
const competitor = shoe('ridge', OTHER_GTIN, true, 13_900);
/** Sellers of the con's shoe stating the truth (not waterproof): the person could not buy theirs, they sell nothing else here. */
const witness = (brandId: string) => shoe(brandId, CON_GTIN, false, 9_500);
/** Fresh identities stating the con's false value about its shoe. */
const clone = (brandId: string) => shoe(brandId, CON_GTIN, true, 9_800);

function rank(offers: readonly Offer[], standing: Readonly<Record<string, BrandTrustView>>) {
  const market: MarketContext = { offers, standingOf: (id) => standing[id] };
  const candidates: RankCandidate[] = offers.map((offer) => {
    const trust = standing[offer.brandId];
    return { offer, scores: scoreOffer({ offer, need, now: NOW, market, trust }, fakeDetector), trust };
  });
  return { candidates, ranking: rankOffers(candidates, { need, honestyFloor: RECOMMENDATION_FLOOR }) };
}

const claimsHold = (r: ReturnType<typeof rank>, offerId: string) => r.candidates.find((c) => c.offer.offerId === offerId)!.scores.honesty.probability;

describe('other sellers of the same GTIN against a false attribute', () => {
  it('a con whose false attribute two honest sellers of its product contradict (one checked, one never checked) is not ranked first', () => {
    // Alpha's checks held once: its record alone (all main heard) leaves the con first.
    const standing = { conco: clean(6), ridge: clean(6), alpha: clean(1) };
    const alone = rank([con, competitor], standing);
    // Without the witnesses the con's cheaper shoe is first: its record is as clean as the competitor's.
    expect(alone.ranking.ranked[0]!.offerId).toBe(con.offerId);
    const contradicted = rank([con, competitor, witness('alpha'), witness('beta')], standing);
    expect(contradicted.ranking.ranked[0]?.offerId).toBe(competitor.offerId);
    const finding = contradicted.candidates.find((c) => c.offer.offerId === con.offerId)!.scores.honesty.evidence.find((e) => e.code === 'claim-disputed-by-market');
    expect(finding).toMatchObject({ attribute: 'waterproof', data: { sellers: 2 } });
    // The never-checked seller's word counts: the con's claim is less likely to hold than on the checked seller's word alone.
    const checkedOnly = rank([con, competitor, witness('alpha')], standing);
    expect(claimsHold(contradicted, con.offerId)).toBeLessThan(claimsHold(checkedOnly, con.offerId));
    // A fresh seller never weighs more than a seller whose checks held.
    const freshOnly = rank([con, competitor, witness('beta')], standing);
    const establishedOnly = rank([con, competitor, witness('alpha')], { ...standing, alpha: clean(40) });
    expect(claimsHold(freshOnly, con.offerId)).toBeGreaterThanOrEqual(claimsHold(establishedOnly, con.offerId));
    expect(claimsHold(freshOnly, con.offerId)).toBeLessThan(claimsHold(alone, con.offerId));
  });

  it('two unchecked clones stating the con\'s value do not outvote one checked honest seller', () => {
    const standing = { conco: clean(6), ridge: clean(6), alpha: clean(2) };
    const checked = rank([con, competitor, witness('alpha')], standing);
    const cloned = rank([con, competitor, witness('alpha'), clone('clone-1'), clone('clone-2')], standing);
    expect(claimsHold(cloned, con.offerId)).toBe(claimsHold(checked, con.offerId));
    expect(cloned.candidates.find((c) => c.offer.offerId === con.offerId)!.scores.honesty.evidence.map((e) => e.code)).toContain('claim-disputed-by-market');
    // Nor do any number of them outvote a seller whose checks held and that states what an honest offer states.
    const honest = shoe('trailco', OTHER_GTIN, true, 12_900);
    const runDown = (n: number) => Array.from({ length: n }, (_, i) => shoe(`puppet-${i}`, OTHER_GTIN, false, 9_000));
    const defended = rank([honest, shoe('ridge', OTHER_GTIN, true, 13_900), ...runDown(5)], { ridge: clean(40) });
    expect(claimsHold(defended, honest.offerId)).toBe(claimsHold(rank([honest], {}), honest.offerId));
  });

  it('never changes the brand\'s conviction or what its request writes to its record', () => {
    const standing = { conco: clean(6), ridge: clean(6), alpha: clean(2) };
    const alone = rank([con, competitor], standing);
    const contradicted = rank([con, competitor, witness('alpha'), witness('beta')], standing);
    const scoresOf = (r: ReturnType<typeof rank>) => r.candidates.filter((c) => c.offer.brandId === 'conco').map((c) => c.scores);
    for (const r of [alone, contradicted]) expect(scoresOf(r)[0]!.honesty.contradictions).toBe(0);
    expect(scoresOf(contradicted)[0]!.honesty.evidence.filter((e) => SERIOUS_HONESTY_FINDINGS.has(e.code))).toEqual([]);
    const observed = (r: ReturnType<typeof rank>) =>
      observeRound({ requestId: 'req-1', scores: scoresOf(r), declines: [], offeringBrands: new Set(['conco']), offerOf: (id) => [con].find((o) => o.offerId === id)! });
    expect(observed(contradicted)).toEqual(observed(alone));
    // The offer is less likely to be what it claims; the brand's estimate it starts from is the same.
    expect(scoresOf(contradicted)[0]!.honesty.prior).toBe(scoresOf(alone)[0]!.honesty.prior);
    expect(scoresOf(contradicted)[0]!.honesty.probability).toBeLessThan(scoresOf(alone)[0]!.honesty.probability);
  });
});
