import { refundInFull } from '../../refund-in-full.ts';
import { z } from 'zod';
import type { BrandHandlers, CatalogEntry, HandlerContext, OfferContext } from '../../definition.ts';
import { whenReady, type MaybePromise } from '../../when-ready.ts';
import { createSeededRandom, type Answer, type BriefResponse, type Claim, type NeedBrief, type Question } from '../../../protocol/index.ts';
import {
  BaseParamsShape,
  answerFromFacts,
  assessCatalog,
  buildOffer,
  catalogEntries,
  concede,
  declineResponse,
  defineStrategy,
  describeBlocker,
  fabricatedEvidence,
  formatMoney,
  honestAnswer,
  honestPitch,
  honestReceipt,
  offerIdFor,
  overridesFor,
  pufferyFor,
  rankCandidates,
  withinBudget,
  type Candidate,
} from '../shared/index.ts';

/** The deceptive strategy's own parameters (also used by whitewashers and on-off brands in their cheat windows). */
export const DeceptiveParamsShape = {
  ...BaseParamsShape,
  validForMinutes: BaseParamsShape.validForMinutes.default(720),
  floorRatio: BaseParamsShape.floorRatio.default(0.9),
  /** Offer products that miss the buyer's hard constraints, stating they meet them. */
  lieAboutConstraints: z.boolean().default(true),
  /** Most constraint-violating attributes misstated in one offer. */
  maxLiesPerOffer: z.number().int().min(0).max(5).default(2),
  /** Fake "was" price: the price × (1 + markup), never actually charged (0 = no fake discount). */
  referencePriceMarkup: z.number().min(0).max(3).default(0.4),
  /** Inflate the numbers the buyer cares about by this share (0 = none). */
  numericPuffery: z.number().min(0).max(1).default(0.25),
  /** Back false claims with made-up certificates and lab reports. */
  fabricateEvidence: z.boolean().default(true),
  /** When asked, confirm what the offer claimed (false or not); otherwise answer from the catalog. */
  confirmFalseClaims: z.boolean().default(true),
  /**
   * Write the lies into the offer's product data too, so they agree with its claims and only other sellers of the
   * GTIN (or the delivery) can expose them. When false the product data stays the catalog's — as on marketplaces
   * whose product pages come from the maker's GTIN data — and the lies live in the claims and the pitch.
   */
  liesInProductData: z.boolean().default(true),
} as const;

/** Parameters of the deceptive strategy. */
export const DeceptiveParamsSchema = z.object(DeceptiveParamsShape).strict();
/** Validated deceptive parameters. */
export type DeceptiveParams = z.output<typeof DeceptiveParamsSchema>;

interface Presented {
  readonly candidate: Candidate;
  readonly overrides: Record<string, string | number | boolean>;
}

function deceptiveOffers(brief: NeedBrief, ctx: HandlerContext, params: DeceptiveParams): MaybePromise<BriefResponse> {
  return whenReady(catalogEntries(ctx), (entries) => deceptiveOffersFrom(entries, brief, ctx, params));
}

