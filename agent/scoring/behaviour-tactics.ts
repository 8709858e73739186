import { BEHAVIOUR_TACTICS, isSameCategory, productAttribute, unitPriceOf, meetsConstraints, violatedConstraints, type BehaviourTacticLabel } from '../../protocol/index.ts';
import { answersAbout } from './check-answers.ts';
import { fieldInEnglish } from './brand-field.ts';
import type { OfferEvidence } from './offer-evidence.ts';
import { effectiveProduct, offerStatements } from './offer-statements.ts';
import { clamp01 } from './probability.ts';
import type { PressureTactic } from './pressure-tactic.ts';
import { quoteText } from './quote-text.ts';

/** Thresholds of the behavioural signals. */
export const BEHAVIOUR_RULES = {
  /** An offer valid for less than this, from the moment it was received, is pressure. */
  shortValidityMinutes: 30,
  /** A unit price (per gram when pack sizes are known) this many times the median of comparable offers (other brands' offers that meet the need) is an upsell. */
  upsellPriceRatio: 1.75,
  /** Comparable offers needed before a price can be called far above the market. */
  minComparables: 2,
} as const;

function tactic(label: BehaviourTacticLabel, confidence: number, detail: string, extra: Partial<PressureTactic> = {}): PressureTactic {
  const c = clamp01(confidence);
  return { label, source: 'behaviour', confidence: c, strength: BEHAVIOUR_TACTICS[label].weight * c, detail, ...extra };
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * An offer that can be ordered for only a few minutes presses the person to decide now. One already past its
 * validUntil when scored presses no one (it cannot be ordered: score-fit excludes it as 'expired'), and its date may be
 * no more than the brand's clock running behind the butler's, so it is no pressure tactic on the brand's record.
 */
function shortValidity(evidence: OfferEvidence): PressureTactic[] {
  const minutes = (Date.parse(evidence.offer.validUntil) - Date.parse(evidence.now)) / 60_000;
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes >= BEHAVIOUR_RULES.shortValidityMinutes) return [];
  const shown = Math.round(minutes);
  const detail = `the offer is valid for only ${shown} minute${shown === 1 ? '' : 's'}`;
  return [tactic('short-validity', 0.6 + 0.4 * (1 - minutes / BEHAVIOUR_RULES.shortValidityMinutes), detail, { data: { validMinutes: shown } })];
}

function ignoresConstraints(evidence: OfferEvidence): PressureTactic[] {
  const { offer, need } = evidence;
  const product = effectiveProduct(offer);
  const violated = violatedConstraints(product, need.hardConstraints, offer.brandId);
  const ignored = violated.map((c) => c.attribute);
  // Contradicting a requirement outright is surer evidence than merely not stating the attribute.
  let explicit = violated.some((c) => productAttribute(product, c.attribute) !== undefined);
  if (!isSameCategory(offer.product.category, need.category)) ignored.push('category');
  if (offer.quantity < need.quantity) ignored.push('quantity');
  if (ignored.length > violated.length) explicit = true;
  const deadline = need.deadline === undefined ? NaN : Date.parse(need.deadline);
  if (Number.isFinite(deadline) && Date.parse(evidence.now) + offer.terms.deliveryDays * 86_400_000 > deadline) {
    ignored.push('delivery deadline');
    explicit = true;
  }
  const unique = [...new Set(ignored)];
  if (unique.length === 0) return [];
  return [tactic('ignores-constraints', explicit ? 0.9 : 0.5, `offered despite the stated ${unique.join(', ')} requirement${unique.length === 1 ? '' : 's'}`, { data: { ignored: unique.length, requirements: unique } })];
}

