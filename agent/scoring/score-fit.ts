import { RecentCache, exceedsBudget, formatMoney, isSameCategory, violatedConstraints, type AttributeValue, type Offer, type HardConstraint, type SoftPreference } from '../../protocol/index.ts';
import type { EvidenceData, EvidenceItem } from './evidence-item.ts';
import { marketParties, partyIdentitiesOf } from './market-parties.ts';
import { offerExpired } from './offer-expired.ts';
import { applicableBudget } from './applicable-budget.ts';
import type { MarketContext, OfferEvidence, ScoringNeed } from './offer-evidence.ts';
import { effectiveProduct, formatAttributeValue } from './offer-statements.ts';
import { offerAttributeValue, preferenceSatisfaction, type PreferenceReading } from './preference-satisfaction.ts';
import { preferenceScale, type PartyValue } from './preference-scale.ts';
import { clamp01 } from './probability.ts';

/** How much each part weighs in fit when every part applies (parts that do not apply are left out and the rest renormalised). */
export const FIT_WEIGHTS = { preferences: 0.8, budget: 0.08, returns: 0.04, warranty: 0.04, delivery: 0.04 } as const;

/** Fixed rules of the fit score. */
export const FIT_RULES = {
  /** Fit never exceeds this with one hard violation; each further violation halves it. */
  hardViolationCap: 0.1,
  /** Score of a preference the offer says nothing about (unknown is not as good as known-good). */
  unknownPreferenceScore: 0.25,
  /** Headroom under the budget (share of it) that earns the whole budget bonus. */
  fullBonusHeadroom: 0.25,
  goodReturnDays: 30,
  goodWarrantyMonths: 24,
  slowDeliveryDays: 14,
} as const;

const DAY_MS = 86_400_000;

/** A need the offer does not meet; any one of them disqualifies the offer. */
export interface HardViolation {
  readonly kind: 'constraint' | 'budget' | 'deadline' | 'quantity' | 'category' | 'currency' | 'expired';
  readonly attribute?: string | undefined;
  readonly expected: string;
  readonly actual: string;
  readonly detail: string;
  /** The values `detail` is written from, for the explanation in the person's language. */
  readonly data?: EvidenceData | undefined;
}

/** How the offer meets one soft preference. */
export interface PreferenceFit {
  readonly attribute: string;
  readonly direction: SoftPreference['direction'];
  readonly weight: number;
  readonly value?: AttributeValue | undefined;
  /** 0..1; the unknown-preference score when the offer does not say. */
  readonly score: number;
  readonly known: boolean;
  readonly scale: PreferenceReading['scale'];
}

/** Fit 0..1 of an offer to the need, with every reason. */
export interface FitScore {
  readonly score: number;
  readonly hardViolations: readonly HardViolation[];
  /** Hard needs met (constraints, budget, deadline) out of `needsTotal`. */
  readonly needsMet: number;
  readonly needsTotal: number;
  readonly preferences: readonly PreferenceFit[];
  /** Each part's own 0..1 value. */
  readonly components: Readonly<Record<keyof typeof FIT_WEIGHTS, number | undefined>>;
  /** The weights actually used (renormalised over the parts that apply). */
  readonly weights: Readonly<Record<keyof typeof FIT_WEIGHTS, number>>;
  readonly evidence: readonly EvidenceItem[];
}

function describeConstraint(c: HardConstraint): string {
  const value = Array.isArray(c.value) ? c.value.map(formatAttributeValue).join(', ') : formatAttributeValue(c.value);
  const op = { eq: '=', neq: '≠', lte: '≤', gte: '≥', in: 'one of', 'not-in': 'none of' }[c.op];
  return `${c.attribute} ${op} ${value}`;
}

