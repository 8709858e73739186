import { TRUST_PARAMETERS, type TrustDimension, type TrustParameters } from './trust-parameters.ts';
import type { BrandTrustState, DimensionEvidence } from './brand-trust-state.ts';
import { decayTrustState } from './fold-trust-event.ts';
import { opinionOf, type TrustOpinion } from './trust-opinion.ts';

/** One dimension of a brand's trust: the long-run opinion, the short-window value, and the score ranking uses. */
export interface DimensionTrust extends TrustOpinion {
  /** Short-window expected value (recent conduct, with the long-run expectation as its base rate). */
  readonly recent: number;
  /** min(expected, recent + margin): what ranking and the recommendation floor use. */
  readonly score: number;
  /** Forgetting-weighted evidence behind the opinion (negative includes linked identities'). */
  readonly positive: number;
  readonly negative: number;
}

/** A brand's trust at a given time, with everything needed to explain it. */
export interface TrustScore {
  readonly brandId: string;
  /** The time the score was read at (epoch ms). */
  readonly atMs: number;
  /** Punitive combined trust, honesty^0.5 · pressure^0.3 · fit^0.2: the ranking key. */
  readonly trust: number;
  /** Weighted mean of the dimensions' uncertainties (1 = nothing known). */
  readonly uncertainty: number;
  readonly honesty: DimensionTrust;
  readonly fit: DimensionTrust;
  readonly pressure: DimensionTrust;
  /** Calibrated probability that a checked claim of this brand holds (not punitive; not used for ranking). */
  readonly estimatedHonesty: number;
  /** Events folded for this identity. */
  readonly events: number;
  /** Other identities linked to this one, whose negative evidence this score carries. */
  readonly linkedIdentities: readonly string[];
}

/** What to score: a brand's own state and the states of the identities linked to it. */
export interface ScoreInput {
  readonly brandId: string;
  readonly state: BrandTrustState;
  readonly atMs: number;
  readonly linked?: ReadonlyArray<{ readonly brandId: string; readonly state: BrandTrustState }>;
}

/**
 * Scores a folded state at `atMs` (pure). Evidence is decayed to `atMs` (a time before the newest event reads the state
 * as of that event). Linked identities contribute their negative evidence only: a liar cannot shed its record by
 * switching names, and an honest sibling cannot lend it good standing.
 */
export function scoreTrustState(input: ScoreInput, params: TrustParameters = TRUST_PARAMETERS): TrustScore {
  const own = decayTrustState(input.state, input.atMs, params);
  const linked = input.linked === undefined || input.linked.length === 0 ? NO_STATES : input.linked.map((l) => decayTrustState(l.state, input.atMs, params));
  const honesty = dimensionTrust(own, linked, 'honesty', params);
  const fit = dimensionTrust(own, linked, 'fit', params);
  const pressure = dimensionTrust(own, linked, 'pressure', params);
  const c = params.combination;
  const trust = honesty.score ** c.honesty * fit.score ** c.fit * pressure.score ** c.pressure;
  const uncertainty = honesty.uncertainty * c.honesty + fit.uncertainty * c.fit + pressure.uncertainty * c.pressure;
  let failed = own.claims.failed;
  for (const other of linked) failed += other.claims.failed;
  const cal = params.calibration;
  const estimatedHonesty = (own.claims.held + cal.baseRate * cal.priorWeight) / (own.claims.held + failed + cal.priorWeight);
  return {
    brandId: input.brandId,
    atMs: input.atMs,
    trust,
    uncertainty,
    honesty,
    fit,
    pressure,
    estimatedHonesty,
    events: input.state.events,
    linkedIdentities: (input.linked ?? []).map((l) => l.brandId),
  };
}

const NO_STATES: readonly BrandTrustState[] = [];

function dimensionTrust(own: BrandTrustState, linked: readonly BrandTrustState[], name: TrustDimension, params: TrustParameters): DimensionTrust {
  const mine: DimensionEvidence = own[name];
  let negative = mine.negative;
  let recentNegative = mine.recentNegative;
  for (const other of linked) {
    negative += other[name].negative;
    recentNegative += other[name].recentNegative;
  }
  const opinion = opinionOf(mine.positive, negative, params.baseRate[name], params.priorWeight);
  const w = params.shortWindow;
  const recent = (mine.recentPositive + w.priorWeight * opinion.expected) / (mine.recentPositive + recentNegative + w.priorWeight);
  const score = Math.max(0, Math.min(opinion.expected, recent + w.margin, 1));
  // Fields written out: object spread is a slow path in V8 and this runs on every trust read.
  return {
    belief: opinion.belief,
    disbelief: opinion.disbelief,
    uncertainty: opinion.uncertainty,
    baseRate: opinion.baseRate,
    expected: opinion.expected,
    recent,
    score,
    positive: mine.positive,
    negative,
  };
}
