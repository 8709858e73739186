import { toMajorUnits, type Money } from '../../protocol/index.ts';
import { TRUST_PARAMETERS, type TrustParameters } from './trust-parameters.ts';
import { isCleanOf, type ObservedEvidence } from './trust-event.ts';

/** Evidence weight added to one dimension: in the brand's favour (positive) and against it (negative). */
export interface DimensionDelta {
  readonly positive: number;
  readonly negative: number;
}

/**
 * What one event says, per dimension, plus what it does to the calibrated honesty estimate: a claim check that held,
 * a failure of a statement (caught before any purchase) or of a delivery or receipt, and which earlier failures it
 * forgives as a clean check of their kind (`statements`: a request whose checks caught nothing false; `all`: a
 * delivery as described).
 */
export interface WeighedEvidence {
  readonly honesty?: DimensionDelta;
  readonly fit?: DimensionDelta;
  readonly pressure?: DimensionDelta;
  readonly claim?: 'held' | 'failed-statement' | 'failed-delivery';
  readonly forgives?: 'statements' | 'all';
  /** A failed delivery that still met the person's requirements (`order-outcome` with `needMet`): a failure that spared the need. */
  readonly sparedNeed?: true;
  /** What it says about the power of the brand's pre-purchase checks: a false statement caught, or one that got through (a delivery not as described). */
  readonly power?: 'caught' | 'escaped';
  /**
   * What a failed delivery or receipt, or a delivery as described, put at stake (major units; absent when the event
   * names no stake): failed deliveries are forgiven by deliveries as described in proportion to it.
   */
  readonly stakeMajor?: number;
  /** The currency of `stakeMajor`: stakes are only ever compared within one currency. */
  readonly stakeCurrency?: string;
}

/** The stake of an event in major units and its currency, as `WeighedEvidence.stakeMajor` (nothing without a stake). */
function stakeOf(stake: Money | undefined): { stakeMajor: number; stakeCurrency: string } | Record<string, never> {
  return stake === undefined ? {} : { stakeMajor: toMajorUnits(stake), stakeCurrency: stake.currency };
}

const NOTHING: WeighedEvidence = {};
const FORGIVES_STATEMENTS: WeighedEvidence = { forgives: 'statements' };

/**
 * What the stake of an event is read against: what the brand usually puts at stake in the stake's currency (major
 * units; the mean over its orders, this one included if it is one, `foldTrustEvent`: a statement caught before purchase
 * is read against the brand's orders, not against the offer prices it wrote). Absent: the stake itself, a usual stake.
 */
export type StakeReference = (stake: Money) => number | undefined;

/** What an event puts at stake, if it names one (offers caught false, orders, refusals, receipts). */
export function stakeOfEvent(observed: ObservedEvidence): Money | undefined {
  return 'stake' in observed.evidence ? observed.evidence.stake : undefined;
}

/**
 * How much a negative event weighs for its stake: 1 + ln(1 + stake / reference), capped; 1 without a stake. The
 * reference is what the brand usually puts at stake in the same currency (`StakeReference`), never a fixed amount: a
 * number of major units means nothing across currencies (10,000 JPY is not 10,000 EUR, and there is no exchange rate
 * here), so a lie at the brand's usual stake weighs 1 + ln 2 ≈ 1.69 and one at ten times it the cap, whatever the
 * currency, and the same record in yen or in euros weighs the same.
 */
export function stakeFactor(stake: Money | undefined, reference?: number, params: TrustParameters = TRUST_PARAMETERS): number {
  if (stake === undefined) return 1;
  const major = toMajorUnits(stake);
  const usual = reference ?? major;
  const ratio = usual > 0 ? major / usual : major > 0 ? Infinity : 1;
  return Math.min(params.stake.maxFactor, 1 + Math.log1p(ratio));
}

/** `stakeFactor` of a stake against the usual stake `reference` gives for it (a function, not a closure per weighing: the hot path weighs every observation). */
function factorOf(stake: Money | undefined, params: TrustParameters, reference: StakeReference | undefined): number {
  return stakeFactor(stake, stake === undefined ? undefined : reference?.(stake), params);
}

