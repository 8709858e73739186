import { type Money, type NeedBriefInput, type SoftPreference } from '../../protocol/index.ts';
import type { Exchange } from '../negotiation/index.ts';
import type { Need } from '../need/index.ts';
import { couldBeBought } from '../scoring/index.ts';
import type { TimeLeft } from './brand-time-budget.ts';
import { fanOutBrief, type BrandReply, type BriefRecipient } from './fan-out.ts';
import { eligibleOffers } from './negotiate-answered.ts';
import { cheaperRequestId } from './cheaper-request-id.ts';

/** The one wish of the follow-up brief: lowest price first, with no amount, so the budget stays private. */
export const CHEAPEST_FIRST: SoftPreference = { attribute: 'price', direction: 'lower', weight: 1 };

/** What asking again needs: the first round's replies and briefs, and who was told the budget. */
export interface CheaperRoundInput {
  readonly need: Need;
  readonly recipients: readonly BriefRecipient[];
  readonly replies: readonly BrandReply[];
  /** The brief each brand received in the first round. */
  readonly briefOf: (brandId: string) => NeedBriefInput | undefined;
  /** The budget a brand was told, if the person's disclosure allowed it. */
  readonly disclosedBudget: (brandId: string) => Money | undefined;
  readonly now: () => Date;
  /** Each brand's time left in the request: a brand with none left is not asked again. */
  readonly timeLeftMs?: TimeLeft | undefined;
}

/**
 * The brands to ask "anything cheaper?": when the person has a budget, every brand that made an offer meeting every
 * hard constraint without being told the budget. A brand that cannot know the budget sends what fits the wishes best,
 * however dear (the quietest vacuums for "quiet"), while cheaper products that fit may sit in its catalogue. A brand
 * whose offers all missed the requirements is not asked again (it knows what it sent).
 *
 * Whether a brand is asked does not depend on the amount: asked only when nothing that fits was within the budget, a
 * brand asked again learnt that the budget is below every fitting price it quoted, and one not asked the opposite, so
 * quoting another price on each request of the same buyer it read the budget off by bisection. What a brand not told
 * the budget learns from this round is that the person has one (not how much, nor how far its prices are from it).
 */
export function brandsToAskForCheaper(need: Need, replies: readonly BrandReply[], disclosedBudget: (brandId: string) => Money | undefined): string[] {
  if (need.budget === undefined) return [];
  const fitting = replies.flatMap((r) => (r.kind === 'answered' ? [{ brandId: r.brandId, offers: eligibleOffers(r.response.offers, need.hardConstraints) }] : [])).filter((r) => r.offers.length > 0);
  return fitting.filter((r) => disclosedBudget(r.brandId) === undefined).map((r) => r.brandId);
}

/**
 * Whether the follow-up's offers are for the person: when nothing offered in the first round could be bought at `now`
 * (ISO 8601) — every hard constraint met within the budget, and nothing else the ranking excludes it for and the purchase
 * refuses (another category, expired, too late, too few units: `couldBeBought`). The brands are asked whatever the
 * amount (see `brandsToAskForCheaper`), and what the butler then does with their answers stays with the butler: ranked
 * only when the first round left nothing that fits within the budget, so the first round's best fits are not displaced
 * by cheapest-first ones the person did not need. An offer the person could never buy is no such fit: a hostile brand's
 * expired (or other-category) 50 EUR offer made the butler throw away an honest brand's cheaper pair within the budget,
 * and left the person nothing to buy.
 */
export function cheaperOffersNeeded(need: Need, firstReplies: readonly BrandReply[], now: string): boolean {
  if (need.budget === undefined) return false;
  return !firstReplies.some((r) => r.kind === 'answered' && r.response.offers.some((o) => couldBeBought(o, need, now)));
}

/** The follow-up brief: the first one under a request id of its own, with the lowest price as its only wish. */
export function cheaperBrief(brief: NeedBriefInput): NeedBriefInput {
  return { ...brief, requestId: cheaperRequestId(brief.requestId), softPreferences: [CHEAPEST_FIRST] };
}

/**
 * Asks again, once, for cheaper options when the person has a budget a brand was not told (see
 * `brandsToAskForCheaper`). Returns the new offers only — a product the brand already offered is not offered twice —
 * and every exchange; a decline or a failure of the follow-up (or a brand out of time for the request, not asked)
 * leaves the first answer as the brand's answer.
 */
export async function askForCheaper(input: CheaperRoundInput): Promise<{ replies: BrandReply[]; exchanges: Exchange[] }> {
  const ids = new Set(brandsToAskForCheaper(input.need, input.replies, input.disclosedBudget));
  const recipients = input.recipients.filter((r) => ids.has(r.id) && input.briefOf(r.id) !== undefined);
  if (recipients.length === 0) return { replies: [], exchanges: [] };
  // No progress events: the surfaces count one answer per brand asked; the follow-up shows in the offers negotiated.
  const again = await fanOutBrief(recipients, (brandId) => cheaperBrief(input.briefOf(brandId)!), { now: input.now, timeLeftMs: input.timeLeftMs });
  const offeredBefore = new Set(input.replies.flatMap((r) => (r.kind === 'answered' ? r.response.offers.map((o) => `${r.brandId}\u0000${o.product.sku}`) : [])));
  const replies = again.replies.flatMap((r): BrandReply[] => {
    if (r.kind !== 'answered') return [];
    const offers = r.response.offers.filter((o) => !offeredBefore.has(`${r.brandId}\u0000${o.product.sku}`));
    return offers.length > 0 ? [{ ...r, response: { ...r.response, offers } }] : [];
  });
  return { replies, exchanges: again.exchanges };
}
