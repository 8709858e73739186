import { TRUST_PARAMETERS, type TrustParameters } from './trust-parameters.ts';
import type { BrandTrustState } from './brand-trust-state.ts';
import { fixedPowerPrior } from './fold-trust-event.ts';

/**
 * The calibrated model's check-power prior as this person's ledger estimates it (empirical Bayes): the mean of a brand's
 * check power before its own caught and escaped statements (`checkPower`, with the weight of
 * `calibration.powerPriorWeight` observations). The newcomer's honesty prior stays the fixed `calibration.baseRate`.
 */
export interface LedgerPriors {
  readonly checkPower: number;
}

/**
 * The check-power evidence of every brand of a ledger, summed and forgotten to one time: the requests whose checks
 * caught a false statement and the deliveries not as described that got past them. What the prior is estimated from.
 */
export interface PooledEvidence {
  readonly caught: number;
  readonly escaped: number;
}

/** A ledger with no evidence: its prior is the fixed hyper-prior (`fixedPowerPrior`). */
export const NO_POOLED_EVIDENCE: PooledEvidence = Object.freeze({ caught: 0, escaped: 0 });

/** One brand's evidence as it enters the pool, forgotten from the state's own time to `atMs` (as it stands when `atMs` is earlier). */
export function evidenceOf(state: BrandTrustState, atMs: number, params: TrustParameters = TRUST_PARAMETERS): PooledEvidence {
  if (state.events === 0) return NO_POOLED_EVIDENCE;
  const elapsed = atMs - state.asOfMs;
  const long = elapsed > 0 ? 2 ** (-elapsed / params.halfLifeMs) : 1;
  return { caught: state.power.caught * long, escaped: state.power.escaped * long };
}

/**
 * The evidence of all `states` at `atMs`, summed in the order given (callers pass brands in id order, so the sum, and
 * every number folded from it, is the same whichever process or rebuild computes it).
 */
export function poolEvidence(states: Iterable<BrandTrustState>, atMs: number, params: TrustParameters = TRUST_PARAMETERS): PooledEvidence {
  let caught = 0;
  let escaped = 0;
  for (const state of states) {
    const e = evidenceOf(state, atMs, params);
    caught += e.caught;
    escaped += e.escaped;
  }
  return { caught, escaped };
}

/**
 * A brand's check-power prior, estimated from the ledger's other brands (`pool` less the brand's own evidence `own`, so
 * its own record is never counted twice: once in the prior, once as its own evidence): (p₀·W + caught) / (W + caught +
 * escaped), the fixed prior p₀ (≈ 0.29) as hyper-prior of the same weight W. A person's checks catch every brand's lies
 * alike, so a brand the checks have not yet been seen to work on starts at the power they have shown on the others, and
 * its own escapes still lower its own (`checkPower`).
 *
 * Pooling by evidence, not by brand: a flood of fresh identities, each with one event, weighs what one event each
 * weighs against everything the person checked; a brand with no evidence weighs nothing. Only forgetting-weighted sums
 * enter, so the result depends on the set of states, not on the order they were folded in. An empty ledger gives the
 * fixed prior exactly.
 */
export function ledgerPriors(pool: PooledEvidence, own: PooledEvidence = NO_POOLED_EVIDENCE, params: TrustParameters = TRUST_PARAMETERS): LedgerPriors {
  const fixed = fixedPowerPrior(params);
  const caught = Math.max(0, pool.caught - own.caught);
  const escaped = Math.max(0, pool.escaped - own.escaped);
  const pw = params.calibration.powerPriorWeight;
  return { checkPower: caught + escaped > 0 ? (fixed * pw + caught) / (pw + caught + escaped) : fixed };
}
