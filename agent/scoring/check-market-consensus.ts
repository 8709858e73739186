import { RecentCache, satisfiesConstraint, type AttributeValue, type Offer } from '../../protocol/index.ts';
import type { EvidenceItem } from './evidence-item.ts';
import { HONESTY_WEIGHTS } from './honesty-weights.ts';
import type { BrandTrustView, MarketContext, ScoringNeed } from './offer-evidence.ts';
import { comparableValue, formatAttributeValue, offerStatements, sameComparable } from './offer-statements.ts';
import { preferenceSatisfaction } from './preference-satisfaction.ts';
import { marketParties, partyIdentitiesOf } from './market-parties.ts';
import { relevantAttributes } from './relevant-attributes.ts';
import { sellerWeight } from './seller-weight.ts';
import { couldBeBought } from './score-fit.ts';

type BrandStatements = Map<string, Map<string, AttributeValue[]>>;

function addStatement(byBrand: BrandStatements, brandId: string, attribute: string, value: AttributeValue): void {
  let attributes = byBrand.get(brandId);
  if (!attributes) byBrand.set(brandId, (attributes = new Map()));
  const values = attributes.get(attribute);
  if (values) values.push(value);
  else attributes.set(attribute, [value]);
}

/** The cache key of "no need given" (every offer testifies). */
const ANY_NEED = {};
// Every offer of a round cross-checks against the same offers: index them once per round and market reading (which of
// them testify), by GTIN then brand.
const roundIndex = new RecentCache<readonly Offer[], WeakMap<(offer: Offer) => boolean, Map<string, BrandStatements>>>(2);

/**
 * Whether the person could be sold this offer at `now` (no need: yes): the need's category and every hard constraint
 * met, and nothing else that makes the ranking exclude it and the purchase refuse it (expired, over the budget, past
 * the deadline, too few units, another currency: `couldBeBought`). An offer that can never be bought is never held to
 * what it says.
 */
function meetsNeed(offer: Offer, need: ScoringNeed | undefined, now: string): boolean {
  return need === undefined || couldBeBought(offer, need, now);
}

function statementsByGtin(offers: readonly Offer[], testifies: (offer: Offer) => boolean): Map<string, BrandStatements> {
  let byReading = roundIndex.get(offers);
  if (byReading === undefined) roundIndex.set(offers, (byReading = new WeakMap()));
  let index = byReading.get(testifies);
  if (index) return index;
  index = new Map();
  for (const offer of offers) {
    const gtin = offer.product.gtin;
    if (gtin === undefined || !testifies(offer)) continue;
    let byBrand = index.get(gtin);
    if (!byBrand) index.set(gtin, (byBrand = new Map()));
    for (const [attribute, value] of offerStatements(offer)) addStatement(byBrand, offer.brandId, attribute, value);
  }
  byReading.set(testifies, index);
  return index;
}

/** Per market: the GTINs each answer speaks about (its own, and its offer's when that offer is in the round), and the sellers heard by brand and GTIN. */
interface MarketIndex {
  readonly answerGtins: ReadonlyArray<ReadonlySet<string>>;
  readonly sellers: Map<string, OtherSellers>;
  /** Each seller's weight (`sellerWeight` of its standing, the best of its party's), read once per market. */
  readonly weights: Map<string, number>;
  /** The party of each seller (`marketParties`: identities the record links are one) and the sellers of each party. */
  readonly partyOf: (brandId: string) => string;
  readonly members: ReadonlyMap<string, readonly string[]>;
  /** Whether an offer's statements speak in the cross-check (see `marketIndex`). */
  readonly testifies: (offer: Offer) => boolean;
}

type OtherSellers = ReadonlyArray<readonly [string, ReadonlyMap<string, readonly AttributeValue[]>]>;

// Every offer of a brand for one GTIN hears the same other sellers: worked out once per market, need, moment, brand and GTIN.
const marketIndexes = new RecentCache<MarketContext, WeakMap<ScoringNeed | typeof ANY_NEED, Map<string, MarketIndex>>>(2);

