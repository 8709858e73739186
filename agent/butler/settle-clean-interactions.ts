import { CLEAN_COUNTS, isCleanOf, type CleanCount } from '../trust/index.ts';
import type { TrustObservation } from './butler-trust.ts';
import { weighObservation } from './weigh-observation.ts';

/**
 * Settles one request's clean interactions against everything else observed of each brand in that request (its offers'
 * findings, and what was seen outside them: identity violations, tactics in its card, declines or negotiation texts).
 * A clean interaction is a claim about the whole request: `honesty` (nothing it said was caught false) is taken away
 * from a brand with any failed check in the request, `pressure` (no tactic) from one with any pressure evidence, and a
 * clean interaction left with neither is dropped. Read through the trust model's own weighing (`weighEvidence`), so a
 * new kind of failure is covered without a list here. Without this, a request that caught the brand again would also
 * forgive its earlier failures (`calibration.forgiveHalfLifeChecks`).
 */
export function settleCleanInteractions(observations: readonly TrustObservation[]): TrustObservation[] {
  const caught = new Map<string, Set<CleanCount>>();
  const mark = (brandId: string, what: CleanCount) => caught.set(brandId, (caught.get(brandId) ?? new Set<CleanCount>()).add(what));
  for (const o of observations) {
    if (o.kind === 'clean-interaction') continue;
    const weighed = weighObservation(o);
    if (weighed.claim === 'failed-statement' || weighed.claim === 'failed-delivery') mark(o.brandId, 'honesty');
    if ((weighed.pressure?.negative ?? 0) > 0) mark(o.brandId, 'pressure');
  }
  if (caught.size === 0) return [...observations];
  return observations.flatMap((o): TrustObservation[] => {
    if (o.kind !== 'clean-interaction') return [o];
    const against = caught.get(o.brandId);
    if (against === undefined) return [o];
    const left = CLEAN_COUNTS.filter((c) => isCleanOf(o.clean, c) && !against.has(c));
    if (left.length === 0) return [];
    const { clean: _was, ...rest } = o;
    return [left.length === 2 ? rest : { ...rest, clean: left }];
  });
}
