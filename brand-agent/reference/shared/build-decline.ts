import type { BrandCard, BriefResponse, Decline, NeedBrief } from '../../../protocol/index.ts';
import { productAttribute } from '../../../protocol/index.ts';
import type { Assessment, Blocker } from './assess-catalog.ts';
import { formatConstraint, formatMoney, formatValue } from './format.ts';

/** A brief response declining with a reason, a message and an optional pointer elsewhere. */
export function declineResponse(brief: NeedBrief, brandId: string, reason: Decline['reason'], message: string, suggestion?: string): BriefResponse {
  return {
    requestId: brief.requestId,
    outcome: 'decline',
    offers: [],
    decline: { requestId: brief.requestId, brandId, reason, message, ...(suggestion !== undefined ? { suggestion } : {}) },
  };
}

/** A plain sentence saying why nothing fits. */
export function describeBlocker(blocker: Blocker, brief: NeedBrief, card: Pick<BrandCard, 'name' | 'categories' | 'currencies'>): string {
  switch (blocker.detail) {
    case 'category':
      return `${card.name} does not sell ${brief.category}.`;
    case 'currency':
      return `${card.name} only sells in ${card.currencies.join(', ')}, not ${brief.currency}.`;
    case 'ship-to':
      return `${card.name} does not ship to ${brief.shipToCountry ?? 'that country'}.`;
    case 'constraints':
      return `Nothing ${card.name} sells meets all of: ${brief.hardConstraints.map(formatConstraint).join(', ')}.`;
    case 'stock':
      return `What would fit is out of stock in the quantity asked (${brief.quantity}).`;
    case 'deadline':
      return `What would fit cannot arrive by ${brief.deliverBy ?? 'the deadline'}.`;
    case 'budget':
      return `What would fit costs more than the budget${brief.budgetCeiling ? ` of ${formatMoney(brief.budgetCeiling)}` : ''}.`;
  }
}

/**
 * A helpful pointer when nothing fits: the nearest product and what it misses, or what to relax, or where to look.
 * It names no sale; it tells the buyer what would work.
 */
export function suggestAlternative(assessment: Assessment, brief: NeedBrief, card: Pick<BrandCard, 'name' | 'categories'>): string {
  const blocker = assessment.blocker;
  if (!blocker || blocker.detail === 'category') {
    return `We only sell ${card.categories.join(' and ')}; a ${brief.category} specialist will serve you better.`;
  }
  if (blocker.detail === 'constraints') {
    const nearest = assessment.nearest[0];
    if (!nearest) return `Nothing of ours comes close; a shop that specialises in ${brief.category} with ${brief.hardConstraints.map(formatConstraint).join(', ')} will serve you better.`;
    const misses = nearest.violations
      .map((c) => `${c.attribute} is ${formatValue(productAttribute(nearest.entry.product, c.attribute))} (you asked ${formatConstraint(c)})`)
      .join('; ');
    return `Our closest is ${nearest.entry.product.title}, but ${misses}. If that requirement can bend, it would do; otherwise look for a specialist that stocks ${brief.hardConstraints.map(formatConstraint).join(', ')}.`;
  }
  if (blocker.detail === 'stock') {
    const most = Math.max(0, ...assessment.matching.map((c) => c.entry.stock));
    return most > 0 ? `We could ship ${most} now if a smaller quantity helps.` : 'It is sold out everywhere we source it; try again in a few weeks or ask another shop.';
  }
  if (blocker.detail === 'deadline') {
    const fastest = Math.min(...assessment.matching.map((c) => c.entry.terms.deliveryDays));
    return `Our fastest delivery is ${fastest} days; with a later deadline we could help, otherwise a local shop is your best bet.`;
  }
  if (blocker.detail === 'budget') {
    const cheapest = Math.min(...assessment.matching.map((c) => c.total.amountMinor));
    return `Our cheapest fitting option costs ${formatMoney({ amountMinor: cheapest, currency: brief.currency })}; a little more budget or a previous-generation model would work.`;
  }
  if (blocker.detail === 'ship-to') return 'A shop that ships to your country will serve you better.';
  return `Try a shop that sells in ${brief.currency}.`;
}