function marketIndex(market: MarketContext, need: ScoringNeed | undefined, now: string): MarketIndex {
  let byNeed = marketIndexes.get(market);
  if (byNeed === undefined) marketIndexes.set(market, (byNeed = new WeakMap()));
  let byMoment = byNeed.get(need ?? ANY_NEED);
  if (byMoment === undefined) byNeed.set(need ?? ANY_NEED, (byMoment = new Map()));
  let index = byMoment.get(now);
  if (index !== undefined) return index;
  const brandIds = new Set([...market.offers.map((o) => o.brandId), ...(market.answers ?? []).map((a) => a.brandId)]);
  const partyOf = marketParties(brandIds, (brandId) => partyIdentitiesOf(market.standingOf?.(brandId)));
  const members = new Map<string, string[]>();
  for (const brandId of brandIds) {
    const party = partyOf(brandId);
    const list = members.get(party);
    if (list === undefined) members.set(party, [brandId]);
    else list.push(brandId);
  }
  // An offer the person could buy speaks for its seller, who is held to it. One they could not (another category, a
  // constraint missed, expired, over the budget, too late: whatever the ranking excludes it for) costs its seller nothing: it speaks only for a party that offers nothing the person could buy
  // here, which has no sale to win by running a rival down (a seller whose only offer of a GTIN misses the need still
  // says so against its interest). A party competing for this sale is heard on its buyable offers alone: a seller with
  // a clean record sent, beside its real offer, free "decoys" of an honest rival's shoes stating them not waterproof,
  // and the rival's true claims lost a tenth of their credibility in every request; then (round 29) copies meeting every
  // constraint but expired, or priced above the person's budget, stating the rival's shoes heavier, did the same.
  const competing = new Set<string>();
  const buyable = new Set<Offer>();
  for (const o of market.offers) {
    if (!meetsNeed(o, need, now)) continue;
    buyable.add(o);
    competing.add(partyOf(o.brandId));
  }
  const testifies = (o: Offer) => buyable.has(o) || !competing.has(partyOf(o.brandId));
  const offerGtins = new Map<string, string[]>();
  for (const o of market.offers) {
    if (o.product.gtin === undefined || !testifies(o)) continue;
    const key = `${o.brandId}\u0000${o.offerId}`;
    const gtins = offerGtins.get(key);
    if (gtins === undefined) offerGtins.set(key, [o.product.gtin]);
    else gtins.push(o.product.gtin);
  }
  const answerGtins = (market.answers ?? []).map(({ brandId, answer, gtin }) => {
    const about = new Set(offerGtins.get(`${brandId}\u0000${answer.offerId}`));
    if (gtin !== undefined) about.add(gtin);
    return about;
  });
  index = { answerGtins, sellers: new Map(), weights: new Map(), partyOf, members, testifies };
  byMoment.set(now, index);
  return index;
}

/**
 * What each other party says about each attribute of this offer's GTIN (a party may say several things), by party: the
 * identities linked to the offer's brand are not other sellers (a twin vouching for its own party's claim is the party
 * speaking for itself), and the identities of one other party have one say between them (two entries of one server
 * are not two witnesses).
 */
function otherBrandStatements(offer: Offer, market: MarketContext, index: MarketIndex): Map<string, ReadonlyMap<string, readonly AttributeValue[]>> {
  const byBrand = otherBrandsStatements(offer, market, index);
  const byParty = new Map<string, ReadonlyMap<string, readonly AttributeValue[]>>();
  for (const [brandId, attributes] of byBrand) {
    const party = index.partyOf(brandId);
    const seen = byParty.get(party);
    if (seen === undefined) {
      byParty.set(party, attributes);
      continue;
    }
    const merged = new Map(seen);
    for (const [attribute, values] of attributes) merged.set(attribute, [...(merged.get(attribute) ?? []), ...values]);
    byParty.set(party, merged);
  }
  return byParty;
}

/** Whether `brandId` is the offer's brand or of its party (`own`). */
function sameParty(brandId: string, offerBrandId: string, own: string, index: MarketIndex): boolean {
  return brandId === offerBrandId || index.partyOf(brandId) === own;
}

/** What each brand of another party than the offer's says about each attribute of its GTIN, by brand. */
function otherBrandsStatements(offer: Offer, market: MarketContext, index: MarketIndex): Map<string, ReadonlyMap<string, readonly AttributeValue[]>> {
  const answerGtins = index.answerGtins;
  const own = index.partyOf(offer.brandId);
  const gtin = offer.product.gtin as string;
  const byBrand = statementsByGtin(market.offers, index.testifies).get(gtin);
  // The round's index is shared by every offer of the round and only read here: a brand's statements are handed out as
  // they are, and a brand whose answers add to them gets its own copy (answers replace a value list, never push to it).
  const out = new Map<string, ReadonlyMap<string, readonly AttributeValue[]>>();
  if (byBrand) for (const [brandId, attributes] of byBrand) if (!sameParty(brandId, offer.brandId, own, index)) out.set(brandId, attributes);
  const answers = market.answers ?? [];
  const copied = new Set<string>();
  for (let i = 0; i < answers.length; i++) {
    const { brandId, answer } = answers[i]!;
    // Another brand's answer counts when it is about this GTIN, or about one of its offers of this GTIN in the round.
    if (sameParty(brandId, offer.brandId, own, index) || !answerGtins[i]!.has(gtin)) continue;
    let attributes = out.get(brandId) as Map<string, readonly AttributeValue[]> | undefined;
    if (!copied.has(brandId)) {
      attributes = new Map(attributes);
      out.set(brandId, attributes);
      copied.add(brandId);
    }
    for (const claim of answer.claims) attributes!.set(claim.attribute, [...(attributes!.get(claim.attribute) ?? []), claim.asserted]);
  }
  return out;
}

