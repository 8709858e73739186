import type { AttributeValue, SeededRandom } from '../../protocol/index.ts';
import { logit, sigmoid } from '../pressure/index.ts';
import { formatAttributeValue, marketParties, sameAttributeValue } from '../scoring/index.ts';
import { honestyPosterior } from '../trust/index.ts';
import { preferenceMatchAt, surplusAt, worthAt, worthIfNotAsDescribedAt } from './offer-value.ts';
import type { Ranking, RankedOffer } from './rank-offers.ts';
import { sampleBeta } from './sample-beta.ts';
import { attributeLabelIn, joinWords, type Language } from '../language/index.ts';
import { EXPLANATION_MESSAGES } from './explanation-messages.ts';

/** What the person usually buys: brands bought from, and style attribute values they tend to pick. */
export interface PurchaseHistory {
  readonly brandIds: readonly string[];
  /** Usual values per style attribute, e.g. `{ terrain: ['road'], color: ['black'] }`. */
  readonly styles?: Readonly<Record<string, readonly AttributeValue[]>> | undefined;
}

/** Inputs of the divergence slot. */
export interface PickDivergentInput {
  readonly ranking: Ranking;
  readonly history: PurchaseHistory;
  /** 0 = never explore, 1 = offer the slot every time a strong option exists. */
  readonly appetite: number;
  readonly random: SeededRandom;
  /** How many top offers are already shown; the slot looks below them (default 3). */
  readonly shown?: number | undefined;
  /** A candidate's sampled surplus must reach this share of the top offer's expected surplus (default 1: it must beat it). */
  readonly minValueShare?: number | undefined;
  /** The language of the reason (the need's; default English). */
  readonly language?: Language | undefined;
}

/** The single divergent option, labelled, or why there is none this time. */
export type DivergentPick =
  | { readonly kind: 'picked'; readonly divergent: true; readonly offer: RankedOffer; readonly reason: string; readonly novelty: 'brand' | 'style' }
  | { readonly kind: 'none'; readonly reason: 'no-appetite' | 'not-this-time' | 'no-strong-option' };

/** Divergence rules: what counts as strong enough to show outside the bubble. */
export const DIVERGENCE_RULES = { defaultShown: 3, minValueShare: 1, minFit: 0.5, maxPressure: 0.5 } as const;

/**
 * One Thompson draw of an offer's surplus: the brand's honesty is drawn from its posterior (Beta over its checks with
 * the newcomer prior) once per party (`brandDraws`, keyed by `partyOf`: shared by its offers, and by the offers of
 * every name the person's record joins to it), this offer's own findings shift it as they
 * shift the mean, the person's liking of each value they rated before is drawn from its Beta, and the money value is
 * recomputed. A brand the butler knows little about draws widely, so an uncertain good deal sometimes beats a certain one.
 */
function sampledSurplus(entry: RankedOffer, random: SeededRandom, brandDraws: Map<string, number>, partyOf: (brandId: string) => string): number {
  const b = entry.breakdown;
  const posterior = honestyPosterior(entry.trust);
  const brandMean = posterior.alpha / (posterior.alpha + posterior.beta);
  // The brand's honesty is one unknown, whatever number of offers it sends: drawn per offer, a brand sending three
  // offers would get three tries at a lucky draw and take the exploration slot from a brand sending one as good.
  // So is a party's trading under several names the record joins (they share their record, so their unknown): one
  // offer under each of three linked names must not get three tries either.
  const party = partyOf(entry.brandId);
  let brandDraw = brandDraws.get(party);
  if (brandDraw === undefined) brandDraws.set(party, (brandDraw = sampleBeta(posterior.alpha, posterior.beta, random)));
  const p = sigmoid(logit(brandDraw) + logit(b.claimsHold) - logit(brandMean));
  // The person's uncertain taste: each value they rated before is drawn from its Beta instead of its mean.
  if (b.learned.length === 0) return surplusAt(p, b);
  const worth = worthAt(b.reference, preferenceMatchAt(b.stated, b.learned, (l) => sampleBeta(l.alpha, l.beta, random)));
  return surplusAt(p, { worth, price: b.price, pressureCost: b.pressureCost, needHolds: b.needHolds, worthIfNotAsDescribed: worthIfNotAsDescribedAt(b.reference, b.statedIfNotAsDescribed, b.learned, worth) });
}