/** Turns one observation into weighted evidence per dimension (the table in `TRUST_PARAMETERS.weights`). */
export function weighEvidence(observed: ObservedEvidence, params: TrustParameters = TRUST_PARAMETERS, reference?: StakeReference): WeighedEvidence {
  const w = params.weights;
  switch (observed.kind) {
    // The calibrated estimate counts offers, not attributes: an attribute settled by a delivery is part of that
    // order's one outcome (the order-outcome event), so a product with twelve attributes cannot earn twelve checks.
    case 'claim-verified':
      return observed.evidence.orderId === undefined
        ? { honesty: { positive: w.claimVerified, negative: 0 }, claim: 'held' }
        : { honesty: { positive: w.claimVerified, negative: 0 } };
    case 'claim-contradicted': {
      const honesty = { positive: 0, negative: w.claimContradicted * factorOf(observed.evidence.stake, params, reference) };
      return observed.evidence.orderId === undefined ? { honesty, claim: 'failed-statement', power: 'caught' } : { honesty };
    }
    case 'pressure-tactic':
      return {
        pressure: { positive: 0, negative: (w.pressureTactic.bySlug[observed.evidence.tactic] ?? w.pressureTactic.default) * (observed.evidence.confidence ?? 1) },
      };
    case 'clean-interaction': {
      const calm = isCleanOf(observed.evidence.clean, 'pressure');
      const truthful = isCleanOf(observed.evidence.clean, 'honesty');
      if (!calm) return truthful ? FORGIVES_STATEMENTS : NOTHING;
      const pressure = { positive: w.cleanInteraction, negative: 0 };
      return truthful ? { pressure, forgives: 'statements' } : { pressure };
    }
    case 'offer-fit':
      return { fit: { positive: w.offerFit * observed.evidence.fit, negative: w.offerFit * (1 - observed.evidence.fit) } };
    case 'honest-decline':
      return { honesty: { positive: w.honestDecline.honesty, negative: 0 }, pressure: { positive: w.honestDecline.pressure, negative: 0 } };
    case 'bait-and-switch':
      return { honesty: { positive: 0, negative: w.baitAndSwitch * factorOf(observed.evidence.stake, params, reference) }, claim: 'failed-delivery', ...stakeOf(observed.evidence.stake) };
    case 'order-refused':
      // An offer the brand would not sell once chosen is an order not delivered: weighed as one, a failed check of its
      // deliveries (forgiven by deliveries as described), once per request (the butler records one per brand and request).
      return { honesty: { positive: 0, negative: w.orderOutcome.notDelivered * factorOf(observed.evidence.stake, params, reference) }, claim: 'failed-delivery', ...stakeOf(observed.evidence.stake) };
    case 'order-outcome': {
      const { outcome, satisfied, stake } = observed.evidence;
      const fit = satisfied === undefined ? undefined : { positive: satisfied ? w.orderSatisfaction : 0, negative: satisfied ? 0 : w.orderSatisfaction };
      if (outcome === undefined) return fit === undefined ? NOTHING : { fit };
      const o = w.orderOutcome;
      const penalty = outcome === 'not-as-described' ? o.notAsDescribed : outcome === 'not-delivered' ? o.notDelivered : outcome === 'late' ? o.late : 0;
      const honesty = outcome === 'as-described' ? { positive: o.asDescribed, negative: 0 } : { positive: 0, negative: penalty * factorOf(stake, params, reference) };
      if (outcome === 'as-described') {
        // Only a delivery the person did not say they were unhappy with is a clean check of the brand's deliveries: an
        // unsatisfied report whose words name no attribute ("a cheap knock-off") is read as described, and must not
        // forgive a switched receipt or a failed delivery.
        const forgives = satisfied === false ? {} : { forgives: 'all' as const, ...stakeOf(stake) };
        return fit === undefined ? { honesty, claim: 'held', ...forgives } : { honesty, fit, claim: 'held', ...forgives };
      }
      const power = outcome === 'not-as-described' ? ({ power: 'escaped' } as const) : {};
      // Only a delivery that arrived, not as described, can have spared the need; one not delivered or late missed it.
      const spared = outcome === 'not-as-described' && observed.evidence.needMet === true ? ({ sparedNeed: true } as const) : {};
      return fit === undefined ? { honesty, claim: 'failed-delivery', ...power, ...spared, ...stakeOf(stake) } : { honesty, fit, claim: 'failed-delivery', ...power, ...spared, ...stakeOf(stake) };
    }
    case 'identity-link':
      return NOTHING;
    case 'protocol-violation':
      // A false statement of who is speaking, caught before any purchase: it counts as a failed check.
      return { honesty: { positive: 0, negative: w.protocolViolation }, claim: 'failed-statement' };
  }
}
