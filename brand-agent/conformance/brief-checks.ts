import { z } from 'zod';
import { MoneySchema, PROTOCOL_LIMITS, PROTOCOL_TOOLS, shortenId, TimestampSchema, type BrandCard } from '../../protocol/index.ts';
import { describeOutcome } from './brand-probe.ts';
import { fail, pass, skip, type CheckVerdict } from './check-verdict.ts';
import type { ConformanceCheck } from './conformance-check.ts';
import { describeBriefAnswer, type ConformanceContext, type SweepEntry } from './conformance-context.ts';
import { expectFault } from './outcome-verdicts.ts';

// Loose views of an answer, so each offer check judges only its own field even when the rest is malformed.
const LooseAnswerSchema = z.looseObject({ offers: z.array(z.unknown()).optional(), decline: z.unknown().optional() });
const LooseOfferSchema = z.looseObject({
  offerId: z.unknown().optional(),
  brandId: z.unknown().optional(),
  price: z.unknown().optional(),
  validUntil: z.unknown().optional(),
  discount: z.unknown().optional(),
});
type LooseOffer = z.infer<typeof LooseOfferSchema>;

function offersIn(entries: readonly SweepEntry[]): { offers: LooseOffer[]; declines: unknown[] } {
  const offers: LooseOffer[] = [];
  const declines: unknown[] = [];
  for (const entry of entries) {
    if (entry.outcome.kind !== 'result' || entry.outcome.isError) continue;
    const answer = LooseAnswerSchema.safeParse(entry.outcome.structured);
    if (!answer.success) continue;
    for (const raw of answer.data.offers ?? []) {
      const offer = LooseOfferSchema.safeParse(raw);
      if (offer.success) offers.push(offer.data);
    }
    if (answer.data.decline !== undefined) declines.push(answer.data.decline);
  }
  return { offers, declines };
}

/** An offer's id as the report names it: whole when short, else its beginning and a hash of the whole id, never cut. */
function labelOf(offer: LooseOffer): string {
  return typeof offer.offerId === 'string' ? shortenId(offer.offerId, 60) : '(offer without id)';
}

/** Runs a per-offer rule over every offer the category sweep produced. */
async function everyOffer(
  ctx: ConformanceContext,
  card: BrandCard,
  rule: (offer: LooseOffer, card: BrandCard) => string | undefined,
  summary: (count: number) => string,
): Promise<CheckVerdict> {
  const { offers } = offersIn(await ctx.sweep(card));
  if (offers.length === 0) return fail('no offer came back for any category, even to unconstrained briefs');
  const problems = offers.map((o) => rule(o, card)).filter((p): p is string => p !== undefined);
  if (problems.length > 0) return fail(`${problems.length} of ${offers.length} offers: ${problems.slice(0, 2).join('; ')}`);
  return pass(summary(offers.length));
}

