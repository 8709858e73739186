import { RECOMMENDATION_FLOOR } from './trust-parameters.ts';
import type { TrustScore } from './score-trust-state.ts';

/** The key brands are ranked by: the punitive combined trust (higher is better). */
export function trustRank(score: TrustScore): number {
  return score.trust;
}

/** Whether the butler may recommend this brand at all: its honesty score is at or above the floor. */
export function isRecommendable(score: TrustScore, floor: number = RECOMMENDATION_FLOOR): boolean {
  return score.honesty.score >= floor;
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