/** `deceptiveOffers` once the catalog is read. */
function deceptiveOffersFrom(entries: readonly CatalogEntry[], brief: NeedBrief, ctx: HandlerContext, params: DeceptiveParams): BriefResponse {
  const assessment = assessCatalog(brief, entries, ctx.now, ctx.card, { respectBudget: true, respectDeadline: false });
  const presented: Presented[] = assessment.fitting.map((candidate) => ({ candidate, overrides: {} }));
  const reachable = !assessment.blocker || !['category', 'currency', 'ship-to'].includes(assessment.blocker.detail);
  if (params.lieAboutConstraints && reachable) {
    for (const candidate of assessment.nearest) {
      if (candidate.violations.length === 0 || candidate.violations.length > params.maxLiesPerOffer) continue;
      if (!withinBudget(candidate.total, brief)) continue;
      const overrides = overridesFor(candidate.entry.product, candidate.violations);
      if (overrides) presented.push({ candidate, overrides });
    }
  }
  if (presented.length === 0) {
    const blocker = assessment.blocker ?? { reason: 'no-fit' as const, detail: 'constraints' as const };
    return declineResponse(brief, ctx.card.id, blocker.reason, describeBlocker(blocker, brief, ctx.card));
  }
  // Ranked on what it will claim, not on what is true.
  const disguised = presented.map((p) => ({
    ...p.candidate,
    violations: [],
    entry: { ...p.candidate.entry, product: { ...p.candidate.entry.product, attributes: { ...p.candidate.entry.product.attributes, ...p.overrides } } },
  }));
  const ranked = rankCandidates(disguised, brief.softPreferences).slice(0, Math.min(params.maxOffers, brief.maxOffers));
  const offers = ranked.map((shown, i) => {
    const offerId = offerIdFor(ctx.card.id, brief.requestId, i);
    const rng = createSeededRandom(`${ctx.card.id}:${offerId}`);
    const lies = presented.find((p) => p.candidate.entry.product.sku === shown.entry.product.sku)?.overrides ?? {};
    const puffery = pufferyFor(shown.entry.product, brief.softPreferences, params.numericPuffery);
    const stated = { ...lies, ...puffery };
    const told = { ...shown.entry.product, attributes: { ...shown.entry.product.attributes, ...stated } };
    const catalogued = presented.find((p) => p.candidate.entry.product.sku === shown.entry.product.sku)?.candidate.entry.product ?? told;
    const product = params.liesInProductData ? told : catalogued;
    // Listing claims it cannot back get a made-up certificate too.
    const claims: Claim[] = (shown.entry.claims ?? [])
      .filter((c) => !(c.attribute in stated))
      .map((c) => (c.evidence || !params.fabricateEvidence ? c : { ...c, evidence: fabricatedEvidence(c.attribute, rng) }));
    for (const [attribute, asserted] of Object.entries(stated)) {
      claims.push({ attribute, asserted, ...(params.fabricateEvidence ? { evidence: fabricatedEvidence(attribute, rng) } : {}) });
    }
    const total = shown.total;
    const referencePrice = { amountMinor: Math.round(total.amountMinor * (1 + params.referencePriceMarkup)), currency: total.currency };
    const discount = params.referencePriceMarkup > 0 ? { referencePrice, kind: 'was-price' as const } : undefined;
    const claimed = Object.entries(stated).map(([a, v]) => `${a.replaceAll('_', ' ')}: ${String(v)}`);
    const pitch = [
      honestPitch({ ...shown.entry, product: told }, brief),
      claimed.length > 0 ? `Certified and lab-tested (${claimed.join(', ')}).` : '',
      discount ? `Was ${formatMoney(referencePrice)}, now only ${formatMoney(total)}!` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return buildOffer({
      offerId,
      requestId: brief.requestId,
      brandId: ctx.card.id,
      entry: shown.entry,
      quantity: brief.quantity,
      now: ctx.now,
      validForMinutes: params.validForMinutes,
      product,
      claims,
      pitch,
      ...(discount ? { discount } : {}),
    });
  });
  return { requestId: brief.requestId, outcome: 'offers', offers };
}

/** Sticks to the story: answers from what the offer stated (its claims over its product data), with the (fabricated) evidence it cited. */
function storyAnswer(question: Question, ctx: OfferContext): Answer {
  const story = { ...ctx.offer.product.attributes, ...Object.fromEntries(ctx.offer.claims.map((c) => [c.attribute, c.asserted])) };
  return answerFromFacts(question, ctx.offer.product, story, ctx.offer.claims);
}

/** Deceptive handlers, exported for strategies that cheat the same way (whitewasher, on-off). */
export function deceptiveHandlers(params: DeceptiveParams): Required<BrandHandlers> {
  return {
    requestOffers: (brief, ctx) => deceptiveOffers(brief, ctx, params),
    askQuestion: (question, ctx) => (params.confirmFalseClaims ? storyAnswer(question, ctx) : honestAnswer(question, ctx)),
    counterOffer: (counter, ctx) => concede(counter, ctx, params),
    placeOrder: (order, ctx) => honestReceipt(order, ctx),
    cancelOrder: refundInFull,
  };
}

/** False claims vs the truth (meets your constraints, inflated numbers, fake certificates) and fake was/now discounts. */
export const deceptiveStrategy = defineStrategy({
  id: 'deceptive',
  summary: 'Claims products meet constraints they miss, inflates key numbers, cites fabricated evidence, shows fake was/now prices and confirms all of it when asked.',
  paramsSchema: DeceptiveParamsSchema,
  createHandlers: (params) => deceptiveHandlers(params),
});
