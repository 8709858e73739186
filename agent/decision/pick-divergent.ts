import type { AttributeValue, SeededRandom } from '../../protocol/index.ts';
import { formatAttributeValue, sameAttributeValue } from '../scoring/index.ts';
import type { Ranking, RankedOffer } from './rank-offers.ts';

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
  /** A candidate must reach this share of the top offer's value (default 0.6). */
  readonly minValueShare?: number | undefined;
}

/** The single divergent option, labelled, or why there is none this time. */
export type DivergentPick =
  | { readonly kind: 'picked'; readonly divergent: true; readonly offer: RankedOffer; readonly reason: string; readonly novelty: 'brand' | 'style' }
  | { readonly kind: 'none'; readonly reason: 'no-appetite' | 'not-this-time' | 'no-strong-option' };

/** Divergence rules: what counts as strong enough to show outside the bubble. */
export const DIVERGENCE_RULES = { defaultShown: 3, minValueShare: 0.6, minFit: 0.5, minClaimsHold: 0.5, maxPressure: 0.5 } as const;

function novelty(entry: RankedOffer, history: PurchaseHistory): { novelty: 'brand' | 'style'; reason: string } | undefined {
  if (!history.brandIds.includes(entry.brandId)) return { novelty: 'brand', reason: 'from a brand you have never bought from' };
  const styles = history.styles ?? {};
  for (const attribute of Object.keys(styles).sort()) {
    const usual = styles[attribute] ?? [];
    const value = entry.offer.product.attributes[attribute];
    if (value === undefined || usual.length === 0 || usual.some((u) => sameAttributeValue(u, value))) continue;
    return { novelty: 'style', reason: `a different style: ${attribute.replace(/_/g, ' ')} ${formatAttributeValue(value)} instead of your usual ${usual.map(formatAttributeValue).join(' or ')}` };
  }
  return undefined;
}

/**
 * The bounded exploration slot: with probability `appetite`, surfaces at most one strong (good value, fit and honesty,
 * little pressure) ranked offer outside the person's usual brands or styles that is not already shown. Only ranked offers are considered, so nothing that
 * violates a hard constraint or policy, or comes from a brand below the honesty floor, is ever picked.
 * Deterministic for a seed: exactly one draw is taken from `random` whenever appetite is above 0.
 */
export function pickDivergent(input: PickDivergentInput): DivergentPick {
  const appetite = Math.min(1, Math.max(0, Number.isFinite(input.appetite) ? input.appetite : 0));
  if (appetite === 0) return { kind: 'none', reason: 'no-appetite' };
  const explore = input.random.next() < appetite;
  if (!explore) return { kind: 'none', reason: 'not-this-time' };
  const ranked = input.ranking.ranked;
  const top = ranked[0];
  if (!top) return { kind: 'none', reason: 'no-strong-option' };
  const shown = input.shown ?? DIVERGENCE_RULES.defaultShown;
  const threshold = top.value * (input.minValueShare ?? DIVERGENCE_RULES.minValueShare);
  for (const entry of ranked.slice(shown)) {
    const { fit, claimsHold, pressure } = entry.breakdown;
    if (entry.value < threshold || fit < DIVERGENCE_RULES.minFit || claimsHold < DIVERGENCE_RULES.minClaimsHold || pressure > DIVERGENCE_RULES.maxPressure) continue;
    if (entry.scores.fit.hardViolations.length > 0) continue;
    const found = novelty(entry, input.history);
    if (found) return { kind: 'picked', divergent: true, offer: entry, reason: `Something different: ${found.reason}`, novelty: found.novelty };
  }
  return { kind: 'none', reason: 'no-strong-option' };
}