/** `otherBrandStatements` as a list sorted by party, shared by the offers of one brand and GTIN in one market. */
function otherSellers(offer: Offer, market: MarketContext, need: ScoringNeed | undefined, now: string): OtherSellers {
  const index = marketIndex(market, need, now);
  const key = `${offer.brandId}\u0000${offer.product.gtin as string}`;
  let sellers = index.sellers.get(key);
  if (sellers === undefined) index.sellers.set(key, (sellers = [...otherBrandStatements(offer, market, index)].sort((a, b) => (a[0] < b[0] ? -1 : 1))));
  return sellers;
}

/**
 * Which of two values of one attribute serves the person's need better: constraints on the attribute met first, then
 * how well it matches their preferences on it (> 0: `a` is better for them, and so for the seller who states it).
 * Both are read in the form they are matched in (`comparableValue`): a figure written as text ("240") is the same
 * figure, so it can neither slip a puffed value past this rule nor let a liar's textual restatement of its own puffed
 * figure fail a constraint here that its product meets, and so dodge the honest sellers' dissent.
 */
function compareForNeed(attribute: string, dissent: AttributeValue, comparable: AttributeValue, need: ScoringNeed | undefined, scales: ReadonlyArray<readonly AttributeValue[]>): number {
  if (need === undefined) return 0;
  const a = comparableValue(dissent);
  const b = comparable;
  let met = 0;
  for (const c of need.hardConstraints) if (c.attribute === attribute) met += (satisfiesConstraint(a, c) ? 1 : 0) - (satisfiesConstraint(b, c) ? 1 : 0);
  if (met !== 0) return met;
  // Read on the two values alone, and as the fit reads them in this market (its preference scales): the dissent is
  // better for the person when either reading says so, so a puff the fit ranks above the truth on the market's scale
  // (where one party's value is set aside) is as self-serving as one that is better on the pair alone.
  const pair = likedOn(attribute, a, b, need, () => [a, b]);
  const market = likedOn(attribute, a, b, need, (i) => scales[i] ?? []);
  return Math.max(pair, market);
}

/** Σ weight × (how well `a` meets each of the need's preferences on the attribute − how well `b` does), on `observedOf`. */
function likedOn(attribute: string, a: AttributeValue, b: AttributeValue, need: ScoringNeed, observedOf: (index: number) => readonly AttributeValue[]): number {
  let liked = 0;
  need.softPreferences.forEach((p, i) => {
    if (p.attribute !== attribute) return;
    const observed = observedOf(i);
    const sa = preferenceSatisfaction(p, a, need.category, observed).score;
    const sb = preferenceSatisfaction(p, b, need.category, observed).score;
    if (sa !== undefined && sb !== undefined) liked += (p.weight ?? 1) * (sa - sb);
  });
  return liked;
}

/**
 * Cross-checks what an offer states about its GTIN against what other sellers state about the same GTIN. This is
 * evidence about the claim, never about the brand: disagreement lowers confidence in this offer (a likelihood ratio
 * from each independent, established seller's own track record), and nothing here reaches the trust ledger. Sellers
 * without history are named in the explanation with no weight. Only disagreement against the other seller's interest
 * counts: a seller stating that its own offer of the product is *better* for the person (lighter, waterproof, …) than
 * this offer states is speaking for itself, and its word says nothing against this offer's more modest statement (a
 * puffed figure from a seller with a clean record used to undermine the honest seller of the same shoe: in 04-defectors
 * seed 404, honest sellers' true statements were disputed ~200 times by on-off and whitewashing sellers); a seller
 * whose statement is no better for the person (it says its own offer misses the constraint, or is heavier) has no such
 * motive, and is weighed as before — unless it says so only in an offer the person could not buy while it competes for
 * the sale with another (a free decoy of a rival's product: see `marketIndex`).
 *
 * Agreement is shown to the person but moves nothing. Other sellers can vouch for what a product is, not for how this
 * seller deals (its receipts, its deliveries), and a brand's calibrated honesty is about both. Since only failures
 * move that estimate, no seller stands above a clean stranger, so agreement could only ever lift a brand the person
 * had caught: a seller that switched a receipt was restored to a clean seller's standing by others selling the same
 * headphones, and the butler was refused by it again a few rounds later (01-half-dishonest, seed 2026).
 */