function novelty(entry: RankedOffer, history: PurchaseHistory, language: Language): { novelty: 'brand' | 'style'; reason: string } | undefined {
  const m = EXPLANATION_MESSAGES[language];
  if (!history.brandIds.includes(entry.brandId)) return { novelty: 'brand', reason: m.newBrand };
  const styles = history.styles ?? {};
  for (const attribute of Object.keys(styles).sort()) {
    const usual = styles[attribute] ?? [];
    const value = entry.offer.product.attributes[attribute];
    if (value === undefined || usual.length === 0 || usual.some((u) => sameAttributeValue(u, value))) continue;
    return { novelty: 'style', reason: m.differentStyle(attributeLabelIn(attribute, language), formatAttributeValue(value), joinWords(usual.map(formatAttributeValue), language, 'or')) };
  }
  return undefined;
}

/**
 * The bounded exploration slot, chosen by Thompson sampling: with probability `appetite`, every ranked offer's surplus
 * is drawn from the butler's uncertainty about it, and the best draw among the offers not already shown is surfaced
 * when it is outside the person's usual brands or styles, strong (fit, little pressure) and its draw beats
 * the top offer's expected surplus (explored when it could plausibly be better than the butler's best estimate). Only ranked offers are candidates, so nothing that violates a hard
 * constraint or policy, comes from a brand below the honesty floor, or is expected to cost more than it is worth is
 * ever picked. Deterministic for a seed: one draw decides whether to explore, then one stream per offer.
 */
export function pickDivergent(input: PickDivergentInput): DivergentPick {
  const appetite = Math.min(1, Math.max(0, Number.isFinite(input.appetite) ? input.appetite : 0));
  if (appetite === 0) return { kind: 'none', reason: 'no-appetite' };
  const explore = input.random.next() < appetite;
  if (!explore) return { kind: 'none', reason: 'not-this-time' };
  const ranked = input.ranking.ranked;
  if (ranked.length === 0) return { kind: 'none', reason: 'no-strong-option' };
  const shown = input.shown ?? DIVERGENCE_RULES.defaultShown;
  // One stream per place in the ranking, never per offer id: an offer id is the brand's choice, and a brand that can
  // guess the request's stream (the seed and the request id) could pick an id whose draw wins the slot.
  // Each party's honesty is drawn on the stream of its best-ranked offer, then shared by its other offers. Parties are
  // read on the linked identities (a shared record), never on a shared server alone (co-tenants are separate unknowns).
  const linked = new Map(ranked.map((entry) => [entry.brandId, entry.trust?.linkedIdentities]));
  const partyOf = marketParties(linked.keys(), (brandId) => linked.get(brandId));
  const brandDraws = new Map<string, number>();
  const draws = ranked.map((entry) => ({ entry, draw: sampledSurplus(entry, input.random.fork(`thompson:${entry.rank}`), brandDraws, partyOf) }));
  // Explore when, under a plausible draw of what the butler does not know, the option beats its current best
  // estimate (the top offer's expected surplus): uncertain options pass now and then, well-known worse ones never.
  const bestEstimate = ranked[0]!.value;
  const threshold = bestEstimate > 0 ? bestEstimate * (input.minValueShare ?? DIVERGENCE_RULES.minValueShare) : 0;
  const candidates = draws
    .slice(shown)
    .filter(({ entry, draw }) => draw > 0 && draw >= threshold && entry.breakdown.fit >= DIVERGENCE_RULES.minFit && entry.breakdown.pressure <= DIVERGENCE_RULES.maxPressure && entry.scores.fit.hardViolations.length === 0)
    .sort((a, b) => b.draw - a.draw || (a.entry.rank - b.entry.rank));
  for (const { entry } of candidates) {
    const language = input.language ?? 'en';
    const found = novelty(entry, input.history, language);
    if (found) return { kind: 'picked', divergent: true, offer: entry, reason: EXPLANATION_MESSAGES[language].somethingDifferent(found.reason), novelty: found.novelty };
  }
  return { kind: 'none', reason: 'no-strong-option' };
}
