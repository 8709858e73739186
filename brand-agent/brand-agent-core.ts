import {
  CAPABILITIES,
  PROTOCOL_LIMITS,
  PROTOCOL_TOOLS,
  PROTOCOL_VERSION,
  ProtocolError,
  BrandCardSchema,
  hashReceiptTerms,
  negotiateProtocol,
  type Answer,
  type BrandCard,
  type BriefResponse,
  type CancelOrder,
  type Cancellation,
  type Capability,
  type CounterResult,
  type Hello,
  type HelloResult,
  type NeedBrief,
  type Offer,
  type Order,
  type OrderStatusRequest,
  type Question,
  type Counter,
  type Receipt,
  toolBindingByName,
  BoundedMap,
  keyFingerprint,
  readCardPublicKey,
  signKeyProof,
} from '../protocol/index.ts';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { checkMandate } from './check-mandate.ts';
import type { BrandAgentDefinition, HandlerContext, OfferContext } from './definition.ts';
import { fail, succeed, toProtocolError, type ToolOutcome } from './tool-outcome.ts';
import { validateIncoming, validateOutgoing } from './validate-message.ts';
import type { z } from 'zod';
import { answerNow, withTimeout, type LazySignal } from './with-timeout.ts';
import { isThenable, whenReady, type MaybePromise } from './when-ready.ts';
import { withDefaultAttributeSchemas } from './default-attribute-schemas.ts';

const DEFAULT_TIMEOUT_MS = 5_000;
const DEFAULT_MEMORY = 10_000;

/** How a core runs a brand's handler: `withTimeout` (behind a transport) or `answerNow` (for an in-process caller). */
type RunHandler = <T>(timeoutMs: number, label: string, run: (signal: LazySignal) => MaybePromise<T>) => MaybePromise<T>;

/** A tool's outcome once its answer is ready: at once when the answer already is. */
function settle(answer: MaybePromise<unknown>): MaybePromise<ToolOutcome> {
  return isThenable(answer) ? answer.then(succeed, (error: unknown) => fail(toProtocolError(error))) : succeed(answer);
}

interface StoredOrder {
  readonly fingerprint: string;
  readonly receipt: Promise<Receipt>;
  readonly buyerId: string;
  readonly order: Order;
}

function capabilitiesOf(definition: BrandAgentDefinition): Capability[] {
  if (definition.capabilities) return [...definition.capabilities];
  const h = definition.handlers;
  return CAPABILITIES.filter((c) => {
    if (c === 'offers' || c === 'decline') return true;
    if (c === 'questions') return h.askQuestion !== undefined;
    if (c === 'counters') return h.counterOffer !== undefined;
    if (c === 'cancellations') return h.placeOrder !== undefined && h.cancelOrder !== undefined;
    return h.placeOrder !== undefined;
  });
}

/** How a core treats its messages. */
export interface BrandAgentCoreOptions {
  /**
   * Validate every message in and out (size, protocol version, schema): on by default and always on behind a
   * transport. Off only for an in-process caller whose messages and whose brand's answers never cross a trust
   * boundary (the simulator's fast mode, benchmarks), where the simulator's tests show identical results either way.
   */
  readonly validateMessages?: boolean;
}

/**
 * The transport-free heart of a brand agent: validates every message in and out, keeps the bookkeeping
 * (issued offers, negotiation rounds, idempotent orders) and runs the brand's handlers under limits.
 */
export class BrandAgentCore {
  readonly card: BrandCard;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly clock: () => Date;
  private readonly signingKey: KeyObject | undefined;
  private readonly offers: BoundedMap<string, Offer[]>;
  private readonly rounds: BoundedMap<string, number>;
  private readonly orders: BoundedMap<string, StoredOrder>;
  /** Order id → the idempotency key it was placed under (set once its receipt is issued). */
  private readonly orderKeys: BoundedMap<string, string>;
  /** Order id → the first cancellation decision, replayed to every repeat. */
  private readonly cancellations: BoundedMap<string, Promise<Cancellation>>;

  private readonly validateMessages: boolean;
  /** The answer validated last on its way out and the JSON text its size was measured on (one slot, so nothing piles up). */
  private lastAnswer: unknown;
  private lastAnswerJson: string | undefined;