export function checkMarketConsensus(offer: Offer, market: MarketContext | undefined, now: string, need?: ScoringNeed, scales: ReadonlyArray<readonly AttributeValue[]> = []): EvidenceItem[] {
  if (!market || offer.product.gtin === undefined) return [];
  const sellers = otherSellers(offer, market, need, now);
  if (sellers.length === 0) return [];
  const relevant = relevantAttributes(need);
  const index = marketIndex(market, need, now);
  const weights = index.weights;
  for (const [party] of sellers) {
    if (weights.has(party)) continue;
    let weight = 0;
    for (const brandId of index.members.get(party) ?? [party]) weight = Math.max(weight, sellerWeight(market.standingOf?.(brandId)));
    weights.set(party, weight);
  }
  const items: EvidenceItem[] = [];
  // The offer holds only if every claim it makes that matters holds: agreement on some attributes says nothing about
  // the others (a seller that lies usually tells the truth about most things), so it is named only when every one of
  // them is vouched for.
  let everyClaimVouched = true;
  const corroborated: string[] = [];
  // Only the attributes that matter are weighed, in name order.
  const statements: Array<[string, AttributeValue]> = [];
  for (const statement of offerStatements(offer)) if (relevant === undefined || relevant.has(statement[0])) statements.push(statement);
  statements.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [attribute, value] of statements) {
    let weighed = 0;
    let dissenters = 0;
    let unweighedDissent = 0;
    const dissent: AttributeValue[] = [];
    const comparable = comparableValue(value);
    for (const [party, attributes] of sellers) {
      const said = attributes.get(attribute);
      if (!said) continue;
      const w = weights.get(party) ?? 0;
      if (said.some((v) => sameComparable(comparable, v))) {
        weighed += w;
        continue;
      }
      // A seller that says its own offer of the same product is better for the person than this one says is speaking
      // in its own interest: that says nothing against this offer's more modest statement (a liar's puffed value must
      // not undermine the honest seller's), so only dissent that is no better for the person counts.
      const modest = said.filter((v) => compareForNeed(attribute, v, comparable, need, scales) <= 0);
      if (modest.length === 0) continue;
      weighed -= w;
      dissent.push(...modest);
      if (w > 0) dissenters++;
      else unweighedDissent++;
    }
    if (weighed <= 0) everyClaimVouched = false;
    if (weighed < 0) {
      items.push({
        code: 'claim-disputed-by-market',
        effect: 'undermines',
        impact: Math.max(-HONESTY_WEIGHTS.marketAttributeCap, weighed),
        attribute,
        detail: `says ${attribute} = ${formatAttributeValue(value)}; ${dissenters} established seller${dissenters === 1 ? '' : 's'} of the same GTIN say${dissenters === 1 ? 's' : ''} ${mostCommon(dissent)}`,
        data: { claimed: value, sellers: dissenters, theySay: mostCommonValue(dissent) },
      });
    } else if (weighed > 0) {
      corroborated.push(attribute);
    } else if (unweighedDissent > 0) {
      items.push({
        code: 'claim-disputed-without-weight',
        effect: 'neutral',
        impact: 0,
        attribute,
        detail: `says ${attribute} = ${formatAttributeValue(value)}; ${unweighedDissent} seller${unweighedDissent === 1 ? '' : 's'} without a track record say${unweighedDissent === 1 ? 's' : ''} ${mostCommon(dissent)} (not counted)`,
        data: { claimed: value, sellers: unweighedDissent, theySay: mostCommonValue(dissent) },
      });
    }
  }
  if (corroborated.length > 0 && everyClaimVouched) {
    items.push({
      code: 'claims-corroborated-by-market',
      effect: 'supports',
      impact: 0,
      detail: `established sellers of the same GTIN agree on every claim that matters (${corroborated.join(', ')})`,
      data: { attributes: corroborated },
    });
  }
  return items;
}

function mostCommon(values: readonly AttributeValue[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(formatAttributeValue(v), (counts.get(formatAttributeValue(v)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0] ?? '';
}

/** The value `mostCommon` names, as the value itself (so it can be written in another language). */
function mostCommonValue(values: readonly AttributeValue[]): AttributeValue {
  const shown = mostCommon(values);
  return values.find((v) => formatAttributeValue(v) === shown) ?? shown;
}
