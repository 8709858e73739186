import type { Catalogue } from '../language/index.ts';
import { RECOMMENDATION_FLOOR } from './trust-parameters.ts';
import type { TrustScore } from './score-trust-state.ts';

/** The key brands are ranked by: the punitive combined trust (higher is better). */
export function trustRank(score: TrustScore): number {
  return score.trust;
}

/**
 * Where a brand stands for recommendations: the one vocabulary the trust table, the ranking and the web share.
 * `after-clean-check`: below the floor on its record, but a request whose checks of what it says find nothing false
 * lifts it over (its offers in such a request are valued on `honestyAfterCleanCheck`, agent/butler/shop.ts), so its
 * offers are recommended only in a request where its statements check out.
 */
export type RecommendationStatus = 'recommendable' | 'after-clean-check' | 'below-floor';

/** The part of a trust score the recommendation rule reads (without `honestyAfterCleanCheck`: the record alone). */
export type RecommendationInput = Pick<TrustScore, 'estimatedHonesty' | 'claimsFailed'> & Partial<Pick<TrustScore, 'honestyAfterCleanCheck'>>;

/** What each status says to the person: long (a brand's ledger), and short (a table column or a badge beside its name). */
export interface RecommendationWords {
  readonly long: Readonly<Record<RecommendationStatus, string>>;
  readonly short: Readonly<Record<RecommendationStatus, string>>;
}

/** The statuses' words in English and French, in one place (CLI, ledger view, web). */
export const RECOMMENDATION_WORDS_IN: Catalogue<RecommendationWords> = {
  en: {
    long: {
      recommendable: 'recommendable',
      'after-clean-check': 'recommended only when its statements check out',
      'below-floor': 'NOT recommended (calibrated honesty below the floor)',
    },
    short: { recommendable: 'ok', 'after-clean-check': 'only if its statements check out', 'below-floor': 'NOT RECOMMENDED' },
  },
  fr: {
    long: {
      recommendable: 'recommandable',
      'after-clean-check': 'recommandée seulement quand ses affirmations se vérifient',
      'below-floor': 'PAS recommandée (honnêteté calibrée sous le seuil)',
    },
    short: { recommendable: 'ok', 'after-clean-check': 'seulement si ses affirmations se vérifient', 'below-floor': 'PAS RECOMMANDÉE' },
  },
};

/** The English words of each status (the terminal's trust table and ledger). */
export const RECOMMENDATION_WORDS = RECOMMENDATION_WORDS_IN.en.long;

/** The same, short. */
export const RECOMMENDATION_SHORT_WORDS = RECOMMENDATION_WORDS_IN.en.short;

/**
 * Whether the butler may recommend this brand: only a brand with evidence against it (a failed check of its own,
 * or of an identity linked to it) whose calibrated honesty is below the floor is excluded — unless a clean check of
 * its statements would lift it over the floor (`after-clean-check`). A newcomer is uncertain, not guilty: it stays
 * recommendable and its uncertainty is priced as risk in the money value.
 */
export function recommendationStatus(score: RecommendationInput, floor: number = RECOMMENDATION_FLOOR): RecommendationStatus {
  if (!(score.claimsFailed > 0) || score.estimatedHonesty >= floor) return 'recommendable';
  return score.honestyAfterCleanCheck !== undefined && score.honestyAfterCleanCheck >= floor ? 'after-clean-check' : 'below-floor';
}

/** Whether the butler may recommend this brand whatever a request shows (`recommendationStatus` is 'recommendable'). */
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
