import type { PolicyId } from '../policies/policy-ids.ts';
import type { PairedStatistics } from './paired-statistics.ts';
import type { Ratio } from './ratio.ts';

export type { Ratio } from './ratio.ts';

/** Precision and recall of one flag (e.g. "dishonest") with its confusion counts. */
export interface DetectionSummary {
  readonly precision: Ratio;
  readonly recall: Ratio;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
}

/** Rounds until a defector (or a whitewasher's identity) is demoted below the honesty floor. */
export interface DemotionSummary {
  readonly pairs: number;
  readonly demoted: number;
  readonly neverDemoted: number;
  readonly meanRounds: Ratio;
  readonly medianRounds: Ratio;
}

/** One policy over the whole run. */
export interface PolicySummary {
  readonly decisions: number;
  readonly purchases: number;
  readonly completion: Ratio;
  /** Total welfare in minor units, per decision, and ÷ the oracle's on the same needs. */
  readonly welfare: number;
  readonly welfarePerDecision: Ratio;
  readonly welfareRatio: Ratio;
  /** Welfare ratio over the second half of the rounds (the long run). */
  readonly lateWelfareRatio: Ratio;
  readonly budgetViolations: number;
  readonly budgetViolationRate: Ratio;
  readonly spend: number;
  /** Money paid to brands whose true strategy is dishonest, and its share of all money paid. */
  readonly dishonestSpend: number;
  readonly dishonestSpendShare: Ratio;
  readonly defectorSpend: number;
  readonly defectorWelfare: number;
  /** Money paid to brands while they deceive (deceptive, bait-and-switch, whitewasher always; on-off in a cheating window), and its share. */
  readonly deceivingSpend: number;
  readonly deceivingSpendShare: Ratio;
  /**
   * Money paid to a brand this butler had already caught (a failed check on its record) when it bought, and its
   * share: what the ledger failed to keep from known offenders (0 for policies without a ledger, which never know).
   */
  readonly caughtSpend: number;
  readonly caughtSpendShare: Ratio;
  readonly refusedSwitches: number;
  readonly claimsFailedPerPurchase: Ratio;
  readonly lateDeliveryShare: Ratio;
  /** Share of money paid per brand strategy. */
  readonly spendShareByStrategy: Readonly<Record<string, number>>;
  readonly orderBias: {
    readonly eligible: number;
    readonly firstArrivalShare: Ratio;
    readonly idFirstShare: Ratio;
    readonly chance: Ratio;
    /** firstArrivalShare − chance: 0 means arrival order does not matter. */
    readonly firstArrivalBias: Ratio;
    readonly idOrderBias: Ratio;
  };
  readonly divergence: { readonly shown: number; readonly taken: number };
  readonly diversity: { readonly brandsPerConsumer: Ratio; readonly stylesPerConsumer: Ratio; readonly lateBrandsPerConsumer: Ratio; readonly lateStylesPerConsumer: Ratio };
  readonly focal: { readonly acceptable: number; readonly meanRank: Ratio; readonly purchases: number; readonly spend: number; readonly spendShare: Ratio };
}

/** One policy in one round. */
export interface RoundPolicySummary {
  readonly decisions: number;
  readonly purchases: number;
  readonly welfare: number;
  readonly welfareRatio: Ratio;
  readonly spend: number;
  readonly dishonestSpendShare: Ratio;
  readonly budgetViolations: number;
  readonly focalSpend: number;
  readonly spendShareByStrategy: Readonly<Record<string, number>>;
}

/** A brand as the report lists it. */
export interface BrandSummary {
  readonly id: string;
  readonly name: string;
  readonly strategy: string;
  readonly categories: readonly string[];
  readonly products: number;
  readonly focal: boolean;
}

/** How honest brands fare in one butler policy's ledgers at the end of the run (over consumer × brand pairs it knows). */
export interface HonestBrandSummary {
  /** Pairs with a truly honest brand, and the share of them below the honesty floor (wrongly convicted). */
  readonly pairs: number;
  readonly belowFloor: number;
  readonly belowFloorShare: Ratio;
  /** Pairs with a truly honest, non-pushy brand, and the share of them flagged as pushy. */
  readonly nonPushyPairs: number;
  readonly pressureFlagged: number;
  readonly pressureFlaggedShare: Ratio;
}

/** Brands still trading in one policy's market at the end of a round (markets that react). */
export interface ActiveMarketSummary {
  readonly brands: number;
  readonly dishonest: number;
  readonly dishonestShare: Ratio;
  readonly byStrategy: Readonly<Record<string, number>>;
}

/** Everything measured in one run of one scenario variant (deterministic: no times, no modes, fixed rounding). */
export interface RunMetrics {
  readonly scenario: {
    readonly name: string;
    readonly seed: number;
    readonly rounds: number;
    readonly consumers: number;
    readonly start: string;
    readonly roundDays: number;
    readonly policies: readonly PolicyId[];
  };
  readonly brands: readonly BrandSummary[];
  readonly policies: Readonly<Partial<Record<PolicyId, PolicySummary>>>;
  readonly rounds: ReadonlyArray<{ readonly round: number; readonly policies: Readonly<Partial<Record<PolicyId, RoundPolicySummary>>> }>;
  /** Per ledger-keeping butler policy, at the end of the last round. */
  readonly detection: Readonly<Partial<Record<PolicyId, { readonly dishonest: DetectionSummary; readonly pressure: DetectionSummary }>>>;
  /** Recall of dishonest brands per round, per ledger-keeping policy. */
  readonly detectionByRound: Readonly<Partial<Record<PolicyId, ReadonlyArray<{ readonly dishonestRecall: Ratio; readonly dishonestPrecision: Ratio; readonly pressureRecall: Ratio }>>>>;
  /** Mean trust of each brand (base id) per round among the butlers that know it (first ledger policy). */
  readonly trust: { readonly policy: PolicyId | null; readonly brands: Readonly<Record<string, { readonly strategy: string; readonly trust: readonly Ratio[]; readonly honesty: readonly Ratio[]; readonly pressure: readonly Ratio[]; readonly knownBy: readonly number[] }>> };
  readonly defectors: {
    readonly onOff: Readonly<Partial<Record<PolicyId, DemotionSummary>>>;
    readonly whitewash: Readonly<Partial<Record<PolicyId, DemotionSummary>>>;
  };
  /** Per-consumer welfare ratios and the butler's paired differences with every other policy, with 95 % intervals. */
  readonly perConsumer: PairedStatistics;
  /** Per ledger-keeping butler policy, at the end of the last round. */
  readonly honestBrands: Readonly<Partial<Record<PolicyId, HonestBrandSummary>>>;
  /** Markets that react: the rule and, per round and policy, the brands still trading (null when markets do not react). */
  readonly market: { readonly reaction: string; readonly starvedRounds: number; readonly byRound: ReadonlyArray<Readonly<Partial<Record<PolicyId, ActiveMarketSummary>>>> } | null;
}
