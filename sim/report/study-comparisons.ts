import { POLICY_IDS, type PolicyId } from '../policies/policy-ids.ts';
import type { Ratio } from '../metrics/metrics-types.ts';
import { fixed } from '../metrics/compute-metrics.ts';
import type { StudyResult } from '../run/run-study.ts';

/** One arm against the control arm, for one policy: what the focal (manipulating) brand gained. */
export interface ControlComparison {
  readonly variant: string;
  readonly policy: PolicyId;
  readonly focalSpendShare: Ratio;
  /** Share of money captured by the focal brand minus its share in the control arm (> 0: the manipulation paid). */
  readonly focalSpendShareDelta: Ratio;
  readonly focalPurchases: number;
  readonly focalPurchasesDelta: number;
  readonly focalMeanRank: Ratio;
  /** Mean rank of the focal brand's best offer minus in control (< 0: the manipulation moved it up). */
  readonly focalMeanRankDelta: Ratio;
  readonly welfareRatio: Ratio;
}

const minus = (a: Ratio, b: Ratio): Ratio => (a === null || b === null ? null : fixed(a - b));

/** Compares every arm with the arm named "control", per policy; empty when there is no control arm. */
export function compareWithControl(study: StudyResult): ControlComparison[] {
  const control = study.variants.find((v) => v.name === 'control');
  if (!control) return [];
  const out: ControlComparison[] = [];
  for (const variant of study.variants) {
    if (variant === control) continue;
    for (const policy of POLICY_IDS) {
      const p = variant.metrics.policies[policy];
      const c = control.metrics.policies[policy];
      if (!p || !c) continue;
      out.push({
        variant: variant.name,
        policy,
        focalSpendShare: p.focal.spendShare,
        focalSpendShareDelta: minus(p.focal.spendShare, c.focal.spendShare),
        focalPurchases: p.focal.purchases,
        focalPurchasesDelta: p.focal.purchases - c.focal.purchases,
        focalMeanRank: p.focal.meanRank,
        focalMeanRankDelta: minus(p.focal.meanRank, c.focal.meanRank),
        welfareRatio: p.welfareRatio,
      });
    }
  }
  return out;
}
