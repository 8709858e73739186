import { PROTOCOL_VERSION, findSameCategory, type BrandCard, type NeedBriefInput } from '../../protocol/index.ts';
import type { Need } from '../need/index.ts';
import { valueConstraints, type Profile } from '../policy/index.ts';

/** A minute, in ms: the precision a brief states times at (see `toMinute`). */
const MINUTE_MS = 60_000;

/**
 * An instant floored to its minute. A brief's times said to the millisecond the butler's clock: every brand asked in one
 * request read the same instant (two brands comparing briefs paired one person's, whatever their buyer ids), and the
 * instant minus its arrival is the install's clock error, a fingerprint read again on every request. A brand answers
 * from its own clock and needs the minute at most; floored, a deadline is never later than the person's.
 */
function toMinute(instant: Date | string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(Math.floor(ms / MINUTE_MS) * MINUTE_MS).toISOString();
}

/**
 * Writes the brief one brand receives: only what the need requires. The budget ceiling is included only when
 * the person's disclosure level says so; the buyer id is that brand's pseudonym, never the person's identity. Given the
 * recipient's card, the category is written as that card lists it (a feed's 1868 for a "coffee" need, and back). Its
 * times (issued, deliver by) are stated to the minute (`toMinute`).
 */
export function buildBrief(need: Need, profile: Profile, ids: { requestId: string; buyerId: string; now: Date }, recipient?: Pick<BrandCard, 'categories'>): NeedBriefInput {
  const hardConstraints = [...need.hardConstraints];
  for (const c of valueConstraints(profile, need.category)) {
    if (!hardConstraints.some((h) => h.attribute === c.attribute)) hardConstraints.push(c);
  }
  const brief: NeedBriefInput = {
    protocolVersion: PROTOCOL_VERSION,
    requestId: ids.requestId,
    buyerId: ids.buyerId,
    category: (recipient && findSameCategory(recipient.categories, need.category)) ?? need.category,
    hardConstraints,
    softPreferences: [...need.softPreferences],
    quantity: need.quantity,
    currency: need.currency,
    shipToCountry: profile.country,
    maxOffers: 3,
    issuedAt: toMinute(ids.now),
  };
  if (need.deadline) brief.deliverBy = toMinute(need.deadline);
  if (profile.disclosure === 'share-budget' && need.budget) brief.budgetCeiling = need.budget;
  return brief;
}