function hardViolationsOf(evidence: Pick<OfferEvidence, 'offer' | 'need' | 'now'>): { violations: HardViolation[]; needsTotal: number } {
  const { offer, need } = evidence;
  const violations: HardViolation[] = [];
  // "max 100, 150 if it's Sony": the ceiling that holds for this offer.
  const ceiling = applicableBudget(need, offer);
  if (!isSameCategory(offer.product.category, need.category)) {
    violations.push({ kind: 'category', expected: need.category, actual: offer.product.category, detail: `is a ${offer.product.category} product, not ${need.category}`, data: { offered: offer.product.category, needed: need.category } });
  }
  for (const c of violatedConstraints(effectiveProduct(offer), need.hardConstraints, offer.brandId)) {
    const actual = offerAttributeValue(offer, c.attribute, need.currency);
    violations.push({
      kind: 'constraint',
      attribute: c.attribute,
      expected: describeConstraint(c),
      actual: actual === undefined ? 'not stated' : formatAttributeValue(actual),
      // Unstated, a ruled-out value fails only when the title names it, or for the maker the seller's own name
      // (`meetsConstraints`): said so, in our words.
      detail:
        actual !== undefined
          ? `${c.attribute} is ${formatAttributeValue(actual)}, needed ${describeConstraint(c)}`
          : c.op === 'neq' || c.op === 'not-in'
            ? c.attribute === 'maker'
              ? `does not state its maker, so it is the seller's own, and its seller or its title names a maker ruled out (needed: ${describeConstraint(c)})`
              : `does not state ${c.attribute}, and its title names a ${c.attribute} ruled out (needed: ${describeConstraint(c)})`
            : `does not state ${c.attribute} (needed: ${describeConstraint(c)})`,
      data: actual === undefined ? { op: c.op, needed: c.value } : { op: c.op, needed: c.value, offered: actual },
    });
  }
  if (offer.quantity < need.quantity) {
    violations.push({ kind: 'quantity', expected: `${need.quantity}`, actual: `${offer.quantity}`, detail: `offers ${offer.quantity} of the ${need.quantity} needed`, data: { offered: offer.quantity, needed: need.quantity } });
  }
  if (offer.price.currency !== need.currency) {
    violations.push({ kind: 'currency', expected: need.currency, actual: offer.price.currency, detail: `priced in ${offer.price.currency}, not ${need.currency}`, data: { offered: offer.price.currency, needed: need.currency } });
  } else if (ceiling && exceedsBudget(offer.price, ceiling)) {
    violations.push({
      kind: 'budget',
      expected: `≤ ${formatMoney(ceiling)}`,
      actual: formatMoney(offer.price),
      detail: `costs ${formatMoney(offer.price)}, over the budget by ${formatMoney({ amountMinor: offer.price.amountMinor - ceiling.amountMinor, currency: need.currency })}`,
      data: { priceMinor: offer.price.amountMinor, overMinor: offer.price.amountMinor - ceiling.amountMinor, currency: need.currency },
    });
  }
  if (need.deadline !== undefined) {
    const deadline = Date.parse(need.deadline);
    const arrival = Date.parse(evidence.now) + offer.terms.deliveryDays * DAY_MS;
    if (Number.isFinite(deadline) && Number.isFinite(arrival) && arrival > deadline) {
      violations.push({
        kind: 'deadline',
        expected: `by ${need.deadline.slice(0, 10)}`,
        actual: `${offer.terms.deliveryDays} days`,
        detail: `delivers in ${offer.terms.deliveryDays} days, after the ${need.deadline.slice(0, 10)} deadline`,
        data: { deliveryDays: offer.terms.deliveryDays, deadline: need.deadline.slice(0, 10) },
      });
    }
  }
  // An offer is a promise until its `validUntil`; one that ended before the offer was scored cannot be ordered (the
  // purchase refuses it), so it must not be recommended either, nor set a scale for the offers that can be bought.
  if (offerExpired(offer, new Date(evidence.now))) {
    violations.push({ kind: 'expired', expected: `valid at ${evidence.now}`, actual: offer.validUntil, detail: `expired at ${offer.validUntil}, before it could be ordered`, data: { validUntil: offer.validUntil } });
  }
  const needsTotal = need.hardConstraints.length + (need.budget ? 1 : 0) + (need.deadline !== undefined ? 1 : 0);
  return { violations, needsTotal };
}

/**
 * Whether the person could buy the offer for this need at `now`: no hard violation (its category, every constraint met,
 * enough units, in the need's currency, within the budget, delivered by the deadline, not expired). The one reading of
 * "buyable" behind the market's scales and the market cross-check (`checkMarketConsensus`): an offer the ranking
 * excludes and the purchase refuses is never held to what it says.
 */
export function couldBeBought(offer: Offer, need: ScoringNeed, now: string): boolean {
  return hardViolationsOf({ offer, need, now }).violations.length === 0;
}

/**
 * The scale each of the need's preferences is read on (aligned with `need.softPreferences`; empty where no scale is
 * read: a target, a match, or no numbers), from the offers given with their parties: `preferenceScale` of their values.
 * Only offers the person could buy may be given: an offer that misses the need (a brand's unbuyable decoy, a 1 g shoe
 * in another size) would otherwise make every other offer's value look poor.
 */
