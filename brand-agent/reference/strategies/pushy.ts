import { refundInFull } from '../../refund-in-full.ts';
import { z } from 'zod';
import type { CatalogEntry, HandlerContext, OfferContext } from '../../definition.ts';
import { whenReady, type MaybePromise } from '../../when-ready.ts';
import { PROTOCOL_LIMITS, ProtocolError, violatedConstraints, type Answer, type HardConstraint, type BriefResponse, type Counter, type CounterResult, type NeedBrief, type Question } from '../../../protocol/index.ts';
import {
  BaseParamsShape,
  PUSHY_TACTICS,
  assessCatalog,
  buildOffer,
  catalogEntries,
  declineResponse,
  defineStrategy,
  describeBlocker,
  entriesOfCategory,
  entryBySku,
  floorPrice,
  formatMoney,
  honestAnswer,
  honestReceipt,
  offerIdFor,
  pressurePitch,
  rankCandidates,
  reviseOffer,
  totalOf,
} from '../shared/index.ts';

/** Parameters of the pushy strategy. */
export const PushyParamsSchema = z
  .object({
    ...BaseParamsShape,
    validForMinutes: BaseParamsShape.validForMinutes.default(10),
    floorRatio: BaseParamsShape.floorRatio.default(0.97),
    concessionShare: BaseParamsShape.concessionShare.default(0.2),
    /** Pressure tactics its pitches draw on. */
    tactics: z.array(z.enum(PUSHY_TACTICS)).min(1).default([...PUSHY_TACTICS]),
    /** Pressure phrases per pitch. */
    phrasesPerPitch: z.number().int().min(1).max(6).default(3),
    /** Upsell: a pricier product up to this multiple of the best fit's unit price. */
    upsellPriceRatio: z.number().min(1).max(5).default(1.6),
    /** Upsell: extra units bundled onto the best fit (0 = no bundle offer). */
    upsellExtraQuantity: z.number().int().min(0).max(10).default(1),
    /** Bundle price cut, as a share. */
    bundleDiscount: z.number().min(0).max(0.5).default(0.05),
    /** Answer a counter with a different, pricier product instead of negotiating. */
    repitchOnCounter: z.boolean().default(true),
    /** Deflect questions with pressure instead of answering them. */
    evasiveAnswers: z.boolean().default(true),
  })
  .strict();
type PushyParams = z.output<typeof PushyParamsSchema>;

function pitchFor(params: PushyParams, seed: string, lead: string): string {
  return pressurePitch(seed, lead, params.tactics, params.phrasesPerPitch, params.validForMinutes).text;
}

/**
 * A pricier product of the same category in stock — preferring ones that still meet the buyer's hard constraints —
 * the dearest within the ratio, else the cheapest above it.
 */
function upsellEntry(entries: readonly CatalogEntry[], from: CatalogEntry, quantity: number, ratio: number, constraints: readonly HardConstraint[], seller: string): CatalogEntry | undefined {
  // From the listing's index of its category (the same entries as a scan of the whole listing, in sku order: the sort
  // below orders them by price then sku, whatever order they come in).
  const pricier = entriesOfCategory(entries, from.product.category)
    .filter((e) => e.product.category === from.product.category && e.product.sku !== from.product.sku && e.stock >= quantity)
    .filter((e) => e.price.currency === from.price.currency && e.price.amountMinor > from.price.amountMinor)
    .sort((a, b) => a.price.amountMinor - b.price.amountMinor || (a.product.sku < b.product.sku ? -1 : 1));
  const fitting = pricier.filter((e) => violatedConstraints(e.product, constraints, seller).length === 0);
  const pool = fitting.length > 0 ? fitting : pricier;
  const within = pool.filter((e) => e.price.amountMinor <= from.price.amountMinor * ratio);
  return within[within.length - 1] ?? pool[0];
}

function pushyOffers(brief: NeedBrief, ctx: HandlerContext, params: PushyParams): MaybePromise<BriefResponse> {
  return whenReady(catalogEntries(ctx), (entries) => pushyOffersFrom(entries, brief, ctx, params));
}

