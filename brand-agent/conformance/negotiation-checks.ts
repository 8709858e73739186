import { PROTOCOL_LIMITS, PROTOCOL_TOOLS, PROTOCOL_VERSION, type Counter, type Offer } from '../../protocol/index.ts';
import { describeOutcome } from './brand-probe.ts';
import { fail, pass } from './check-verdict.ts';
import type { ConformanceCheck } from './conformance-check.ts';
import type { ConformanceContext } from './conformance-context.ts';
import { expectBusinessError, parseAnswer, protocolCodeOf } from './outcome-verdicts.ts';

/** A counter proposing 5% off the original offer, in a given round, answering a given revision. */
function counterFor(ctx: ConformanceContext, offer: Offer, round: number, inReplyTo: string): Counter {
  return {
    protocolVersion: PROTOCOL_VERSION,
    counterId: ctx.nextId('counter'),
    requestId: offer.requestId,
    offerId: offer.offerId,
    buyerId: ctx.buyerId,
    round,
    inReplyTo,
    proposedPrice: { amountMinor: Math.floor(offer.price.amountMinor * 0.95), currency: offer.price.currency },
  };
}

/** Checks on questions and multi-round counters. */
export const negotiationChecks: readonly ConformanceCheck[] = [
  {
    id: 'question.issued-offer',
    title: 'A question about an issued offer gets a valid Answer echoing its ids',
    capability: 'questions',
    run: (ctx) =>
      ctx.withOffer(async (offer) => {
        const attribute = Object.keys(offer.product.attributes)[0];
        const questionId = ctx.nextId('question');
        const outcome = await ctx.call(PROTOCOL_TOOLS.askQuestion.name, {
          protocolVersion: PROTOCOL_VERSION,
          questionId,
          requestId: offer.requestId,
          offerId: offer.offerId,
          buyerId: ctx.buyerId,
          ...(attribute ? { attribute } : {}),
          text: attribute ? `What is the ${attribute} of this product?` : 'Can you tell me more about this product?',
        });
        const answer = parseAnswer(outcome, PROTOCOL_TOOLS.askQuestion.output, 'answer');
        if (!answer.ok) return fail(answer.reason);
        if (answer.value.questionId !== questionId || answer.value.offerId !== offer.offerId) {
          return fail(`the answer names question ${answer.value.questionId} / offer ${answer.value.offerId}`);
        }
        return pass(`answered "${answer.value.stance}" with ${answer.value.claims.length} claim(s)`);
      }),
  },
  {
    id: 'question.unknown-offer',
    title: 'A question about an unknown offer gets the business error UNKNOWN_OFFER',
    capability: 'questions',
    async run(ctx) {
      const outcome = await ctx.call(PROTOCOL_TOOLS.askQuestion.name, {
        protocolVersion: PROTOCOL_VERSION,
        questionId: ctx.nextId('question'),
        requestId: ctx.nextId('req'),
        offerId: ctx.nextId('no-such-offer'),
        buyerId: ctx.buyerId,
        text: 'Is this product waterproof?',
      });
      return expectBusinessError(outcome, 'UNKNOWN_OFFER', 'question on an unknown offer');
    },
  },
  {
    id: 'counter.first-round',
    title: 'A round-1 counter gets a valid CounterResult with matching round and inReplyTo',
    capability: 'counters',
    run: (ctx) =>
      ctx.withOffer(async (offer, card) => {
        const counter = counterFor(ctx, offer, 1, offer.offerId);
        const result = parseAnswer(await ctx.call(PROTOCOL_TOOLS.counterOffer.name, counter), PROTOCOL_TOOLS.counterOffer.output, 'counter round 1');
        if (!result.ok) return fail(result.reason);
        const r = result.value;
        if (r.counterId !== counter.counterId || r.inReplyTo !== counter.counterId) return fail(`the result answers counter ${r.counterId} / inReplyTo ${r.inReplyTo}`);
        if (r.round !== 1) return fail(`the result is for round ${r.round}, not 1`);
        if (r.offer) {
          if (r.offer.brandId !== card.id || r.offer.requestId !== offer.requestId) return fail('the revised offer belongs to another brand or request');
          if (r.offer.inReplyTo !== undefined && r.offer.inReplyTo !== counter.counterId) return fail(`the revised offer answers ${r.offer.inReplyTo}`);
        }
        return pass(`outcome "${r.outcome}"${r.offer ? ` with revised offer ${r.offer.offerId}` : ''}`);
      }),
  },
  {
    id: 'counter.out-of-sequence',
    title: 'A counter that skips rounds is refused with a typed error',
    capability: 'counters',
    run: (ctx) =>
      ctx.withOffer(async (offer) => {
        const outcome = await ctx.call(PROTOCOL_TOOLS.counterOffer.name, counterFor(ctx, offer, 3, offer.offerId));
        const code = protocolCodeOf(outcome);
        if (code !== undefined) return pass(`round 3 before round 1 refused with ${describeOutcome(outcome)}`);
        return fail(`round 3 before round 1: expected a typed refusal, got ${describeOutcome(outcome)}`);
      }),
  },
  {
    id: 'counter.round-limit',
    title: `Rounds 1–${PROTOCOL_LIMITS.maxCounterRounds} are answered and round ${PROTOCOL_LIMITS.maxCounterRounds + 1} is refused with ROUND_LIMIT_EXCEEDED`,
    capability: 'counters',
    run: (ctx) =>
      ctx.withOffer(async (offer) => {
        const max = PROTOCOL_LIMITS.maxCounterRounds;
        let latest = offer.offerId;
        let closedAt: number | undefined;
        for (let round = 1; round <= max; round++) {
          const outcome = await ctx.call(PROTOCOL_TOOLS.counterOffer.name, counterFor(ctx, offer, round, latest));
          const result = parseAnswer(outcome, PROTOCOL_TOOLS.counterOffer.output, `round ${round}`);
          if (result.ok) {
            if (result.value.round !== round) return fail(`round ${round} was answered as round ${result.value.round}`);
            latest = result.value.offer?.offerId ?? latest;
            continue;
          }
          // Closing a negotiation is a legitimate business answer; the limit is then checked on the next round.
          if (protocolCodeOf(outcome) === 'NEGOTIATION_CLOSED' && outcome.kind === 'result') {
            closedAt = round;
            break;
          }
          return fail(`round ${round} of ${max} was not answered: ${result.reason}`);
        }
        const beyond = await ctx.call(PROTOCOL_TOOLS.counterOffer.name, counterFor(ctx, offer, max + 1, latest));
        const verdict = expectBusinessError(beyond, 'ROUND_LIMIT_EXCEEDED', `round ${max + 1}`);
        if (verdict.status === 'pass' || closedAt === undefined) return verdict;
        const closed = expectBusinessError(beyond, 'NEGOTIATION_CLOSED', `round ${max + 1}`);
        return closed.status === 'pass' ? pass(`negotiation closed at round ${closedAt}; round ${max + 1} refused with NEGOTIATION_CLOSED`) : verdict;
      }),
  },
];