export function preferenceScales(offers: ReadonlyArray<{ readonly offer: Offer; readonly party: string }>, need: ScoringNeed): ReadonlyArray<readonly AttributeValue[]> {
  return need.softPreferences.map((pref) => {
    if (pref.value !== undefined || pref.direction === 'equals') return NO_VALUES;
    const values: PartyValue[] = [];
    for (const { offer, party } of offers) {
      const value = offerAttributeValue(offer, pref.attribute, need.currency);
      if (value !== undefined) values.push({ party, value });
    }
    return preferenceScale(values, pref.direction);
  });
}

const NO_VALUES: readonly AttributeValue[] = [];

// Every offer of a round is compared with the same market: its scales are read once per market and need.
const scalesCache = new RecentCache<MarketContext, WeakMap<ScoringNeed, ReadonlyArray<readonly AttributeValue[]>>>(2);

/**
 * The scales of the need's preferences in the evidence's market, read on the offers the person could buy (no hard
 * violation: every constraint met, within the budget, in time), each seller grouped with the identities its standing
 * links it to (`marketParties`). The ranking reads them again on the offers it finds eligible (`refitPreferences`).
 */
export function marketScales(evidence: Pick<OfferEvidence, 'need' | 'now' | 'market'>): ReadonlyArray<readonly AttributeValue[]> {
  const { market, need } = evidence;
  if (market === undefined) return need.softPreferences.map(() => NO_VALUES);
  let byNeed = scalesCache.get(market);
  if (byNeed === undefined) scalesCache.set(market, (byNeed = new WeakMap()));
  const cached = byNeed.get(need);
  if (cached !== undefined) return cached;
  const buyable = market.offers.filter((other) => couldBeBought(other, need, evidence.now));
  const partyOf = marketParties(
    buyable.map((o) => o.brandId),
    (brandId) => partyIdentitiesOf(market.standingOf?.(brandId)),
  );
  const scales = preferenceScales(
    buyable.map((offer) => ({ offer, party: partyOf(offer.brandId) })),
    need,
  );
  byNeed.set(need, scales);
  return scales;
}

function preferenceFits(offer: Offer, need: ScoringNeed, scales: ReadonlyArray<readonly AttributeValue[]>): PreferenceFit[] {
  return need.softPreferences.map((pref, i) => {
    const value = offerAttributeValue(offer, pref.attribute, need.currency);
    const reading = preferenceSatisfaction(pref, value, need.category, scales[i] ?? NO_VALUES);
    return {
      attribute: pref.attribute,
      direction: pref.direction,
      weight: pref.weight,
      value,
      score: reading.score ?? FIT_RULES.unknownPreferenceScore,
      known: reading.score !== undefined,
      scale: reading.scale,
    };
  });
}

function preferenceEvidence(p: PreferenceFit): EvidenceItem {
  const wants = p.direction === 'equals' ? 'wanted a match' : `wanted ${p.direction}`;
  if (!p.known) {
    return { code: 'preference-unknown', effect: 'neutral', impact: p.weight * p.score, attribute: p.attribute, detail: `${p.attribute}: not stated or not comparable (${wants})`, data: { direction: p.direction } };
  }
  return {
    code: p.score >= 0.8 ? 'preference-met' : p.score <= 0.3 ? 'preference-missed' : 'preference-partly-met',
    effect: p.score >= 0.8 ? 'supports' : p.score <= 0.3 ? 'undermines' : 'neutral',
    impact: p.weight * p.score,
    attribute: p.attribute,
    detail: `${p.attribute} ${formatAttributeValue(p.value as AttributeValue)} (${wants}): ${Math.round(p.score * 100)}%`,
    data: { direction: p.direction, offered: p.value as AttributeValue, percent: Math.round(p.score * 100) },
  };
}

/**
 * Fit of an offer to the need: hard violations listed (any one caps fit low), weighted soft preferences,
 * a small bonus for money left under the private budget, and small weights for delivery, returns and warranty.
 */