  constructor(
    private readonly definition: BrandAgentDefinition,
    options: BrandAgentCoreOptions = {},
  ) {
    this.validateMessages = options.validateMessages ?? true;
    const card = BrandCardSchema.safeParse({
      ...definition.card,
      attributeSchemas: withDefaultAttributeSchemas(definition.card),
      protocolVersion: PROTOCOL_VERSION,
      capabilities: capabilitiesOf(definition),
    });
    if (!card.success) {
      throw new ProtocolError('INVALID_OUTPUT', `invalid brand card: ${card.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    this.card = card.data;
    this.signingKey = definition.signingKey;
    if (this.signingKey !== undefined) {
      const cardKey = this.card.publicKey === undefined ? undefined : readCardPublicKey(this.card.publicKey);
      if (cardKey === undefined || keyFingerprint(cardKey) !== keyFingerprint(createPublicKey(this.signingKey))) {
        throw new ProtocolError('INVALID_OUTPUT', "invalid brand card: the signing key is not the card's Ed25519 publicKey");
      }
    }
    this.timeoutMs = definition.limits?.handlerTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxBytes = definition.limits?.maxPayloadBytes ?? PROTOCOL_LIMITS.maxPayloadBytes;
    const memory = definition.limits?.memoryEntries ?? DEFAULT_MEMORY;
    this.clock = definition.clock ?? (() => new Date());
    this.offers = new BoundedMap(memory);
    this.rounds = new BoundedMap(memory);
    this.orders = new BoundedMap(memory);
    this.orderKeys = new BoundedMap(memory);
    this.cancellations = new BoundedMap(memory);
  }

  /** The configured maximum message size in bytes. */
  get maxPayloadBytes(): number {
    return this.maxBytes;
  }

  /** Checks an incoming message (size, version, schema), unless this core's caller vouches for its messages. */
  private incoming<S extends z.ZodType>(schema: S, raw: unknown, maxBytes: number, toolName: string): z.infer<S> {
    return this.validateMessages ? validateIncoming(schema, raw, maxBytes, toolName) : (raw as z.infer<S>);
  }

  /** Checks a handler's answer (schema, size), unless this core's caller vouches for its handlers. */
  private outgoing<S extends z.ZodType>(schema: S, raw: unknown, maxBytes: number, toolName: string): z.infer<S> {
    if (!this.validateMessages) return raw as z.infer<S>;
    const { value, json } = validateOutgoing(schema, raw, maxBytes, toolName);
    this.lastAnswer = value;
    this.lastAnswerJson = json;
    return value;
  }

  /**
   * The JSON text of an outcome's message (exactly `JSON.stringify(outcome.value)`) when it is the answer this core
   * validated last, which it serialised to measure; handed on once, so a transport need not serialise it again.
   * Undefined otherwise (another call's answer was validated since, a failure, an answer that was not validated).
   */
  answerJson(outcome: ToolOutcome): string | undefined {
    const json = this.lastAnswerJson;
    if (!outcome.ok || json === undefined || this.lastAnswer !== outcome.value) return undefined;
    this.lastAnswer = undefined;
    this.lastAnswerJson = undefined;
    return json;
  }

  /** The binding of a tool this brand supports, or the protocol error a call to it gets. */
  private bindingOf(toolName: string): NonNullable<ReturnType<typeof toolBindingByName>> {
    const binding = toolBindingByName(toolName);
    if (!binding) throw new ProtocolError('UNKNOWN_TOOL', `unknown tool "${toolName}"`);
    if (binding.capability !== null && !this.card.capabilities.includes(binding.capability)) {
      throw new ProtocolError('CAPABILITY_NOT_SUPPORTED', `${this.card.name} does not support "${binding.capability}"`);
    }
    return binding;
  }

  /**
   * The one dispatch of a protocol tool, for `call` and `callInProcess` alike: the tool's binding (an unknown tool, a
   * capability the brand lacks), its arguments checked once (this trust boundary), its handler run (briefs, questions
   * and counters by `runHandler`; orders and cancellations always under a deadline, as they keep their pending receipts
   * for retries) and its answer checked. Throws a fault (or its promise rejects with one); the callers make it an outcome.
   */
  private dispatch(toolName: string, args: unknown, runHandler: RunHandler): MaybePromise<unknown> {
    const binding = this.bindingOf(toolName);
    switch (binding.name) {
      case PROTOCOL_TOOLS.hello.name:
        return this.hello(this.incoming(PROTOCOL_TOOLS.hello.input, args, this.maxBytes, toolName));
      case PROTOCOL_TOOLS.requestOffers.name:
        return this.requestOffers(this.incoming(PROTOCOL_TOOLS.requestOffers.input, args, this.maxBytes, toolName), runHandler);
      case PROTOCOL_TOOLS.askQuestion.name:
        return this.askQuestion(this.incoming(PROTOCOL_TOOLS.askQuestion.input, args, this.maxBytes, toolName), runHandler);
      case PROTOCOL_TOOLS.counterOffer.name:
        return this.counterOffer(this.incoming(PROTOCOL_TOOLS.counterOffer.input, args, this.maxBytes, toolName), runHandler);
      case PROTOCOL_TOOLS.placeOrder.name:
        return this.placeOrder(this.incoming(PROTOCOL_TOOLS.placeOrder.input, args, this.maxBytes, toolName));
      case PROTOCOL_TOOLS.getOrder.name:
        return this.getOrder(this.incoming(PROTOCOL_TOOLS.getOrder.input, args, this.maxBytes, toolName));
      case PROTOCOL_TOOLS.cancelOrder.name:
        return this.cancelOrder(this.incoming(PROTOCOL_TOOLS.cancelOrder.input, args, this.maxBytes, toolName));
      default:
        throw new ProtocolError('UNKNOWN_TOOL', `unknown tool "${toolName}"`);
    }
  }

  /** Runs one protocol tool by its MCP name on untrusted arguments, each handler under its deadline; never throws. */
  async call(toolName: string, args: unknown): Promise<ToolOutcome> {
    try {
      const answer = this.dispatch(toolName, args, withTimeout);
      // A synchronous answer (hello) is not awaited: the outcome is ready in the same turn, as it always was.
      return succeed(isThenable(answer) ? await answer : answer);
    } catch (error) {
      return fail(toProtocolError(error));
    }
  }

  /**
   * Runs one protocol tool like `call` (the same dispatch: same checks, bookkeeping and outcomes; never throws), for a
   * caller in this very process: briefs, questions and counters run their handler at once (`answerNow`), so a brand
   * whose handlers answer synchronously answers with the outcome itself, no promise; otherwise, and for orders and
   * cancellations, the promise of it. Every tool runs on this core's own memory (a `PartitionedBrandCore` routes only
   * `call` to the worker owning the buyer; nothing calls a partitioned core in process).
   */
  callInProcess(toolName: string, args: unknown): MaybePromise<ToolOutcome> {
    try {
      return settle(this.dispatch(toolName, args, answerNow));
    } catch (error) {
      return fail(toProtocolError(error));
    }
  }

  /** A handler's context plus `extra`; its `signal` is read through, so an unread signal is never made. */
  private context<E extends object>(signal: LazySignal, extra: E): HandlerContext & E {
    return {
      now: this.clock(),
      catalog: this.definition.catalog,
      get signal() {
        return signal();
      },
      card: this.card,
      ...extra,
    };
  }

  private offerContext(signal: LazySignal, offerId: string): OfferContext {
    const history = this.offers.get(offerId);
    const offer = history?.[history.length - 1];
    if (!history || !offer) throw new ProtocolError('UNKNOWN_OFFER', `offer ${offerId} is unknown to ${this.card.name}`);
    return this.context(signal, { offer, history });
  }

  private remember(offer: Offer, rootId: string): void {
    const history = this.offers.get(rootId) ?? [];
    const next = [...history, offer];
    this.offers.set(rootId, next);
    if (offer.offerId !== rootId) this.offers.set(offer.offerId, next);
  }

  private hello(hello: Hello): HelloResult {
    const agreed = negotiateProtocol({ protocolVersion: PROTOCOL_VERSION, capabilities: this.card.capabilities }, hello);
    const keyProof = this.signingKey !== undefined && hello.keyChallenge !== undefined ? signKeyProof(this.signingKey, this.card.id, hello.keyChallenge) : undefined;
    return { protocolVersion: agreed.protocolVersion, capabilities: [...agreed.capabilities], card: this.card, ...(keyProof === undefined ? {} : { keyProof }) };
  }

  private requestOffers(brief: NeedBrief, runHandler: RunHandler): MaybePromise<BriefResponse> {
    const tool = PROTOCOL_TOOLS.requestOffers.name;
    const raw = runHandler(this.timeoutMs, `${this.card.id}.${tool}`, (signal) => this.definition.handlers.requestOffers(brief, this.context(signal, {})));
    return whenReady(raw, (answer) => this.offersAnswered(brief, answer));
  }

  /** Checks a brief's answer and keeps its offers for questions, counters and orders. */
  private offersAnswered(brief: NeedBrief, raw: BriefResponse): BriefResponse {
    const tool = PROTOCOL_TOOLS.requestOffers.name;
    const response = this.outgoing(PROTOCOL_TOOLS.requestOffers.output, raw, this.maxBytes, tool);
    if (response.requestId !== brief.requestId) {
      throw new ProtocolError('INVALID_OUTPUT', `${tool}: the answer names request ${response.requestId}, not ${brief.requestId}`);
    }
    const ids = new Set<string>();
    for (const offer of response.offers) {
      if (offer.brandId !== this.card.id) throw new ProtocolError('INVALID_OUTPUT', `${tool}: offer ${offer.offerId} names brand ${offer.brandId}`);
      if (ids.has(offer.offerId)) throw new ProtocolError('INVALID_OUTPUT', `${tool}: duplicate offer id ${offer.offerId}`);
      ids.add(offer.offerId);
    }
    if (response.decline && response.decline.brandId !== this.card.id) {
      throw new ProtocolError('INVALID_OUTPUT', `${tool}: decline names brand ${response.decline.brandId}`);
    }
    for (const offer of response.offers) {
      this.offers.set(offer.offerId, [offer]);
      this.rounds.set(offer.offerId, 0);
    }
    return response;
  }

  private askQuestion(question: Question, runHandler: RunHandler): MaybePromise<Answer> {
    const tool = PROTOCOL_TOOLS.askQuestion.name;
    const handler = this.definition.handlers.askQuestion;
    if (!handler) throw new ProtocolError('CAPABILITY_NOT_SUPPORTED', `${this.card.name} does not answer questions`);
    const raw = runHandler(this.timeoutMs, `${this.card.id}.${tool}`, (signal) => handler(question, this.offerContext(signal, question.offerId)));
    return whenReady(raw, (answer) => this.questionAnswered(question, answer));
  }

  /** Checks a question's answer. */
  private questionAnswered(question: Question, raw: Answer): Answer {
    const tool = PROTOCOL_TOOLS.askQuestion.name;
    const answer = this.outgoing(PROTOCOL_TOOLS.askQuestion.output, raw, this.maxBytes, tool);
    if (answer.questionId !== question.questionId || answer.offerId !== question.offerId) {
      throw new ProtocolError('INVALID_OUTPUT', `${tool}: the answer does not echo the question and offer ids`);
    }
    return answer;
  }

  private counterOffer(counter: Counter, runHandler: RunHandler): MaybePromise<CounterResult> {
    const tool = PROTOCOL_TOOLS.counterOffer.name;
    const handler = this.definition.handlers.counterOffer;
    if (!handler) throw new ProtocolError('CAPABILITY_NOT_SUPPORTED', `${this.card.name} does not negotiate`);
    const history = this.offers.get(counter.offerId);
    const latest = history?.[history.length - 1];
    if (!history || !latest) throw new ProtocolError('UNKNOWN_OFFER', `offer ${counter.offerId} is unknown to ${this.card.name}`);
    const rootId = history[0]?.offerId ?? counter.offerId;
    const lastRound = this.rounds.get(rootId) ?? 0;
    if (counter.round > PROTOCOL_LIMITS.maxCounterRounds) {
      throw new ProtocolError('ROUND_LIMIT_EXCEEDED', `round ${counter.round} exceeds the limit of ${PROTOCOL_LIMITS.maxCounterRounds}`);
    }
    if (counter.round !== lastRound + 1) {
      throw new ProtocolError('INVALID_PAYLOAD', `${tool}: expected round ${lastRound + 1}, got ${counter.round}`, { expectedRound: lastRound + 1 });
    }
    if (counter.inReplyTo !== latest.offerId) {
      throw new ProtocolError('INVALID_PAYLOAD', `${tool}: inReplyTo must name the latest revision ${latest.offerId}`, { latest: latest.offerId });
    }
    const raw = runHandler(this.timeoutMs, `${this.card.id}.${tool}`, (signal) => handler(counter, this.context(signal, { offer: latest, history })));
    return whenReady(raw, (answer) => this.counterAnswered(counter, answer, latest, rootId));
  }

  /** Checks a counter's result and keeps its revised offer, `latest` being the revision countered (of root `rootId`). */
  private counterAnswered(counter: Counter, raw: CounterResult, latest: Offer, rootId: string): CounterResult {
    const tool = PROTOCOL_TOOLS.counterOffer.name;
    const result = this.outgoing(PROTOCOL_TOOLS.counterOffer.output, raw, this.maxBytes, tool);
    if (result.counterId !== counter.counterId || result.round !== counter.round) {
      throw new ProtocolError('INVALID_OUTPUT', `${tool}: the result does not echo the counter id and round`);
    }
    if (result.offer && (result.offer.brandId !== this.card.id || result.offer.requestId !== latest.requestId)) {
      throw new ProtocolError('INVALID_OUTPUT', `${tool}: the revised offer belongs to another brand or request`);
    }
    this.rounds.set(rootId, counter.round);
    if (result.offer) this.remember(result.offer, rootId);
    return result;
  }

  private async placeOrder(order: Order): Promise<Receipt> {
    const tool = PROTOCOL_TOOLS.placeOrder.name;
    const handler = this.definition.handlers.placeOrder;
    if (!handler) throw new ProtocolError('CAPABILITY_NOT_SUPPORTED', `${this.card.name} does not take orders`);
    const fingerprint = JSON.stringify([order.offerId, order.buyerId, order.quantity, order.mandate.termsHash]);
    const existing = this.orders.get(order.idempotencyKey);
    if (existing) {
      if (existing.fingerprint !== fingerprint) {
        throw new ProtocolError('IDEMPOTENCY_CONFLICT', 'this idempotency key was already used for a different order');
      }
      return existing.receipt;
    }
    const history = this.offers.get(order.offerId);
    const offer = history?.find((o) => o.offerId === order.offerId);
    if (!history || !offer) throw new ProtocolError('UNKNOWN_OFFER', `offer ${order.offerId} is unknown to ${this.card.name}`);
    checkMandate(order, offer, this.clock());
    const receipt = withTimeout(this.timeoutMs, `${this.card.id}.${tool}`, (signal) =>
      handler(order, this.context(signal, { offer, history })),
    ).then((raw) => {
      const r = this.outgoing(PROTOCOL_TOOLS.placeOrder.output, raw, this.maxBytes, tool);
      if (r.offerId !== order.offerId || r.idempotencyKey !== order.idempotencyKey || r.brandId !== this.card.id || r.quantity !== order.quantity) {
        throw new ProtocolError('INVALID_OUTPUT', `${tool}: the receipt does not echo the order`);
      }
      if (r.termsHash !== hashReceiptTerms(r)) throw new ProtocolError('INVALID_OUTPUT', `${tool}: the receipt terms hash does not match its own terms`);
      this.orderKeys.set(r.orderId, order.idempotencyKey);
      return r;
    });
    // Stored before it settles so a concurrent retry with the same key waits for this very order.
    this.orders.set(order.idempotencyKey, { fingerprint, receipt, buyerId: order.buyerId, order });
    try {
      return await receipt;
    } catch (error) {
      this.orders.delete(order.idempotencyKey);
      throw error;
    }
  }

  private async cancelOrder(request: CancelOrder): Promise<Cancellation> {
    const tool = PROTOCOL_TOOLS.cancelOrder.name;
    const handler = this.definition.handlers.cancelOrder;
    if (!handler) throw new ProtocolError('CAPABILITY_NOT_SUPPORTED', `${this.card.name} does not cancel orders`);
    const key = this.orderKeys.get(request.orderId);
    const stored = key === undefined ? undefined : this.orders.get(key);
    // Another buyer's order is reported exactly like a missing one: its existence is not the caller's business.
    if (!stored || stored.buyerId !== request.buyerId) throw new ProtocolError('UNKNOWN_ORDER', `no order ${request.orderId} for this buyer`);
    const earlier = this.cancellations.get(request.orderId);
    if (earlier) return earlier;
    const receipt = await stored.receipt;
    const decision = withTimeout(this.timeoutMs, `${this.card.id}.${tool}`, (signal) =>
      handler(request, this.context(signal, { order: stored.order, receipt })),
    ).then((raw) => {
      const c = this.outgoing(PROTOCOL_TOOLS.cancelOrder.output, raw, this.maxBytes, tool);
      if (c.orderId !== request.orderId || c.reason !== request.reason) {
        throw new ProtocolError('INVALID_OUTPUT', `${tool}: the answer does not echo the order id and reason`);
      }
      if (c.refund && (c.refund.currency !== receipt.charged.currency || c.refund.amountMinor > receipt.charged.amountMinor)) {
        throw new ProtocolError('INVALID_OUTPUT', `${tool}: the refund must be in ${receipt.charged.currency} and at most the ${receipt.charged.amountMinor} charged`, { path: 'refund' });
      }
      return c;
    });
    // Stored before it settles so a concurrent repeat gets this very decision.
    this.cancellations.set(request.orderId, decision);
    try {
      return await decision;
    } catch (error) {
      this.cancellations.delete(request.orderId);
      throw error;
    }
  }

  private async getOrder(request: OrderStatusRequest): Promise<Receipt> {
    const stored = this.orders.get(request.idempotencyKey);
    if (!stored || stored.buyerId !== request.buyerId) throw new ProtocolError('UNKNOWN_ORDER', 'no order with this idempotency key for this buyer');
    return stored.receipt;
  }
}
