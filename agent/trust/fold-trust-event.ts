import { TRUST_PARAMETERS, type TrustParameters } from './trust-parameters.ts';
import type { ObservedEvidence } from './trust-event.ts';
import { toMajorUnits, type Money } from '../../protocol/index.ts';
import { failedDeliveryWeight, type BrandTrustState, type CurrencyStakes, type DimensionEvidence, type FailedDeliveries } from './brand-trust-state.ts';
import { stakeOfEvent, weighEvidence, type DimensionDelta, type WeighedEvidence } from './weigh-evidence.ts';

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
  const asOfMs = state.events === 0 ? occurredAtMs : Math.max(state.asOfMs, occurredAtMs);
  const base = state.events === 0 ? state : decayTrustState(state, asOfMs, params);
  const lag = asOfMs - occurredAtMs;
  const longWeight = lag === 0 ? 1 : 2 ** (-lag / params.halfLifeMs);
  const stake = stakeOfEvent(observed);
  // What the brand usually puts at stake is built from its orders alone (`isOrderStake`), each once.
  const stakes = stake === undefined || !isOrderStake(observed) ? base.stakes : addStake(base.stakes, stake, longWeight);
  // A stake is read against what the brand usually puts at stake in its currency, this event included if it is an
  // order (`stakeFactor`); a statement caught before purchase is read against the brand's orders.
  const weighed = weighEvidence(observed, params, stake === undefined ? undefined : (s) => usualStake(stakes, s.currency));
  const shortWeight = lag === 0 ? 1 : 2 ** (-lag / params.shortWindow.halfLifeMs);
  const perObservation = 2 ** (-1 / params.shortWindow.halfLifeObservations);
  const claims = foldClaims(base.claims, weighed, longWeight, checkPower(base.power, params), params);
  return {
    asOfMs,
    events: base.events + 1,
    honesty: addEvidence(base.honesty, weighed.honesty, longWeight, shortWeight, perObservation),
    fit: addEvidence(base.fit, weighed.fit, longWeight, shortWeight, perObservation),
    pressure: addEvidence(base.pressure, weighed.pressure, longWeight, shortWeight, perObservation),
    claims,
    power: weighed.power === undefined ? base.power : foldPower(base.power, weighed.power, longWeight, occurredAtMs),
    stakes: weighed.forgives === 'all' ? withoutForgiven(stakes, base.claims.failedDeliveries, claims.failedDeliveries) : stakes,
  };
}

/**
 * The brand's stakes per currency once a delivery as described has forgiven part of its failed deliveries: the forgiven
 * part leaves them as it leaves the failures, so the usual stake is that of the record still standing (the failures
 * kept, every other order). The calibrated estimate reads the failures kept over it (`failedDeliveriesAtStake`),
 * and a forgiven failure at a large stake must not keep raising the scale the brand's other failures are read on.
 */
function withoutForgiven(stakes: readonly CurrencyStakes[], before: readonly FailedDeliveries[], after: readonly FailedDeliveries[]): CurrencyStakes[] {
  return stakes.map((c) => {
    const was = before.find((f) => f.currency === c.currency);
    const now = after.find((f) => f.currency === c.currency);
    if (was === undefined || now === undefined || (was.weight === now.weight && was.stake === now.stake)) return c;
    return { ...c, weight: Math.max(0, c.weight - (was.weight - now.weight)), stake: Math.max(0, c.stake - (was.stake - now.stake)) };
  });
}

/**
 * Whether an event's stake is money the person put in an order: an order's outcome, a bait-and-switch receipt, an order
 * the brand refused. A statement caught before purchase is not: its stake is the price of an offer the brand wrote, so
 * counting it would let a brand raise its own usual stake with one decoy offer at 99,999 EUR and have its failed
 * deliveries read on that scale. The attribute verdicts of a delivered order (a claim with its order id) are not either:
 * they are part of that order's one outcome, so a product with twelve contradicted attributes does not weigh twelve times.
 */
