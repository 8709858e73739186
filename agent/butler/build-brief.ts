import { PROTOCOL_VERSION, findSameCategory, toMinuteTimestamp, type BrandCard, type NeedBriefInput, type SoftPreference } from '../../protocol/index.ts';
import type { Need } from '../need/index.ts';
import { valueConstraints, type Profile } from '../policy/index.ts';

/** A preference without its figure: which way is better, and how much it matters. */
function withoutValue(p: SoftPreference): SoftPreference {
  const { value: _value, ...rest } = p;
  return rest;
}

/**
 * Writes the brief one brand receives: only what the need requires. The person's money figures are included only
 * when their disclosure level says so: the budget ceiling, and the figure of a price wish ("ideally under 100", which
 * otherwise goes as "cheaper is better": a brand told the figure prices up to it); the buyer id is that brand's
 * pseudonym, never the person's identity. Given the recipient's card, the category is written as that card lists it
 * (a feed's 1868 for a "coffee" need, and back). Its times (issued, deliver by) are stated to the minute
 * (`toMinuteTimestamp`).
 */
export function buildBrief(need: Need, profile: Profile, ids: { requestId: string; buyerId: string; now: Date }, recipient?: Pick<BrandCard, 'categories'>): NeedBriefInput {
  const hardConstraints = [...need.hardConstraints];
  const shareMoney = profile.disclosure === 'share-budget';
  for (const c of valueConstraints(profile, need.category)) {
    if (!hardConstraints.some((h) => h.attribute === c.attribute)) hardConstraints.push(c);
  }
  const brief: NeedBriefInput = {
    protocolVersion: PROTOCOL_VERSION,
    requestId: ids.requestId,
    buyerId: ids.buyerId,
    category: (recipient && findSameCategory(recipient.categories, need.category)) ?? need.category,
    hardConstraints,
    softPreferences: need.softPreferences.map((p) => (p.attribute === 'price' && p.value !== undefined && !shareMoney ? withoutValue(p) : p)),
    quantity: need.quantity,
    currency: need.currency,
    shipToCountry: profile.country,
    maxOffers: 3,
    issuedAt: toMinuteTimestamp(ids.now),
  };
  if (need.deadline) brief.deliverBy = toMinuteTimestamp(need.deadline);
  if (shareMoney && need.budget) brief.budgetCeiling = need.budget;
  return brief;
}
