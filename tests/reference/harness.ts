import { expect } from 'vitest';
import type { BrandAgentDefinition, HandlerContext, OfferContext } from '../../brand-agent/index.ts';
import {
  AnswerSchema,
  BriefResponseSchema,
  CAPABILITIES,
  CounterResultSchema,
  NeedBriefSchema,
  PROTOCOL_VERSION,
  ReceiptSchema,
  hashOfferTerms,
  hashReceiptTerms,
  type Answer,
  type BriefResponse,
  type CounterResult,
  type NeedBriefInput,
  type Offer,
  type Receipt,
  type Terms,
  type Money,
} from '../../protocol/index.ts';

/** A fixed "now" inside Quiet Corner's honest window (cycle starts 2026-01-05, 21 honest days then 7 cheating). */
export const NOW = new Date('2026-01-12T09:00:00.000Z');
/** A time inside Quiet Corner's cheating window. */
export const CHEAT_NOW = new Date('2026-01-28T09:00:00.000Z');

/**
 * Calls a definition's handlers directly, doing the SDK's bookkeeping (offer histories, round numbers) and checking
 * every output against the protocol schemas and the echo rules the SDK enforces.
 */
export class DirectBrand {
  private readonly histories = new Map<string, Offer[]>();
  private rounds = new Map<string, number>();
  private seq = 0;

  constructor(
    readonly definition: BrandAgentDefinition,
    public now: Date = NOW,
  ) {}

  context(): HandlerContext {
    return {
      now: this.now,
      catalog: this.definition.catalog,
      signal: new AbortController().signal,
      card: { ...this.definition.card, protocolVersion: PROTOCOL_VERSION, capabilities: [...CAPABILITIES] },
    };
  }

  private offerContext(offerId: string): OfferContext {
    const history = this.histories.get(offerId);
    const offer = history?.find((o) => o.offerId === offerId);
    if (!history || !offer) throw new Error(`unknown offer ${offerId}`);
    return { ...this.context(), offer, history };
  }

  async request(input: NeedBriefInput): Promise<BriefResponse> {
    const brief = NeedBriefSchema.parse(input);
    const raw = await this.definition.handlers.requestOffers(brief, this.context());
    const response = BriefResponseSchema.parse(raw);
    expect(response.requestId).toBe(brief.requestId);
    for (const offer of response.offers) {
      expect(offer.brandId).toBe(this.definition.card.id);
      expect(offer.round).toBe(0);
      this.histories.set(offer.offerId, [offer]);
      this.rounds.set(offer.offerId, 0);
    }
    expect(new Set(response.offers.map((o) => o.offerId)).size).toBe(response.offers.length);
    if (response.decline) expect(response.decline.brandId).toBe(this.definition.card.id);
    return response;
  }

  async ask(offer: Offer, text: string, attribute?: string): Promise<Answer> {
    const handler = this.definition.handlers.askQuestion;
    if (!handler) throw new Error('no askQuestion');
    const questionId = `q-${++this.seq}`;
    const raw = await handler(
      { protocolVersion: PROTOCOL_VERSION, questionId, requestId: offer.requestId, offerId: offer.offerId, buyerId: 'buyer-1', text, ...(attribute ? { attribute } : {}) },
      this.offerContext(offer.offerId),
    );
    const answer = AnswerSchema.parse(raw);
    expect(answer.questionId).toBe(questionId);
    expect(answer.offerId).toBe(offer.offerId);
    return answer;
  }

  /** Counters the latest revision of `offer`'s negotiation. */
  async counter(offer: Offer, proposal: { price?: Money; terms?: Partial<Terms> }): Promise<CounterResult> {
    const handler = this.definition.handlers.counterOffer;
    if (!handler) throw new Error('no counterOffer');
    const history = this.histories.get(offer.offerId);
    const latest = history?.[history.length - 1];
    if (!history || !latest) throw new Error(`unknown offer ${offer.offerId}`);
    const rootId = history[0]?.offerId ?? offer.offerId;
    const round = (this.rounds.get(rootId) ?? 0) + 1;
    const counterId = `c-${++this.seq}`;
    const raw = await handler(
      {
        protocolVersion: PROTOCOL_VERSION,
        counterId,
        requestId: latest.requestId,
        offerId: rootId,
        buyerId: 'buyer-1',
        round,
        inReplyTo: latest.offerId,
        ...(proposal.price ? { proposedPrice: proposal.price } : {}),
        ...(proposal.terms ? { proposedTerms: proposal.terms } : {}),
      },
      { ...this.context(), offer: latest, history },
    );
    const result = CounterResultSchema.parse(raw);
    expect(result.counterId).toBe(counterId);
    expect(result.inReplyTo).toBe(counterId);
    expect(result.round).toBe(round);
    this.rounds.set(rootId, round);
    if (result.offer) {
      expect(result.offer.brandId).toBe(this.definition.card.id);
      expect(result.offer.requestId).toBe(latest.requestId);
      expect(result.offer.inReplyTo).toBe(counterId);
      const next = [...history, result.offer];
      this.histories.set(rootId, next);
      this.histories.set(result.offer.offerId, next);
    }
    return result;
  }

  async order(offer: Offer, options: { idempotencyKey?: string; maxAmount?: Money } = {}): Promise<Receipt> {
    const idempotencyKey = options.idempotencyKey ?? `idem-${offer.offerId.replace(/[^A-Za-z0-9]/g, '')}-0001`.slice(0, 120);
    const handler = this.definition.handlers.placeOrder;
    if (!handler) throw new Error('no placeOrder');
    const order = {
      protocolVersion: PROTOCOL_VERSION,
      idempotencyKey,
      requestId: offer.requestId,
      offerId: offer.offerId,
      buyerId: 'buyer-1',
      quantity: offer.quantity,
      mandate: {
        mandateId: `m-${this.seq++}`,
        offerId: offer.offerId,
        maxAmount: options.maxAmount ?? offer.price,
        expiresAt: new Date(this.now.getTime() + 3_600_000).toISOString(),
        termsHash: hashOfferTerms(offer),
        issuedAt: this.now.toISOString(),
      },
    };
    const raw = await handler(order, this.offerContext(offer.offerId));
    const receipt = ReceiptSchema.parse(raw);
    expect(receipt.offerId).toBe(offer.offerId);
    expect(receipt.idempotencyKey).toBe(idempotencyKey);
    expect(receipt.sku).toBe(offer.product.sku);
    expect(receipt.quantity).toBe(offer.quantity);
    expect(receipt.brandId).toBe(this.definition.card.id);
    expect(receipt.termsHash).toBe(hashReceiptTerms(receipt));
    return receipt;
  }
}
