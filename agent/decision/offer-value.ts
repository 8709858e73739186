import type { Offer } from '../../protocol/index.ts';
import { FIT_RULES, applicableBudget, type OfferScores, type ScoringNeed } from '../scoring/index.ts';
import type { LearnedPreference } from '../taste/index.ts';

/**
 * The few assumptions of the money value, each a statement about people rather than a tuned weight:
 * - `preferencePremium`: a budget is what the person will pay for what they required (the hard constraints): a
 *   product that meets them is worth at least the budget, and one that also matches every stated preference is worth
 *   this much more (1 = up to twice). Within budget and as described, a product that meets the need is never a loss.
 * - `hassleShare`: what a remedy (return, dispute, chasing a refund) or a pushy sale costs the person in time and
 *   stress, as a share of the price.
 */
export const VALUE_MODEL = {
  preferencePremium: 1,
  hassleShare: 0.1,
} as const;

/** Every number behind one offer's expected money surplus (amounts in minor units of the need's currency). */
export interface ValueBreakdown {
  /** What the person's money scale is anchored to: their budget, or (without one) what the market asks (`marketReferenceMinor`). */
  readonly reference: number;
  readonly referenceSource: 'budget' | 'market';
  /**
   * 0..1: how well the offer matches the person's preferences: the stated ones (unknown values count as poor) and
   * those learned from their ratings, each weighted (1 when there are none).
   */
  readonly preferenceMatch: number;
  /** The stated preferences' part of that match: Σ weight and Σ weight × score. */
  readonly stated: { readonly weight: number; readonly weightedScore: number };
  /** The same if it meets the need but is not as described: one stated preference, any of them, false (`statedMatchIfNotAsDescribed`). */
  readonly statedIfNotAsDescribed: { readonly weight: number; readonly weightedScore: number };
  /** Preferences learned from the person's ratings that this offer touches (its values they rated before). */
  readonly learned: readonly LearnedPreference[];
  /** Estimated worth of the product to this person if it is what it claims: reference × (1 + premium × preference match). */
  readonly worth: number;
  /** Calibrated probability that the offer is what it claims (the brand's record and this offer's own findings). */
  readonly claimsHold: number;
  /**
   * Probability that what arrives meets the need's hard constraints (`HonestyScore.needHolds`: the brand's record of
   * how its failures fall, and this offer's findings against its hard-constraint claims), at least `claimsHold`.
   */
  readonly needHolds: number;
  /**
   * What the product is worth if it meets the need but is not as described: the worth with one of the stated
   * preferences, any of them, at the fit model's score of an unknown value (`statedIfNotAsDescribed`), never more than
   * `worth`.
   */
  readonly worthIfNotAsDescribed: number;
  readonly price: number;
  /** Expected cost of remedies when it is not as claimed: (1 − claimsHold) × hassle × price. */
  readonly remedyCost: number;
  /** 0..1 pressure score of the offer, and what being pushed costs: pressure × hassle × price. */
  readonly pressure: number;
  readonly pressureCost: number;
  /**
   * claimsHold × worth + (needHolds − claimsHold) × worthIfNotAsDescribed − price − remedyCost − pressureCost: what
   * the person expects to gain by buying it; offers are ranked by it.
   */
  readonly surplus: number;
  readonly currency: string;
  /** Fit score shown to the person (unchanged by the money model). */
  readonly fit: number;
}

const clamp01 = (x: number) => (x > 0 ? (x < 1 ? x : 1) : 0);

/** The stated preferences' weighted match (from the fit score). */
function statedMatchOf(scores: OfferScores): { weight: number; weightedScore: number } {
  const prefs = scores.fit.preferences;
  return { weight: prefs.reduce((sum, p) => sum + p.weight, 0), weightedScore: prefs.reduce((sum, p) => sum + p.weight * p.score, 0) };
}

/**
 * The preference match: the weighted mean of the stated preferences' scores (1 when none was stated), moved by what
 * the person's ratings taught: the mean over the learned values of weight × (liking − the person's baseline), so a
 * style liked more than usual lifts the offer and one liked less lowers it, never by more than the evidence allows.
 * `learnedScore` lets the exploration slot put a draw from the person's uncertain taste in place of each mean.
 */
export function preferenceMatchAt(
  stated: { readonly weight: number; readonly weightedScore: number },
  learned: readonly LearnedPreference[],
  learnedScore: (p: LearnedPreference, index: number) => number = (p) => p.score,
): number {
  const base = stated.weight > 0 ? stated.weightedScore / stated.weight : 1;
  if (learned.length === 0) return clamp01(base);
  let shift = 0;
  for (let i = 0; i < learned.length; i++) {
    const p = learned[i]!;
    shift += p.weight * (learnedScore(p, i) - p.baseline);
  }
  return clamp01(base + shift / learned.length);
}

/** What a product is worth to the person if it is what it claims: reference × (1 + premium × preference match). */
export function worthAt(reference: number, preferenceMatch: number): number {
  return reference * (1 + VALUE_MODEL.preferencePremium * preferenceMatch);
}

/**
 * The surplus of an offer valued at `worth` and `price`, if it is what it claims with probability `claimsHold` and
 * what arrives meets the need with probability `needHolds` (at least `claimsHold`): P(need met) × [P(as described |
 * need met) × worth + P(not as described | need met) × worthIfNotAsDescribed] − price − the expected remedy
 * (1 − claimsHold) × hassle × price − the cost of being pushed, i.e. claimsHold × worth + (needHolds − claimsHold) ×
 * worthIfNotAsDescribed − … A product that misses the need is worth nothing. Without `needHolds`, it is `claimsHold`
 * (every failure misses the need). The one formula behind the ranking and the exploration slot's draws.
 */
