import { TRUST_PARAMETERS, type TrustParameters } from './trust-parameters.ts';
import type { ObservedEvidence } from './trust-event.ts';
import type { BrandTrustState, DimensionEvidence } from './brand-trust-state.ts';
import { weighEvidence, type DimensionDelta, type WeighedEvidence } from './weigh-evidence.ts';

/**
 * Folds one event into a brand's state (pure; returns a new state). Sums are first decayed to the event's time, or,
 * for an event older than the state, the event is added already decayed; so folding the same events in the same
 * order always gives bit-identical numbers, which is what makes the cache equal to a rebuild.
 */
export function foldTrustEvent(
  state: BrandTrustState,
  observed: ObservedEvidence,
  occurredAtMs: number,
  params: TrustParameters = TRUST_PARAMETERS,
): BrandTrustState {
  const weighed = weighEvidence(observed, params);
  const asOfMs = state.events === 0 ? occurredAtMs : Math.max(state.asOfMs, occurredAtMs);
  const base = state.events === 0 ? state : decayTrustState(state, asOfMs, params);
  const lag = asOfMs - occurredAtMs;
  const longWeight = lag === 0 ? 1 : 2 ** (-lag / params.halfLifeMs);
  const shortWeight = lag === 0 ? 1 : 2 ** (-lag / params.shortWindow.halfLifeMs);
  const perObservation = 2 ** (-1 / params.shortWindow.halfLifeObservations);
  return {
    asOfMs,
    events: base.events + 1,
    honesty: addEvidence(base.honesty, weighed.honesty, longWeight, shortWeight, perObservation),
    fit: addEvidence(base.fit, weighed.fit, longWeight, shortWeight, perObservation),
    pressure: addEvidence(base.pressure, weighed.pressure, longWeight, shortWeight, perObservation),
    claims: foldClaims(base.claims, weighed.claim, weighed.forgives, longWeight, params),
  };
}

/**
 * The calibrated estimate's checks after one event: a held check or a failure of its kind is added (weighed by how old
 * the event is), and a clean check forgives the earlier failures it would have caught again — each multiplied by
 * 2^(−1 / forgiveHalfLifeChecks); a request whose checks caught nothing false forgives false statements, a delivery
 * as described forgives failed deliveries and receipts too. An event about the past (lag > 0) forgives the same as
 * one about now: the fold is in append order, so a rebuild gives the same numbers.
 */
function foldClaims(
  claims: BrandTrustState['claims'],
  claim: WeighedEvidence['claim'],
  forgives: WeighedEvidence['forgives'],
  longWeight: number,
  params: TrustParameters,
): BrandTrustState['claims'] {
  if (claim === undefined && forgives === undefined) return claims;
  const keep = forgives === undefined ? 1 : 2 ** (-1 / params.calibration.forgiveHalfLifeChecks);
  return {
    held: claims.held + (claim === 'held' ? longWeight : 0),
    failedStatements: claims.failedStatements * keep + (claim === 'failed-statement' ? longWeight : 0),
    failedDeliveries: claims.failedDeliveries * (forgives === 'all' ? keep : 1) + (claim === 'failed-delivery' ? longWeight : 0),
  };
}

/** The state with every sum decayed (exponential forgetting in event time) from its `asOfMs` to `toMs`; unchanged if `toMs` is not later. */
export function decayTrustState(state: BrandTrustState, toMs: number, params: TrustParameters = TRUST_PARAMETERS): BrandTrustState {
  const elapsed = toMs - state.asOfMs;
  if (!(elapsed > 0)) return state;
  const long = 2 ** (-elapsed / params.halfLifeMs);
  const short = 2 ** (-elapsed / params.shortWindow.halfLifeMs);
  return {
    asOfMs: toMs,
    events: state.events,
    honesty: decayDimension(state.honesty, long, short),
    fit: decayDimension(state.fit, long, short),
    pressure: decayDimension(state.pressure, long, short),
    claims: { held: state.claims.held * long, failedStatements: state.claims.failedStatements * long, failedDeliveries: state.claims.failedDeliveries * long },
  };
}

// Top-level helpers rather than closures: these run once per event and per trust read.
function addEvidence(d: DimensionEvidence, delta: DimensionDelta | undefined, longWeight: number, shortWeight: number, perObservation: number): DimensionEvidence {
  if (delta === undefined) return d;
  return {
    positive: d.positive + delta.positive * longWeight,
    negative: d.negative + delta.negative * longWeight,
    recentPositive: d.recentPositive * perObservation + delta.positive * shortWeight,
    recentNegative: d.recentNegative * perObservation + delta.negative * shortWeight,
  };
}

function decayDimension(d: DimensionEvidence, long: number, short: number): DimensionEvidence {
  return { positive: d.positive * long, negative: d.negative * long, recentPositive: d.recentPositive * short, recentNegative: d.recentNegative * short };
}