function isOrderStake(observed: ObservedEvidence): boolean {
  return observed.kind === 'order-outcome' || observed.kind === 'bait-and-switch' || observed.kind === 'order-refused';
}

/** The brand's stakes per currency with one more order's (weighed by how old it is). */
function addStake(stakes: readonly CurrencyStakes[], stake: Money, longWeight: number): CurrencyStakes[] {
  const major = toMajorUnits(stake);
  const i = stakes.findIndex((c) => c.currency === stake.currency);
  if (i === -1) return [...stakes, { currency: stake.currency, weight: longWeight, stake: longWeight * major }];
  return stakes.map((c, j) => (j === i ? { ...c, weight: c.weight + longWeight, stake: c.stake + longWeight * major } : c));
}

/** What the brand usually puts at stake in a currency: the mean over its orders (undefined before any). */
function usualStake(stakes: readonly CurrencyStakes[], currency: string): number | undefined {
  const c = stakes.find((s) => s.currency === currency);
  return c === undefined || !(c.weight > 0) ? undefined : c.stake / c.weight;
}

/**
 * The probability that this brand's pre-purchase checks catch a false statement of its own: a Beta posterior whose
 * prior is the modest power `calibration.forgiveHalfLifeChecks` states (1 − 2^(−1/2) ≈ 0.29, with the weight of
 * `calibration.powerPriorWeight` observations), moved by what the brand's record shows: statements caught false before
 * a purchase (the checks worked) and deliveries not as described (a false statement they let through). A clean request
 * forgives false statements by this power (Bayes: the odds the brand is still lying × (1 − power)), so a brand whose
 * lies have always been caught is judged on the spell it is in, and one whose lies have got through is forgiven slowly.
 * The record only counts lies the butler saw: a lie it neither caught nor bought is invisible, so the estimate errs
 * high for a brand the person rarely buys from until a delivery shows otherwise.
 */
export function checkPower(power: BrandTrustState['power'], params: TrustParameters = TRUST_PARAMETERS): number {
  const c = params.calibration;
  const prior = 1 - modestKeep(params);
  return (power.caught + prior * c.powerPriorWeight) / (power.caught + power.escaped + c.powerPriorWeight);
}

/** What one clean check of modest power leaves of a failure: 2^(−1 / forgiveHalfLifeChecks) (the power prior's complement). */
function modestKeep(params: TrustParameters): number {
  return 2 ** (-1 / params.calibration.forgiveHalfLifeChecks);
}

/**
 * A caught statement counts one caught request, once per request: a request's findings are recorded at one time, so a
 * second finding at the time of the last one counted adds nothing (a clean request forgives by the power of a request's
 * checks, so ten lies caught in one request, on attributes the brand put in its own product data, are one request the
 * checks caught, not ten). A delivery not as described is one order, one escape.
 */
function foldPower(power: BrandTrustState['power'], kind: 'caught' | 'escaped', longWeight: number, occurredAtMs: number): BrandTrustState['power'] {
  if (kind === 'escaped') return { ...power, escaped: power.escaped + longWeight };
  return occurredAtMs === power.caughtAtMs ? power : { caught: power.caught + longWeight, escaped: power.escaped, caughtAtMs: occurredAtMs };
}

/**
 * The calibrated estimate's checks after one event: a held check or a failure of its kind is added (weighed by how old
 * the event is), and a clean check forgives the earlier failures it would have caught again: a request whose checks
 * caught nothing false (or a delivery as described) multiplies false statements by 1 − the brand's check power
 * (`checkPower`), and a delivery as described also multiplies failed deliveries and receipts by the modest
 * 2^(−share / forgiveHalfLifeChecks), `share` being what it put at stake against what those failures did on average,
 * currency by currency (`deliveryForgivenessShare`). An event about the past (lag > 0) forgives the same as one about
 * now: the fold is in append order, so a rebuild gives the same numbers.
 */