export function surplusAt(
  claimsHold: number,
  value: Pick<ValueBreakdown, 'worth' | 'price' | 'pressureCost'> & Partial<Pick<ValueBreakdown, 'needHolds' | 'worthIfNotAsDescribed'>>,
): number {
  const met = value.needHolds === undefined || value.worthIfNotAsDescribed === undefined ? 0 : Math.max(0, value.needHolds - claimsHold) * value.worthIfNotAsDescribed;
  return claimsHold * value.worth + met - value.price - (1 - claimsHold) * VALUE_MODEL.hassleShare * value.price - value.pressureCost;
}

/** What the person expects the product to be worth: claimsHold × worth + (needHolds − claimsHold) × worthIfNotAsDescribed. */
export function expectedWorth(b: Pick<ValueBreakdown, 'claimsHold' | 'worth' | 'needHolds' | 'worthIfNotAsDescribed'>): number {
  return b.claimsHold * b.worth + Math.max(0, b.needHolds - b.claimsHold) * b.worthIfNotAsDescribed;
}

/**
 * The stated preferences' match of a product that meets the need but is not as described: the failure is one of what
 * it said about the person's preferences, each equally likely (nothing says which), and that one is worth what an
 * unknown value is (`FIT_RULES.unknownPreferenceScore`) while the others stand as stated: Σ weight × score less the mean,
 * over the stated preferences, of what taking each one as the false one removes. No parameter; with one stated
 * preference it is that preference unknown.
 */
export function statedMatchIfNotAsDescribed(prefs: readonly { readonly weight: number; readonly score: number }[]): { weight: number; weightedScore: number } {
  const u = FIT_RULES.unknownPreferenceScore;
  let weight = 0;
  let weightedScore = 0;
  let lost = 0;
  for (const p of prefs) {
    weight += p.weight;
    weightedScore += p.weight * p.score;
    lost += p.weight * Math.max(0, p.score - u);
  }
  return { weight, weightedScore: prefs.length === 0 ? weightedScore : weightedScore - lost / prefs.length };
}

/** The worth of a product that meets the need but is not as described (`statedMatchIfNotAsDescribed`), never more than `worth`. */
export function worthIfNotAsDescribedAt(reference: number, ifFalse: { readonly weight: number; readonly weightedScore: number }, learned: readonly LearnedPreference[], worth: number): number {
  if (ifFalse.weight === 0) return worth;
  return Math.min(worth, worthAt(reference, preferenceMatchAt(ifFalse, learned)));
}

/**
 * The expected money surplus of buying one eligible offer, in the person's currency: estimated worth × probability
 * the offer is what it claims − price − expected cost of remedies − the cost of being pushed. `reference` is the
 * budget when there is one in the offer's currency, else what the market asks (`marketReferenceMinor`): the highest
 * of the parties' lowest eligible prices (the second highest among three parties or more; the parties the person's
 * record does not vouch for count together as one, at what they ask among themselves, and above the dearest
 * vouched price only as far as the record is thin), the same for every offer
 * (the person set no ceiling, so what sellers ask at least for a product that meets the need is acceptable; neither a
 * seller's dearer offers nor one seller alone among others moves the scale, and an offer dearer than it is worth only
 * what a match adds).
 */
export function offerValue(input: {
  readonly offer: Offer;
  readonly scores: OfferScores;
  readonly need: ScoringNeed;
  /** What the market asks in the need's currency (`marketReferenceMinor`: the reference when there is no budget). */
  readonly marketMinor: number | undefined;
  /** Preferences learned from the person's ratings that apply to this offer (none: stated preferences only). */
  readonly learned?: readonly LearnedPreference[] | undefined;
}): ValueBreakdown {
  const { offer, scores, need } = input;
  const price = offer.price.amountMinor;
  // "max 100, 150 if it's Sony": a Sony pair is worth up to the stretch, any other up to the budget.
  const ceiling = applicableBudget(need, offer);
  const budget = ceiling && ceiling.currency === offer.price.currency && ceiling.amountMinor > 0 ? ceiling.amountMinor : undefined;
  const market = input.marketMinor !== undefined && offer.price.currency === need.currency ? input.marketMinor : undefined;
  const reference = budget ?? market ?? price;
  const stated = statedMatchOf(scores);
  const learned = input.learned ?? [];
  const preferenceMatch = preferenceMatchAt(stated, learned);
  const worth = worthAt(reference, preferenceMatch);
  const claimsHold = clamp01(scores.honesty.probability);
  const needHolds = Math.max(claimsHold, clamp01(scores.honesty.needHolds ?? claimsHold));
  const statedIfNotAsDescribed = statedMatchIfNotAsDescribed(scores.fit.preferences);
  const worthIfNotAsDescribed = worthIfNotAsDescribedAt(reference, statedIfNotAsDescribed, learned, worth);
  const pressure = clamp01(scores.pressure.score);
  const remedyCost = (1 - claimsHold) * VALUE_MODEL.hassleShare * price;
  const pressureCost = pressure * VALUE_MODEL.hassleShare * price;
  const surplus = surplusAt(claimsHold, { worth, price, pressureCost, needHolds, worthIfNotAsDescribed });
  return {
    reference,
    referenceSource: budget === undefined ? 'market' : 'budget',
    preferenceMatch,
    stated,
    statedIfNotAsDescribed,
    learned,
    worth,
    claimsHold,
    needHolds,
    worthIfNotAsDescribed,
    price,
    remedyCost,
    pressure,
    pressureCost,
    surplus,
    currency: offer.price.currency,
    fit: clamp01(scores.fit.score),
  };
}