/** Checks on answering need briefs: validity, offer consistency, and typed refusals of bad briefs. */
export const briefChecks: readonly ConformanceCheck[] = [
  {
    id: 'brief.valid-per-category',
    title: 'A valid brief in each card category gets a valid BriefResponse for that request',
    capability: 'offers',
    run: (ctx) =>
      ctx.withCard(async (card) => {
        const entries = await ctx.sweep(card);
        const firstPerCategory = card.categories.map((c) => entries.find((e) => e.category === c)!);
        const broken = firstPerCategory.filter((e) => !e.answer.ok);
        if (broken.length > 0) return fail(broken.map((e) => `${e.category}: ${describeBriefAnswer(e)}`).join('; '));
        return pass(firstPerCategory.map((e) => `${e.category}: ${describeBriefAnswer(e)}`).join('; '));
      }),
  },
  {
    id: 'offer.brand',
    title: 'Offers and declines name the brand of the card',
    capability: 'offers',
    run: (ctx) =>
      ctx.withCard(async (card) => {
        const { declines } = offersIn(await ctx.sweep(card));
        const wrongDeclines = declines.filter((d) => (d as { brandId?: unknown } | null)?.brandId !== card.id);
        if (wrongDeclines.length > 0) return fail(`${wrongDeclines.length} decline(s) do not name brand ${card.id}`);
        return everyOffer(
          ctx,
          card,
          (o) => (o.brandId === card.id ? undefined : `${labelOf(o)} names brand ${String(o.brandId)}`),
          (n) => `${n} offers and ${declines.length} declines name ${card.id}`,
        );
      }),
  },
  {
    id: 'offer.valid-until',
    title: 'Offers are valid until a time in the future',
    capability: 'offers',
    run: (ctx) =>
      ctx.withCard((card) =>
        everyOffer(
          ctx,
          card,
          (o) => {
            const at = TimestampSchema.safeParse(o.validUntil);
            if (!at.success) return `${labelOf(o)} has no valid validUntil timestamp`;
            return Date.parse(at.data) > ctx.now().getTime() ? undefined : `${labelOf(o)} expired at ${at.data}`;
          },
          (n) => `${n} offers valid until a future time`,
        ),
      ),
  },
  {
    id: 'offer.currency',
    title: "Offer prices are integer minor units in one of the card's currencies",
    capability: 'offers',
    run: (ctx) =>
      ctx.withCard((card) =>
        everyOffer(
          ctx,
          card,
          (o, c) => {
            const price = MoneySchema.safeParse(o.price);
            if (!price.success) return `${labelOf(o)} has no valid price`;
            return c.currencies.includes(price.data.currency) ? undefined : `${labelOf(o)} is priced in ${price.data.currency}, not ${c.currencies.join('/')}`;
          },
          (n) => `${n} offers priced in ${card.currencies.join('/')}`,
        ),
      ),
  },
  {
    id: 'offer.discount',
    title: 'A claimed discount has a reference price above the price, in the same currency',
    capability: 'offers',
    run: (ctx) =>
      ctx.withCard(async (card) => {
        const { offers } = offersIn(await ctx.sweep(card));
        const discounted = offers.filter((o) => o.discount !== undefined);
        if (discounted.length === 0) return skip(`none of ${offers.length} offers claims a discount`);
        const problems: string[] = [];
        for (const o of discounted) {
          const price = MoneySchema.safeParse(o.price);
          const reference = MoneySchema.safeParse((o.discount as { referencePrice?: unknown } | null)?.referencePrice);
          if (!price.success || !reference.success) problems.push(`${labelOf(o)} has an unreadable price or reference price`);
          else if (reference.data.currency !== price.data.currency) problems.push(`${labelOf(o)} reference price in ${reference.data.currency}`);
          else if (reference.data.amountMinor <= price.data.amountMinor) problems.push(`${labelOf(o)} reference ${reference.data.amountMinor} is not above price ${price.data.amountMinor}`);
        }
        if (problems.length > 0) return fail(problems.slice(0, 2).join('; '));
        return pass(`${discounted.length} discounted offers have a higher reference price`);
      }),
  },
  {
    id: 'brief.unsatisfiable',
    title: 'A brief nothing can satisfy gets a decline or valid offers, never an error',
    capability: 'offers',
    run: (ctx) =>
      ctx.withCard(async (card) => {
        const brief = ctx.brief(card, card.categories[0]!, 'unsatisfiable');
        const { outcome, answer } = await ctx.sendBrief(brief);
        if (!answer.ok) return fail(outcome.kind === 'result' && !outcome.isError ? answer.reason : `expected a decline, got ${describeOutcome(outcome)}`);
        return pass(answer.value.outcome === 'decline' ? `declined (${answer.value.decline?.reason ?? '?'})` : `${answer.value.offers.length} valid offer(s) despite the constraints`);
      }),
  },
  {
    id: 'brief.malformed',
    title: 'A malformed brief is refused with INVALID_PAYLOAD (JSON-RPC error)',
    capability: 'offers',
    run: (ctx) =>
      ctx.withCard(async (card) => {
        const brief = { ...ctx.brief(card, card.categories[0]!, 'guided'), quantity: -3, requestId: 'not a valid id!' };
        return expectFault(await ctx.call(PROTOCOL_TOOLS.requestOffers.name, brief), 'INVALID_PAYLOAD', 'malformed brief');
      }),
  },
  {
    id: 'brief.oversized',
    title: `A brief over ${PROTOCOL_LIMITS.maxPayloadBytes / 1024} KB is refused with PAYLOAD_TOO_LARGE, and the brand keeps answering`,
    capability: 'offers',
    run: (ctx) =>
      ctx.withCard(async (card) => {
        const brief = { ...ctx.brief(card, card.categories[0]!, 'guided'), padding: 'x'.repeat(PROTOCOL_LIMITS.maxPayloadBytes + 16 * 1024) };
        const outcome = await ctx.call(PROTOCOL_TOOLS.requestOffers.name, brief);
        // A server may also refuse the body at the HTTP layer before the agent sees it.
        const refusedByHttp = outcome.kind === 'broken' && /\b413\b|PAYLOAD_TOO_LARGE/.test(outcome.message);
        const verdict = refusedByHttp ? pass('refused at the HTTP layer with 413') : expectFault(outcome, 'PAYLOAD_TOO_LARGE', 'oversized brief');
        if (verdict.status !== 'pass') return verdict;
        const after = await ctx.sendBrief(ctx.brief(card, card.categories[0]!, 'guided'));
        if (!after.answer.ok) return fail(`after the oversized brief the brand no longer answers: ${after.answer.reason}`);
        return verdict;
      }),
  },
  {
    id: 'brief.wrong-version',
    title: 'A brief written in protocol 2.0 is refused with UNSUPPORTED_VERSION (JSON-RPC error)',
    capability: 'offers',
    run: (ctx) =>
      ctx.withCard(async (card) => {
        const brief = { ...ctx.brief(card, card.categories[0]!, 'guided'), protocolVersion: '2.0' };
        return expectFault(await ctx.call(PROTOCOL_TOOLS.requestOffers.name, brief), 'UNSUPPORTED_VERSION', 'brief in 2.0');
      }),
  },
];

