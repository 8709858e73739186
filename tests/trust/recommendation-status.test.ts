import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_WORDS, isRecommendable, recommendationStatus } from '../../agent/trust/index.ts';
import { T0, lie, memoryLedger } from './trust-fixtures.ts';

// One vocabulary for the trust table, the ledger view, the web and the ranking: a brand below the floor on its record
// whose offers a clean check would lift over it is said to be recommended only then, never "not recommended" while the
// ranking of a clean request recommends its offer.
describe('recommendation status', () => {
  it('a newcomer, a brand over the floor, one a clean check lifts over it, and one it does not', () => {
    expect(recommendationStatus({ estimatedHonesty: 0.8, claimsFailed: 0 })).toBe('recommendable');
    expect(recommendationStatus({ estimatedHonesty: 0.53, claimsFailed: 1 })).toBe('recommendable');
    expect(recommendationStatus({ estimatedHonesty: 0.4, claimsFailed: 2, honestyAfterCleanCheck: 0.59 })).toBe('after-clean-check');
    expect(recommendationStatus({ estimatedHonesty: 0.4, claimsFailed: 2, honestyAfterCleanCheck: 0.45 })).toBe('below-floor');
    // Without the clean-check estimate (the ranking's own reading of one offer): the record alone.
    expect(recommendationStatus({ estimatedHonesty: 0.4, claimsFailed: 2 })).toBe('below-floor');
    expect(isRecommendable({ estimatedHonesty: 0.4, claimsFailed: 2, honestyAfterCleanCheck: 0.59 })).toBe(false);
  });

  it('a brand caught twice before any purchase, its checks having caught both lies, is recommended only when its statements check out', () => {
    const s = memoryLedger();
    s.ledger.registerBrand({ brandId: 'b', registeredAtMs: T0 });
    s.ledger.appendMany([...lie('b', 0), ...lie('b', 1)]);
    const score = s.ledger.scoreOf('b', T0 + 2 * 86_400_000);
    expect(score.estimatedHonesty).toBeLessThan(0.5);
    expect(recommendationStatus(score)).toBe('after-clean-check');
    expect(RECOMMENDATION_WORDS[recommendationStatus(score)]).toBe('recommended only when its statements check out');
  });
});
