import { TRUST_PARAMETERS, type TrustParameters } from './trust-parameters.ts';
import { failedDeliveryWeight, type BrandTrustState } from './brand-trust-state.ts';

/**
 * The two priors of the calibrated model, as this person's ledger estimates them (empirical Bayes): the mean of a
 * brand's calibrated honesty before its own failures (`honesty`, with the weight of `calibration.priorWeight` checks)
 * and the mean of its check power before its own caught and escaped statements (`checkPower`, with the weight of
 * `calibration.powerPriorWeight` observations).
 */
export interface LedgerPriors {
  readonly honesty: number;
  readonly checkPower: number;
}

/**
 * The evidence of every brand of a ledger, summed and forgotten to one time: the checks that held and the deliveries
 * and receipts that failed (the calibrated estimate's, after forgiveness: what the person's purchases showed; statements
 * caught before a purchase are left out, since a request's checks count no held statement to weigh them against, and
 * they cost a liar nothing to produce in bulk) and the requests whose checks caught a false statement and the deliveries
 * not as described that got past them (the check power's). What the priors are estimated from.
 */
export interface PooledEvidence {
  readonly held: number;
  readonly failed: number;
  readonly caught: number;
  readonly escaped: number;
}

/** A ledger with no evidence: its priors are the fixed hyper-priors (`FIXED_PRIORS`). */
export const NO_POOLED_EVIDENCE: PooledEvidence = Object.freeze({ held: 0, failed: 0, caught: 0, escaped: 0 });

/** The hyper-priors: what every brand's priors were before they were learned from the ledger (and are with an empty one). */
export function fixedPriors(params: TrustParameters = TRUST_PARAMETERS): LedgerPriors {
  return { honesty: params.calibration.baseRate, checkPower: 1 - 2 ** (-1 / params.calibration.forgiveHalfLifeChecks) };
}

/** `fixedPriors()` of the default parameters. */
export const FIXED_PRIORS: LedgerPriors = Object.freeze(fixedPriors());

/** One brand's evidence as it enters the pool, forgotten from the state's own time to `atMs` (as it stands when `atMs` is earlier). */
export function evidenceOf(state: BrandTrustState, atMs: number, params: TrustParameters = TRUST_PARAMETERS): PooledEvidence {
  if (state.events === 0) return NO_POOLED_EVIDENCE;
  const elapsed = atMs - state.asOfMs;
  const long = elapsed > 0 ? 2 ** (-elapsed / params.halfLifeMs) : 1;
  return {
    held: state.claims.held * long,
    failed: failedDeliveryWeight(state.claims) * long,
    caught: state.power.caught * long,
    escaped: state.power.escaped * long,
  };
}

/**
 * The evidence of all `states` at `atMs`, summed in the order given (callers pass brands in id order, so the sum, and
 * every number folded from it, is the same whichever process or rebuild computes it).
 */
export function poolEvidence(states: Iterable<BrandTrustState>, atMs: number, params: TrustParameters = TRUST_PARAMETERS): PooledEvidence {
  let held = 0;
  let failed = 0;
  let caught = 0;
  let escaped = 0;
  for (const state of states) {
    const e = evidenceOf(state, atMs, params);
    held += e.held;
    failed += e.failed;
    caught += e.caught;
    escaped += e.escaped;
  }
  return { held, failed, caught, escaped };
}

/**
 * A brand's priors, estimated from the ledger's other brands (`pool` less the brand's own evidence `own`, so its own
 * record is never counted twice: once in the prior, once as its own evidence). Hierarchical, pooled by evidence, with
 * the fixed priors as hyper-priors of the same weights:
 *
 * - honesty: the Beta posterior mean of "a purchase from a brand in this market is as described", (a₀·W + held) /
 *   (W + held + failed deliveries),
 *   at most a₀ (0.8). Pooled checks can only lower a newcomer's standing: a held statement says less about an offer than
 *   a failed one (a deceptive offer is true on most of what it says), so their ratio over-states honesty and never lifts
 *   a brand above the stranger the model starts from; in a market where a fifth or more of the person's purchases were not as
 *   described, a brand starts nearer to what the person met, and its own held checks bring it back towards a₀, one
 *   observation each ((m·W + a₀·held) / (W + held)): a seller the person has bought from as described many times is not
 *   held to the market's average (its held checks never raise the estimate itself, `honestyPosterior`).
 * - check power: (p₀·W + caught) / (W + caught + escaped) over the other brands: a person's checks catch every brand's
 *   lies alike, so a brand the checks have not yet been seen to work on starts at the power they have shown on the
 *   others, and its own escapes still lower its own (`checkPower`).
 *
 * Pooling by evidence, not by brand: a flood of fresh identities, each with one event, weighs what one event each
 * weighs against everything the person checked; a brand with no evidence weighs nothing. Only forgetting-weighted sums
 * enter, so the result depends on the set of states, not on the order they were folded in. An empty ledger gives the
 * fixed priors exactly.
 */
export function ledgerPriors(pool: PooledEvidence, own: PooledEvidence = NO_POOLED_EVIDENCE, params: TrustParameters = TRUST_PARAMETERS): LedgerPriors {
  const fixed = fixedPriors(params);
  const held = Math.max(0, pool.held - own.held);
  const failed = Math.max(0, pool.failed - own.failed);
  const caught = Math.max(0, pool.caught - own.caught);
  const escaped = Math.max(0, pool.escaped - own.escaped);
  const w = params.calibration.priorWeight;
  const pw = params.calibration.powerPriorWeight;
  const pooled = held + failed > 0 ? Math.min(fixed.honesty, (fixed.honesty * w + held) / (w + held + failed)) : fixed.honesty;
  // The brand's own held checks weigh the stranger's standing back in, one observation each: the pooled standing is
  // that of a brand the person has not seen hold, and held checks never move the estimate itself (`honestyPosterior`).
  const ownHeld = Math.max(0, own.held);
  const honesty = pooled === fixed.honesty ? pooled : (pooled * w + fixed.honesty * ownHeld) / (w + ownHeld);
  const checkPower = caught + escaped > 0 ? (fixed.checkPower * pw + caught) / (pw + caught + escaped) : fixed.checkPower;
  return { honesty, checkPower };
}