function foldClaims(claims: BrandTrustState['claims'], weighed: WeighedEvidence, longWeight: number, power: number, params: TrustParameters): BrandTrustState['claims'] {
  const { claim, forgives } = weighed;
  if (claim === undefined && forgives === undefined) return claims;
  const keepStatements = forgives === undefined ? 1 : 1 - power;
  const failedDelivery = claim === 'failed-delivery';
  let failedDeliveries = claims.failedDeliveries;
  if (forgives === 'all') {
    const keep = modestKeep(params);
    failedDeliveries = failedDeliveries.map((f) => {
      const share = deliveryForgivenessShare(f, weighed);
      return share === 0 ? f : { ...f, weight: f.weight * keep ** share, stake: f.stake * keep ** share };
    });
  }
  // The spared deliveries are among the failed ones: forgiven in the same proportion as them all (whatever the currency).
  const weightBefore = failedDeliveryWeight(claims);
  const sparedKeep = weightBefore > 0 ? failedDeliveryWeight({ failedDeliveries }) / weightBefore : 1;
  if (failedDelivery) {
    const currency = weighed.stakeMajor === undefined ? undefined : weighed.stakeCurrency;
    const i = failedDeliveries.findIndex((f) => f.currency === currency);
    const before: FailedDeliveries = i === -1 ? (currency === undefined ? { weight: 0, stake: 0 } : { currency, weight: 0, stake: 0 }) : failedDeliveries[i]!;
    const after = { ...before, weight: before.weight + longWeight, stake: before.stake + longWeight * (weighed.stakeMajor ?? 0) };
    failedDeliveries = i === -1 ? [...failedDeliveries, after] : failedDeliveries.map((f, j) => (j === i ? after : f));
  }
  return {
    held: claims.held + (claim === 'held' ? longWeight : 0),
    failedStatements: claims.failedStatements * keepStatements + (claim === 'failed-statement' ? longWeight : 0),
    failedDeliveries,
    sparedNeed: claims.sparedNeed * sparedKeep + (failedDelivery && weighed.sparedNeed === true ? longWeight : 0),
    sparedNeedStake: claims.sparedNeedStake * sparedKeep + (failedDelivery && weighed.sparedNeed === true ? longWeight * (weighed.stakeMajor ?? 0) : 0),
  };
}

/**
 * How much of one clean check's forgiveness a delivery as described gives the brand's failed deliveries in one currency:
 * what it put at stake over what they put at stake on average, at most 1 (1 when either stake is unknown), and nothing
 * for failures staked in another currency than its own. Trust earned on small sales must not cover a large one: a
 * seller delivering 5 EUR items as described between 500 EUR ones that are not would otherwise be forgiven each failure
 * by a handful of small sales, and burn the person's large purchases without end; a delivery as described forgives in
 * proportion to the money the person trusted it with. Amounts in two currencies are never compared (there is no
 * exchange rate here: 1,000 JPY is not 1,000 EUR, and summed raw a yen sale would forgive a euro failure whole).
 */
export function deliveryForgivenessShare(failed: Pick<FailedDeliveries, 'currency' | 'weight' | 'stake'>, delivery: Pick<WeighedEvidence, 'stakeMajor' | 'stakeCurrency'>): number {
  if (delivery.stakeMajor === undefined || failed.currency === undefined) return 1;
  if (failed.currency !== delivery.stakeCurrency) return 0;
  if (!(failed.weight > 0) || !(failed.stake > 0)) return 1;
  return Math.min(1, delivery.stakeMajor / (failed.stake / failed.weight));
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
    claims: {
      held: state.claims.held * long,
      failedStatements: state.claims.failedStatements * long,
      failedDeliveries: state.claims.failedDeliveries.map((f) => ({ ...f, weight: f.weight * long, stake: f.stake * long })),
      sparedNeed: state.claims.sparedNeed * long,
      sparedNeedStake: state.claims.sparedNeedStake * long,
    },
    power: { caught: state.power.caught * long, escaped: state.power.escaped * long, caughtAtMs: state.power.caughtAtMs },
    stakes: state.stakes.map((c) => ({ ...c, weight: c.weight * long, stake: c.stake * long })),
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