/** `pushyOffers` once the catalog is read. */
function pushyOffersFrom(entries: readonly CatalogEntry[], brief: NeedBrief, ctx: HandlerContext, params: PushyParams): BriefResponse {
  const assessment = assessCatalog(brief, entries, ctx.now, ctx.card, { respectBudget: false, respectDeadline: false });
  // It never says "not for you": when nothing meets the constraints it pushes the nearest thing it has.
  const pool = assessment.fitting.length > 0 ? rankCandidates(assessment.fitting, brief.softPreferences) : assessment.nearest;
  const best = pool[0];
  if (!best) {
    const blocker = assessment.blocker ?? { reason: 'out-of-stock' as const, detail: 'stock' as const };
    return declineResponse(brief, ctx.card.id, blocker.reason, describeBlocker(blocker, brief, ctx.card));
  }
  const brandId = ctx.card.id;
  const common = { requestId: brief.requestId, brandId, now: ctx.now, validForMinutes: params.validForMinutes };
  const offers = [];
  const id0 = offerIdFor(brandId, brief.requestId, 0);
  offers.push(buildOffer({ ...common, offerId: id0, entry: best.entry, quantity: brief.quantity, pitch: pitchFor(params, id0, `${best.entry.product.title} — the one everyone wants.`) }));
  const upsell = upsellEntry(entries, best.entry, brief.quantity, params.upsellPriceRatio, brief.hardConstraints, ctx.card.id);
  if (upsell) {
    const id = offerIdFor(brandId, brief.requestId, offers.length);
    offers.push(buildOffer({ ...common, offerId: id, entry: upsell, quantity: brief.quantity, pitch: pitchFor(params, id, `Upgrade to ${upsell.product.title} — you deserve the premium version.`) }));
  }
  if (params.upsellExtraQuantity > 0 && best.entry.stock >= brief.quantity + params.upsellExtraQuantity) {
    const quantity = brief.quantity + params.upsellExtraQuantity;
    const id = offerIdFor(brandId, brief.requestId, offers.length);
    const price = { amountMinor: Math.round(totalOf(best.entry, quantity).amountMinor * (1 - params.bundleDiscount)), currency: best.entry.price.currency };
    offers.push(buildOffer({ ...common, offerId: id, entry: best.entry, quantity, price, pitch: pitchFor(params, id, `Take ${quantity} and save ${Math.round(params.bundleDiscount * 100)}% — one is never enough.`) }));
  }
  return { requestId: brief.requestId, outcome: 'offers', offers: offers.slice(0, PROTOCOL_LIMITS.maxOffersPerBrief) };
}

function pushyCounter(counter: Counter, ctx: OfferContext, params: PushyParams): MaybePromise<CounterResult> {
  if (counter.round > params.maxRounds) throw new ProtocolError('NEGOTIATION_CLOSED', `${ctx.card.name} is done negotiating`);
  if (params.repitchOnCounter && counter.round === 1) return whenReady(catalogEntries(ctx), (entries) => pushyCounterFrom(entries, counter, ctx, params));
  return pushyCounterFrom(undefined, counter, ctx, params);
}

/** `pushyCounter` once the catalog is read (`entries` undefined: a counter that does not re-pitch, which never reads it). */
function pushyCounterFrom(entries: readonly CatalogEntry[] | undefined, counter: Counter, ctx: OfferContext, params: PushyParams): CounterResult {
  const base = { counterId: counter.counterId, inReplyTo: counter.counterId, round: counter.round };
  const latest = ctx.offer;
  const original = ctx.history[0] ?? latest;
  const rootId = original.offerId;
  const seed = `${ctx.card.id}:${counter.counterId}`;
  if (entries !== undefined) {
    const current = entryBySku(entries, latest.product.sku);
    const other = current ? upsellEntry(entries, current, latest.quantity, params.upsellPriceRatio, [], ctx.card.id) : undefined;
    if (other) {
      const pitch = pitchFor(params, seed, `Forget haggling — ${other.product.title} is what you really want.`);
      const offer = reviseOffer(latest, rootId, counter, { product: other.product, price: totalOf(other, latest.quantity), terms: other.terms, claims: other.claims ?? [], pitch }, ctx.now, params.validForMinutes);
      return { ...base, outcome: 'counter', offer, message: pitch };
    }
  }
  // Back to the original product at its floor, framed as a one-time favour.
  const floor = floorPrice(ctx, params);
  const proposed = counter.proposedPrice?.amountMinor ?? 0;
  const changes = { product: original.product, terms: original.terms, claims: original.claims, quantity: original.quantity };
  if (proposed >= floor) {
    const price = { amountMinor: Math.min(proposed, original.price.amountMinor), currency: original.price.currency };
    return { ...base, outcome: 'accept', offer: reviseOffer(latest, rootId, counter, { ...changes, price }, ctx.now, params.validForMinutes), message: 'Deal — but only if you order right now!' };
  }
  const price = { amountMinor: floor, currency: original.price.currency };
  const pitch = pitchFor(params, seed, `Just for you: ${formatMoney(price)}, our absolute final price.`);
  return { ...base, outcome: 'final-offer', offer: reviseOffer(latest, rootId, counter, { ...changes, price, pitch }, ctx.now, params.validForMinutes), message: pitch };
}

/** Deflects the question with pressure and commits to nothing. */
function evasiveAnswer(question: Question, ctx: OfferContext, params: PushyParams): Answer {
  const text = pitchFor(params, `${ctx.card.id}:${question.questionId}`, 'Great question! Honestly, everyone who bought it loves it.');
  return { questionId: question.questionId, offerId: question.offerId, stance: 'unknown', text, claims: [] };
}

/** Short validity, pressure text, upsells above the need, re-pitching instead of negotiating, evasive answers. */
export const pushyStrategy = defineStrategy({
  id: 'pushy',
  summary: 'Very short validity, urgency/scarcity/flattery/social-proof pitches, upsells above the need, re-pitches when countered, evades questions; charges honestly.',
  paramsSchema: PushyParamsSchema,
  createHandlers: (params) => ({
    requestOffers: (brief, ctx) => pushyOffers(brief, ctx, params),
    askQuestion: (question, ctx) => (params.evasiveAnswers ? evasiveAnswer(question, ctx, params) : honestAnswer(question, ctx)),
    counterOffer: (counter, ctx) => pushyCounter(counter, ctx, params),
    placeOrder: (order, ctx) => honestReceipt(order, ctx),
    cancelOrder: refundInFull,
  }),
});