function upsell(evidence: OfferEvidence): PressureTactic[] {
  const { offer, need } = evidence;
  const reasons: string[] = [];
  let confidence = 0;
  const data: Record<string, number | string | boolean> = {};
  if (offer.quantity > need.quantity) {
    reasons.push(`offers ${offer.quantity} units for a need of ${need.quantity}`);
    confidence = Math.max(confidence, 0.8);
    data.extraUnits = offer.quantity - need.quantity;
    data.offeredUnits = offer.quantity;
    data.neededUnits = need.quantity;
  }
  // Only a budget the brand was told can be pushed past: the private one is the butler's business, not the brand's.
  const told = evidence.disclosedBudget;
  if (told && offer.price.currency === told.currency && offer.price.amountMinor > told.amountMinor) {
    reasons.push('priced above the budget it was told');
    data.aboveToldBudget = true;
    confidence = Math.max(confidence, 0.6);
  }
  // A high price alone is not pressure (a premium roast may cost twice the median per kg, honestly): the decision weighs
  // price in money. It only strengthens an upsell the brand already pushed (more than the need, past the told budget),
  // so the market's unit prices are only worked out for such an offer.
  if (reasons.length === 0) return [];
  // Like with like: a 1 kg bag is compared per kg with 250 g bags, never per bag.
  const own = unitPriceOf(offer);
  const comparables = (evidence.market?.offers ?? [])
    .filter(
      (o) =>
        o.brandId !== offer.brandId &&
        o.price.currency === offer.price.currency &&
        isSameCategory(o.product.category, need.category) &&
        meetsConstraints(effectiveProduct(o), need.hardConstraints, o.brandId),
    )
    .map(unitPriceOf)
    .filter((u) => u.per === own.per)
    .map((u) => u.amountMinor)
    .sort((a, b) => a - b);
  if (comparables.length >= BEHAVIOUR_RULES.minComparables) {
    const ratio = own.amountMinor / median(comparables);
    if (ratio >= BEHAVIOUR_RULES.upsellPriceRatio) {
      const per = own.per === 'unit' ? 'unit price' : `price per ${own.per}`;
      reasons.push(`${per} ${Math.round((ratio - 1) * 100)}% above the median of ${comparables.length} comparable offers`);
      confidence = Math.max(confidence, clamp01(0.5 + (ratio - BEHAVIOUR_RULES.upsellPriceRatio)));
      data.priceRatio = Math.round(ratio * 100) / 100;
      data.percentAboveMedian = Math.round((ratio - 1) * 100);
      data.comparables = comparables.length;
      data.per = own.per;
    }
  }
  return reasons.length ? [tactic('upsell', confidence, reasons.join('; '), { data })] : [];
}

function repitch(evidence: OfferEvidence): PressureTactic[] {
  const record = evidence.transcript?.repitch;
  if (!record || record.pitchesAfter < 1) return [];
  const by = record.turnedDownBy === 'buyer' ? 'being turned down' : 'declining itself';
  return [
    tactic('repitch-after-decline', 0.6 + 0.2 * (record.pitchesAfter - 1), `pitched ${record.pitchesAfter} more time${record.pitchesAfter === 1 ? '' : 's'} after ${by}`, {
      data: { pitchesAfter: record.pitchesAfter, turnedDownBy: record.turnedDownBy },
    }),
  ];
}

function evasiveAnswers(evidence: OfferEvidence): PressureTactic[] {
  const statements = offerStatements(evidence.offer);
  return answersAbout(evidence.offer, evidence.transcript).flatMap(({ entry }) => {
    const attribute = entry.attribute;
    if (entry.answer.stance !== 'unknown' || attribute === undefined) return [];
    if (!statements.has(attribute) && !evidence.need.hardConstraints.some((c) => c.attribute === attribute)) return [];
    return [
      tactic('evasive-answer', statements.has(attribute) ? 0.8 : 0.6, `answered "unknown" about ${attribute}, ${statements.has(attribute) ? 'which its own offer states' : 'a stated requirement'}`, {
        quote: quoteText(`answers[${entry.answer.questionId}].text`, entry.answer.text),
        data: { attribute, statedByOffer: statements.has(attribute) },
      }),
    ];
  });
}

function recordedProbes(evidence: OfferEvidence): PressureTactic[] {
  return (evidence.transcript?.probes ?? []).map((probe) =>
    tactic(probe.kind === 'budget' ? 'budget-probe' : 'identity-probe', 0.9, `asked for the buyer's ${probe.kind === 'budget' ? 'budget' : 'identity'} (${fieldInEnglish(probe.field)})`, {
      quote: probe.text === undefined ? undefined : quoteText(probe.field, probe.text),
      data: { field: probe.field },
    }),
  );
}

/**
 * Behavioural pressure around one offer: absurdly short validity, ignoring stated constraints, upsells, pitching
 * again after a turn-down, evasive answers and recorded probes for the budget or identity.
 */
export function detectBehaviourTactics(evidence: OfferEvidence): PressureTactic[] {
  return [
    ...shortValidity(evidence),
    ...ignoresConstraints(evidence),
    ...upsell(evidence),
    ...repitch(evidence),
    ...evasiveAnswers(evidence),
    ...recordedProbes(evidence),
  ];
}
