import { RECOMMENDATION_FLOOR } from './trust-parameters.ts';
import type { TrustScore } from './score-trust-state.ts';

/** The key brands are ranked by: the punitive combined trust (higher is better). */
export function trustRank(score: TrustScore): number {
  return score.trust;
}

/** Where a brand stands for recommendations: the one vocabulary the trust table, the ranking and the web share. */
export type RecommendationStatus = 'recommendable' | 'below-floor';

/** The part of a trust score the recommendation rule reads. */
export type RecommendationInput = Pick<TrustScore, 'estimatedHonesty' | 'claimsFailed'>;

/**
 * Whether the butler may recommend this brand: only a brand with evidence against it (a failed check of its own,
 * or of an identity linked to it) whose calibrated honesty is below the floor is excluded. A newcomer is uncertain,
 * not guilty: it stays recommendable and its uncertainty is priced as risk in the money value.
 */
export function recommendationStatus(score: RecommendationInput, floor: number = RECOMMENDATION_FLOOR): RecommendationStatus {
  return score.claimsFailed > 0 && !(score.estimatedHonesty >= floor) ? 'below-floor' : 'recommendable';
}

/** Whether the butler may recommend this brand at all (`recommendationStatus` is 'recommendable'). */
export function isRecommendable(score: RecommendationInput, floor: number = RECOMMENDATION_FLOOR): boolean {
  return recommendationStatus(score, floor) === 'recommendable';
}

/**
 * Orders brands best first: recommendable before not, then by trust rank, then by brand id, so the order never
 * depends on the order the scores arrived in.
 */
export function compareTrust(a: TrustScore, b: TrustScore, floor: number = RECOMMENDATION_FLOOR): number {
  const ra = isRecommendable(a, floor);
  const rb = isRecommendable(b, floor);
  if (ra !== rb) return ra ? -1 : 1;
  const byTrust = trustRank(b) - trustRank(a);
  if (byTrust !== 0) return byTrust;
  return a.brandId < b.brandId ? -1 : a.brandId > b.brandId ? 1 : 0;
}