export function scoreFit(evidence: Pick<OfferEvidence, 'offer' | 'need' | 'now' | 'market'>): FitScore {
  const { offer, need } = evidence;
  const { violations, needsTotal } = hardViolationsOf(evidence);
  const items: EvidenceItem[] = violations.map((v) => ({ code: `hard-${v.kind}`, effect: 'undermines', impact: -1, attribute: v.attribute, detail: v.detail, data: v.data }));

  const preferences = preferenceFits(offer, need, marketScales(evidence));
  const preferenceScore = preferenceScoreOf(preferences);
  for (const p of preferences) items.push(preferenceEvidence(p));

  let budgetScore: number | undefined;
  const ceiling = applicableBudget(need, offer);
  if (ceiling && !exceedsBudget(offer.price, ceiling) && ceiling.amountMinor > 0) {
    const headroom = ceiling.amountMinor - offer.price.amountMinor;
    budgetScore = clamp01(headroom / (FIT_RULES.fullBonusHeadroom * ceiling.amountMinor));
    items.push({ code: 'under-budget', effect: 'supports', impact: budgetScore, detail: `${formatMoney({ amountMinor: headroom, currency: need.currency })} under the budget`, data: { headroomMinor: headroom, currency: need.currency } });
  }
  const deadlineMet = need.deadline !== undefined && !violations.some((v) => v.kind === 'deadline');
  const delivery = deadlineMet ? 1 : clamp01(1 - offer.terms.deliveryDays / FIT_RULES.slowDeliveryDays);
  const returns = clamp01(offer.terms.returnDays / FIT_RULES.goodReturnDays);
  const warranty = clamp01(offer.terms.warrantyMonths / FIT_RULES.goodWarrantyMonths);
  items.push({
    code: 'terms',
    effect: returns >= 0.5 && warranty >= 0.5 ? 'supports' : 'neutral',
    impact: (delivery + returns + warranty) / 3,
    detail: `delivery ${offer.terms.deliveryDays} days${deadlineMet ? ' (meets the deadline)' : ''}, returns ${offer.terms.returnDays} days, warranty ${offer.terms.warrantyMonths} months`,
    data: { deliveryDays: offer.terms.deliveryDays, meetsDeadline: deadlineMet, returnDays: offer.terms.returnDays, warrantyMonths: offer.terms.warrantyMonths },
  });

  const components = { preferences: preferenceScore, budget: budgetScore, returns, warranty, delivery };
  const total = FIT_WEIGHTS.preferences + (need.budget ? FIT_WEIGHTS.budget : 0) + FIT_WEIGHTS.returns + FIT_WEIGHTS.warranty + FIT_WEIGHTS.delivery;
  const weights = {
    preferences: FIT_WEIGHTS.preferences / total,
    budget: need.budget ? FIT_WEIGHTS.budget / total : 0,
    returns: FIT_WEIGHTS.returns / total,
    warranty: FIT_WEIGHTS.warranty / total,
    delivery: FIT_WEIGHTS.delivery / total,
  };
  const hardNeedViolations = violations.filter((v) => v.kind === 'constraint' || v.kind === 'budget' || v.kind === 'deadline').length;
  return {
    score: fitTotal(components, weights, violations.length),
    hardViolations: violations,
    needsMet: Math.max(0, needsTotal - hardNeedViolations),
    needsTotal,
    preferences,
    components,
    weights,
    evidence: items,
  };
}

/**
 * The fit of an offer with its preferences read again on other scales (`preferenceScales`): what the ranking does once
 * it knows which offers are eligible, so that an offer it excludes (instructions aimed at the butler, the person's
 * rules, a brand below the honesty floor) sets no scale. Everything else of the fit is kept.
 */
export function refitPreferences(fit: FitScore, offer: Offer, need: ScoringNeed, scales: ReadonlyArray<readonly AttributeValue[]>): FitScore {
  const preferences = preferenceFits(offer, need, scales);
  const components = { ...fit.components, preferences: preferenceScoreOf(preferences) };
  // The preferences' evidence items stand in the fit's evidence in the preferences' order.
  let next = 0;
  const evidence = fit.evidence.map((item) => (item.code.startsWith('preference-') && next < preferences.length ? preferenceEvidence(preferences[next++]!) : item));
  return { ...fit, score: fitTotal(components, fit.weights, fit.hardViolations.length), preferences, components, evidence };
}

function preferenceScoreOf(preferences: readonly PreferenceFit[]): number | undefined {
  const weightSum = preferences.reduce((sum, p) => sum + p.weight, 0);
  return weightSum > 0 ? preferences.reduce((sum, p) => sum + p.weight * p.score, 0) / weightSum : undefined;
}

function fitTotal(components: FitScore['components'], weights: FitScore['weights'], violations: number): number {
  // With no stated preferences, meeting every hard need is already most of a good fit: the part counts as met.
  let score =
    weights.preferences * (components.preferences ?? 1) +
    weights.budget * (components.budget ?? 0) +
    weights.returns * (components.returns ?? 0) +
    weights.warranty * (components.warranty ?? 0) +
    weights.delivery * (components.delivery ?? 0);
  if (violations > 0) score = Math.min(score, FIT_RULES.hardViolationCap * 0.5 ** (violations - 1));
  return clamp01(score);
}
