import { TRUST_DIMENSIONS, TRUST_PARAMETERS, type TrustParameters } from './trust-parameters.ts';
import { failedDeliveryWeight, type BrandTrustState, type DimensionEvidence } from './brand-trust-state.ts';
import { checkPower, decayTrustState } from './fold-trust-event.ts';
import { honestyPosterior } from './honesty-posterior.ts';
import { failedDeliveriesAtStake } from './failed-deliveries-at-stake.ts';
import { EMPTY_NEED_RECORD, failuresSpareNeedAt, type NeedRecord } from './failures-spare-need.ts';
import type { TrustOpinion } from './trust-opinion.ts';

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
  /**
   * Calibrated probability that an offer of this brand is what it claims: the honesty the butler decides on. Its failed
   * deliveries count at their stake, in units of the brand's usual stake (`failedDeliveriesAtStake`).
   */
  readonly estimatedHonesty: number;
  /**
   * The same estimate once a request in hand has checked the brand's statements and caught nothing false: its false
   * statements forgiven once at its learned check power (`checkPower`), as the fold will do when that request is
   * recorded. The butler decides on this one for the offers of such a request (the evidence is in hand), on
   * `estimatedHonesty` otherwise.
   */
  readonly honestyAfterCleanCheck: number;
  /**
   * 0..1: how this brand's failures fall, from its own record: the share of its failures that still left the person
   * with what they required (failed deliveries that met the need, `needMet`), over its failed deliveries (linked
   * identities' included) plus the calibration prior's weight, every failure counted as missing the need until
   * deliveries show otherwise: 0 for a brand never bought from not as described. The probability that what it delivers
   * meets the need is 1 − (1 − honesty) × (1 − this) (`needHoldsProbability` in agent/scoring).
   */
  readonly failuresSpareNeed: number;
  /** The record behind it, so an offer can read it at its own stake (`failuresSpareNeedAt`). */
  readonly needRecord: NeedRecord;
  /** Forgetting-weighted checks behind that estimate (held + failed, linked identities' failures included). */
  readonly claimsChecked: number;
  /**
   * Forgetting-weighted failed checks (linked identities' included), one each whatever its stake: how many times the
   * brand was caught. The estimate weighs the failed deliveries among them at their stake.
   */
  readonly claimsFailed: number;
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
  const state = input.state;
  const elapsed = input.atMs - state.asOfMs;
  const long = elapsed > 0 ? 2 ** (-elapsed / params.halfLifeMs) : 1;
  const short = elapsed > 0 ? 2 ** (-elapsed / params.shortWindow.halfLifeMs) : 1;
  const linked = input.linked === undefined || input.linked.length === 0 ? undefined : linkedNegatives(input.linked, input.atMs, params);
  const honesty = dimensionTrust(state.honesty, long, short, linked?.honesty, params.baseRate.honesty, params);
  const fit = dimensionTrust(state.fit, long, short, linked?.fit, params.baseRate.fit, params);
  const pressure = dimensionTrust(state.pressure, long, short, linked?.pressure, params.baseRate.pressure, params);
  const c = params.combination;
  const trust = honesty.score ** c.honesty * fit.score ** c.fit * pressure.score ** c.pressure;
  const uncertainty = honesty.uncertainty * c.honesty + fit.uncertainty * c.fit + pressure.uncertainty * c.pressure;
  const held = state.claims.held * long;
  const ownFailedDeliveries = failedDeliveryWeight(state.claims);
  const failed = (state.claims.failedStatements + ownFailedDeliveries) * long + (linked?.failed ?? 0);
  // The posterior reads failed deliveries at their stake, in units of the brand's usual stake (`failedDeliveriesAtStake`).
  const failedAtStake = (state.claims.failedStatements + failedDeliveriesAtStake(state)) * long + (linked?.failedAtStake ?? 0);
  const posterior = honestyPosterior({ claimsChecked: held + failedAtStake, claimsFailed: failedAtStake }, params);
  const estimatedHonesty = posterior.alpha / (posterior.alpha + posterior.beta);
  const failedDeliveries = ownFailedDeliveries * long + (linked?.deliveries ?? 0);
  const spared = state.claims.sparedNeed * long;
  const needRecord: NeedRecord = spared > 0 ? { failedDeliveries, spared, sparedStakeMajor: (state.claims.sparedNeedStake * long) / spared } : EMPTY_NEED_RECORD;
  const failuresSpareNeed = failuresSpareNeedAt(needRecord, undefined, params);
  const forgiven = state.claims.failedStatements * long * checkPower(state.power, params);
  const afterClean = forgiven > 0 ? honestyPosterior({ claimsChecked: held + failedAtStake - forgiven, claimsFailed: failedAtStake - forgiven }, params) : posterior;
  return {
    brandId: input.brandId,
    atMs: input.atMs,
    trust,
    uncertainty,
    honesty,
    fit,
    pressure,
    estimatedHonesty,
    honestyAfterCleanCheck: afterClean.alpha / (afterClean.alpha + afterClean.beta),
    failuresSpareNeed,
    needRecord,
    claimsChecked: held + failed,
    claimsFailed: failed,
    events: state.events,
    linkedIdentities: input.linked === undefined || input.linked.length === 0 ? NO_IDENTITIES : input.linked.map((l) => l.brandId),
  };
}

const NO_IDENTITIES: readonly string[] = Object.freeze([]);

/** Negative evidence of one dimension contributed by linked identities, decayed to the reading time. */
interface LinkedDimension {
  negative: number;
  recentNegative: number;
}

/** The negative evidence of linked identities, each decayed from its own newest event to `atMs`. */
function linkedNegatives(linked: NonNullable<ScoreInput['linked']>, atMs: number, params: TrustParameters) {
  const sum = { honesty: { negative: 0, recentNegative: 0 }, fit: { negative: 0, recentNegative: 0 }, pressure: { negative: 0, recentNegative: 0 }, failed: 0, failedAtStake: 0, deliveries: 0 };
  for (const { state } of linked) {
    const other = decayTrustState(state, atMs, params);
    for (const name of TRUST_DIMENSIONS) {
      sum[name].negative += other[name].negative;
      sum[name].recentNegative += other[name].recentNegative;
    }
    const deliveries = failedDeliveryWeight(other.claims);
    sum.failed += other.claims.failedStatements + deliveries;
    sum.failedAtStake += other.claims.failedStatements + failedDeliveriesAtStake(other);
    sum.deliveries += deliveries;
  }
  return sum;
}

// Written out flat, without intermediate objects or spreads: this runs three times on every trust read.
function dimensionTrust(d: DimensionEvidence, long: number, short: number, linked: LinkedDimension | undefined, baseRate: number, params: TrustParameters): DimensionTrust {
  const positive = d.positive * long;
  const negative = d.negative * long + (linked === undefined ? 0 : linked.negative);
  const w = params.priorWeight;
  const total = positive + negative + w;
  const belief = positive / total;
  const uncertainty = w / total;
  const expected = belief + baseRate * uncertainty;
  const recentPositive = d.recentPositive * short;
  const recentNegative = d.recentNegative * short + (linked === undefined ? 0 : linked.recentNegative);
  const sw = params.shortWindow;
  const recent = (recentPositive + sw.priorWeight * expected) / (recentPositive + recentNegative + sw.priorWeight);
  const score = Math.max(0, Math.min(expected, recent + sw.margin, 1));
  return { belief, disbelief: negative / total, uncertainty, baseRate, expected, recent, score, positive, negative };
}
