import { defaultProfile, type Profile } from '../../agent/policy/index.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import type { PolicyId } from '../policies/policy-ids.ts';

/** Spend caps high enough never to bind: a simulated need's budget is the limit that matters. */
const NO_CAP = { amountMinor: 1_000_000_000, currency: 'EUR' };

/** The butler profile of a simulated consumer under one policy (exploration off for the no-divergence ablation). */
export function policyProfile(scenario: Scenario, policy: PolicyId): Profile {
  return {
    ...defaultProfile(),
    spendCapPerOrder: NO_CAP,
    spendCapPerMonth: NO_CAP,
    explorationAppetite: policy === 'butler-no-divergence' ? 0 : scenario.consumers.explorationAppetite,
    secondChances: scenario.consumers.secondChances,
  };
}
