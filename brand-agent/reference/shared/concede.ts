import type { CatalogEntry, OfferContext } from '../../definition.ts';
import { whenReady, type MaybePromise } from '../../when-ready.ts';
import { ProtocolError, type Counter, type CounterResult, type Money, type Terms } from '../../../protocol/index.ts';
import type { BaseParams } from './base-params.ts';
import { entryBySku, catalogEntries } from './catalog-entries.ts';
import { reviseOffer } from './build-offer.ts';
import { formatMoney } from './format.ts';

/** The terms a brand can grant: never faster than its standard delivery, at most `maxExtraReturnDays` more returns, its own warranty. */
export function grantableTerms(standard: Terms, proposed: Partial<Terms> | undefined, params: Pick<BaseParams, 'maxExtraReturnDays'>): Terms {
  if (!proposed) return standard;
  return {
    deliveryDays: Math.max(standard.deliveryDays, proposed.deliveryDays ?? standard.deliveryDays),
    returnDays: Math.min(standard.returnDays + params.maxExtraReturnDays, Math.max(standard.returnDays, proposed.returnDays ?? standard.returnDays)),
    warrantyMonths: standard.warrantyMonths,
  };
}

function sameTerms(a: Terms, b: Terms): boolean {
  return a.deliveryDays === b.deliveryDays && a.returnDays === b.returnDays && a.warrantyMonths === b.warrantyMonths;
}

/** The lowest total price the brand accepts for an offer: `floorRatio` × the first offer's price. */
export function floorPrice(ctx: OfferContext, params: Pick<BaseParams, 'floorRatio'>): number {
  const anchor = ctx.history[0]?.price.amountMinor ?? ctx.offer.price.amountMinor;
  return Math.ceil(anchor * params.floorRatio);
}

/** What the policy answers a counter with: a price to revise the offer to, with its wording, or a rejection. */
type Concession =
  | { readonly outcome: 'accept' | 'counter' | 'final-offer'; readonly amountMinor: number; readonly message: string }
  | { readonly outcome: 'reject'; readonly message: string };

/**
 * The honest concession policy: accept a price at or above the next ask, otherwise move a share of the remaining room
 * toward the floor; when the floor is reached (or on the last round) make a final offer at the floor; past it, reject. Terms are granted within limits.
 * Closes with NEGOTIATION_CLOSED after `maxRounds`.
 */
export function concede(counter: Counter, ctx: OfferContext, params: BaseParams): MaybePromise<CounterResult> {
  if (counter.round > params.maxRounds) {
    throw new ProtocolError('NEGOTIATION_CLOSED', `${ctx.card.name} negotiates at most ${params.maxRounds} rounds`, { maxRounds: params.maxRounds });
  }
  const latest = ctx.offer;
  if (counter.proposedPrice && counter.proposedPrice.currency !== latest.price.currency) {
    return { counterId: counter.counterId, inReplyTo: counter.counterId, round: counter.round, outcome: 'reject', message: `We price in ${latest.price.currency} only.` };
  }
  return whenReady(catalogEntries(ctx), (entries) => concedeFrom(entries, counter, ctx, params));
}

/** `concede` once the catalog is read. */
function concedeFrom(entries: readonly CatalogEntry[], counter: Counter, ctx: OfferContext, params: BaseParams): CounterResult {
  const latest = ctx.offer;
  const rootId = ctx.history[0]?.offerId ?? latest.offerId;
  const entry = entryBySku(entries, latest.product.sku);
  const standard = entry?.terms ?? ctx.history[0]?.terms ?? latest.terms;
  const wantedTerms: Terms = { ...latest.terms, ...counter.proposedTerms };
  const terms = grantableTerms(standard, counter.proposedTerms, params);
  const concession = concessionFor(counter, latest.price, Math.min(latest.price.amountMinor, floorPrice(ctx, params)), sameTerms(terms, wantedTerms), params);
  // Written once, here, rather than by a closure per call: a negotiation answers a counter at every round.
  if (concession.outcome === 'reject') {
    return { counterId: counter.counterId, inReplyTo: counter.counterId, round: counter.round, outcome: 'reject', message: concession.message };
  }
  const price = { amountMinor: concession.amountMinor, currency: latest.price.currency };
  return {
    counterId: counter.counterId,
    inReplyTo: counter.counterId,
    round: counter.round,
    outcome: concession.outcome,
    offer: reviseOffer(latest, rootId, counter, { price, terms }, ctx.now, params.validForMinutes),
    message: concession.message,
  };
}

/** The policy itself, on prices: the offer's current price, the floor below which the brand never goes, whether the wanted terms can all be granted. */
function concessionFor(counter: Counter, price: Money, floor: number, termsOk: boolean, params: BaseParams): Concession {
  const current = price.amountMinor;
  const proposed = counter.proposedPrice?.amountMinor ?? current;
  // A terms-only counter gets the terms answered, not an unasked-for price cut.
  const nextAsk = counter.proposedPrice ? Math.max(floor, current - Math.round((current - floor) * params.concessionShare)) : current;
  if (proposed >= nextAsk && termsOk) {
    return { outcome: 'accept', amountMinor: Math.min(proposed, current), message: 'Agreed.' };
  }
  if (current <= floor && proposed < floor && counter.round > 1) {
    return { outcome: 'reject', message: `${formatMoney(price)} is already our lowest price.` };
  }
  if ((counter.proposedPrice && nextAsk <= floor) || counter.round >= params.maxRounds) {
    if (counter.proposedPrice && proposed >= floor && termsOk) return { outcome: 'accept', amountMinor: Math.min(proposed, current), message: 'Agreed.' };
    // The last word is the best the brand can do.
    const final = counter.proposedPrice ? floor : current;
    return {
      outcome: 'final-offer',
      amountMinor: final,
      message: `Our final price is ${formatMoney({ amountMinor: final, currency: price.currency })}${termsOk ? '' : ' on the terms we can offer'}.`,
    };
  }
  return {
    outcome: 'counter',
    amountMinor: nextAsk,
    message: `We can do ${formatMoney({ amountMinor: nextAsk, currency: price.currency })}${termsOk ? '' : ' on the terms we can offer'}.`,
  };
}
