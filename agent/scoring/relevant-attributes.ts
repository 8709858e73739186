import { RecentCache } from '../../protocol/index.ts';
import type { ScoringNeed } from './offer-evidence.ts';

// Every offer of a request is checked against the same need.
const relevantCache = new RecentCache<Pick<ScoringNeed, 'hardConstraints' | 'softPreferences'>, ReadonlySet<string>>(2);

/**
 * The attributes a check of the offer's statements is about: those the need turns on, its hard constraints and stated
 * preferences (undefined when the need is not given: then every attribute is). Worked out once per need.
 */
export function relevantAttributes(need: Pick<ScoringNeed, 'hardConstraints' | 'softPreferences'> | undefined): ReadonlySet<string> | undefined {
  if (need === undefined) return undefined;
  let relevant = relevantCache.get(need);
  if (relevant === undefined) {
    relevant = new Set([...need.hardConstraints.map((c) => c.attribute), ...need.softPreferences.map((p) => p.attribute)]);
    relevantCache.set(need, relevant);
  }
  return relevant;
}
