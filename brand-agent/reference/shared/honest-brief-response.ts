import type { CatalogEntry, HandlerContext } from '../../definition.ts';
import { whenReady, type MaybePromise } from '../../when-ready.ts';
import type { BriefResponse, Discount, NeedBrief, Offer } from '../../../protocol/index.ts';
import { assessCatalog, type Assessment } from './assess-catalog.ts';
import type { BaseParams } from './base-params.ts';
import { declineResponse, describeBlocker, suggestAlternative } from './build-decline.ts';
import { buildOffer } from './build-offer.ts';
import { catalogEntries } from './catalog-entries.ts';
import { honestPitch } from './honest-pitch.ts';
import { offerIdFor } from './offer-ids.ts';
import { rankCandidates, type RankedCandidate } from './rank-candidates.ts';

/** How an honest-based strategy words its answer; every hook is optional. */
export interface HonestResponseOptions {
  /** Attach a helpful suggestion to declines. */
  readonly suggest?: boolean;
  /** Decline when the best fit scores below this on the buyer's soft preferences (only when there are some). */
  readonly minFitScore?: number;
  /** Rewrite each offer after it is built (e.g. add text, change the price). */
  readonly decorateOffer?: (offer: Offer, candidate: RankedCandidate, entry: CatalogEntry) => Offer;
  /** Rewrite the decline message (e.g. add text). */
  readonly decorateDeclineMessage?: (message: string) => string;
  /** Show the maker's RRP as the offer's reference price when the offer is below it (a true "RRP" discount). */
  readonly showRrp?: boolean;
}

/** The maker's RRP for `quantity` units as a true reference price, when the catalog knows it and the price is below it. */
export function rrpDiscount(entry: CatalogEntry, quantity: number): Discount | undefined {
  const rrp = entry.rrp;
  if (!rrp || rrp.currency !== entry.price.currency || rrp.amountMinor <= entry.price.amountMinor) return undefined;
  return { referencePrice: { amountMinor: rrp.amountMinor * quantity, currency: rrp.currency }, kind: 'recommended-retail-price' };
}

/** The honest answer's parts, for strategies that need the assessment too. */
export interface HonestAnswer {
  readonly response: BriefResponse;
  readonly assessment: Assessment;
  readonly ranked: readonly RankedCandidate[];
}

/**
 * Answers a brief the honest way: only products that meet every hard constraint, are in stock, arrive in time and
 * fit a disclosed budget, best soft-preference fit first, true claims, a factual pitch; an honest decline otherwise.
 */
export function honestBriefResponse(
  brief: NeedBrief,
  ctx: HandlerContext,
  params: BaseParams,
  options: HonestResponseOptions = {},
): MaybePromise<HonestAnswer> {
  return whenReady(catalogEntries(ctx), (entries) => honestAnswerFrom(entries, brief, ctx, params, options));
}

/** `honestBriefResponse` once the catalog is read. */
function honestAnswerFrom(entries: readonly CatalogEntry[], brief: NeedBrief, ctx: HandlerContext, params: BaseParams, options: HonestResponseOptions): HonestAnswer {
  const assessment = assessCatalog(brief, entries, ctx.now, ctx.card, { respectBudget: true, respectDeadline: true });
  const ranked = rankCandidates(assessment.fitting, brief.softPreferences);
  const decorateMessage = options.decorateDeclineMessage ?? ((m: string) => m);
  const best = ranked[0];
  if (!best || assessment.blocker) {
    const blocker = assessment.blocker ?? { reason: 'no-fit' as const, detail: 'constraints' as const };
    const message = decorateMessage(describeBlocker(blocker, brief, ctx.card));
    const suggestion = options.suggest ? suggestAlternative(assessment, brief, ctx.card) : undefined;
    return { response: declineResponse(brief, ctx.card.id, blocker.reason, message, suggestion), assessment, ranked };
  }
  if (options.minFitScore !== undefined && brief.softPreferences.length > 0 && best.score < options.minFitScore) {
    const message = decorateMessage(
      `${best.entry.product.title} is the nearest we have, but it matches your preferences poorly (${Math.round(best.score * 100)}%).`,
    );
    const suggestion = options.suggest
      ? `Look for products stronger on ${brief.softPreferences.map((p) => `${p.attribute} (${p.direction})`).join(', ')} than we carry.`
      : undefined;
    return { response: declineResponse(brief, ctx.card.id, 'no-fit', message, suggestion), assessment, ranked };
  }
  const count = Math.min(params.maxOffers, brief.maxOffers);
  const offers = ranked.slice(0, count).map((candidate, i) => {
    const discount = options.showRrp ? rrpDiscount(candidate.entry, brief.quantity) : undefined;
    const offer = buildOffer({
      offerId: offerIdFor(ctx.card.id, brief.requestId, i),
      requestId: brief.requestId,
      brandId: ctx.card.id,
      entry: candidate.entry,
      quantity: brief.quantity,
      now: ctx.now,
      validForMinutes: params.validForMinutes,
      pitch: honestPitch(candidate.entry, brief),
      ...(discount ? { discount } : {}),
    });
    return options.decorateOffer ? options.decorateOffer(offer, candidate, candidate.entry) : offer;
  });
  return { response: { requestId: brief.requestId, outcome: 'offers', offers }, assessment, ranked };
}
