import { PROTOCOL_VERSION, exceedsBudget, type Answer, type HardConstraint, type Money, type Offer, type PricedPack } from '../../protocol/index.ts';
import { chooseQuestions } from './choose-questions.ts';
import { nextConcessionMove } from './concession-strategy.ts';
import { sameProductIdentity } from './same-product-identity.ts';
import type { CounterNoise } from './counter-noise.ts';
import { counterTarget } from './counter-target.ts';
import type { Exchange } from './exchange.ts';
import { negotiationMessageId } from './negotiation-message-id.ts';
import type { NegotiationPeer } from './negotiation-peer.ts';

/** How a negotiation on one offer ended. */
export type NegotiationOutcome =
  | { readonly kind: 'improved'; readonly from: Money; readonly to: Money }
  | { readonly kind: 'unchanged'; readonly reason: string }
  | { readonly kind: 'walked-away'; readonly reason: string };

/** The result of negotiating one offer: the best revision obtained, the answers, and every exchange. */
export interface NegotiatedOffer {
  readonly original: Offer;
  readonly offer: Offer;
  readonly outcome: NegotiationOutcome;
  readonly answers: ReadonlyArray<{ readonly attribute: string; readonly question: string; readonly answer: Answer }>;
  readonly exchanges: readonly Exchange[];
  readonly rounds: number;
}

/** Inputs of one negotiation. */
export interface NegotiateOfferInput {
  readonly peer: NegotiationPeer;
  readonly offer: Offer;
  readonly buyerId: string;
  /**
   * The key of the question and counter ids (the install secret, as for `buyerId`): the brand sees ids that carry none
   * of the butler's own names (`negotiationMessageId`).
   */
  readonly idKey: string;
  readonly hardConstraints: readonly HardConstraint[];
  /** The person's private ceiling; never sent, and only checked once negotiating is over (`walked-away`). */
  readonly budget: Money | undefined;
  /**
   * The ceiling this brand's brief carried (`budgetCeiling`, when the person's disclosure allows it): the only budget
   * the counters may react to, since the brand already knows it. Absent (the default): the budget was not disclosed.
   */
  readonly disclosedBudget?: Money | undefined;
  /** The request's comparable offers (all brands'), whose lowest unit price sets the counter target. */
  readonly market: readonly PricedPack[];
  /** The request's counter jitter, drawn from the person's secret (`counterNoise`). */
  readonly noise: CounterNoise;
  readonly timeoutMs: number;
  /**
   * What is left of the brand's time in this request, in ms (agent/butler/brand-time-budget.ts): each call's timeout is
   * cut to it, and once it is spent no further call is made (what was not asked stays unchecked). Unbounded when absent.
   */
  readonly timeLeftMs?: (() => number) | undefined;
  readonly now: () => Date;
  /** Whether to haggle on price (questions are always asked when the brand answers questions). */
  readonly haggle: boolean;
}

/** The last time stamped and its ISO text: a fixed or coarse clock stamps many exchanges with the same instant. */
let lastStampMs = Number.NaN;
let lastStamp = '';

/** `date.toISOString()`, written once per distinct instant. */
function isoTime(date: Date): string {
  const ms = date.getTime();
  if (ms !== lastStampMs) {
    lastStamp = date.toISOString();
    lastStampMs = ms;
  }
  return lastStamp;
}

/** The next call's timeout: the brand's own, cut to its time left in the request (0: no more calls). */
function callTimeout(input: NegotiateOfferInput): number {
  return input.timeLeftMs === undefined ? input.timeoutMs : Math.max(0, Math.min(input.timeoutMs, Math.floor(input.timeLeftMs())));
}

/** Why the butler walked away when even the market's lowest price for the offer's size is over the budget. */
const OVER_BUDGET_AT_MARKET = "the price stayed above your budget: even the market's lowest price for this size is above it";

/** The outcome of a negotiation the brand's time for the request cut short. */
export const OUT_OF_TIME: Extract<NegotiationOutcome, { kind: 'unchanged' }> = { kind: 'unchanged', reason: 'the brand ran out of time for this request: what it was not asked stays unchecked' };

/** Whether a negotiation ended because the brand's time for the request ran out (`OUT_OF_TIME`). */
export function isOutOfTime(outcome: NegotiationOutcome): boolean {
  return outcome.kind === 'unchanged' && outcome.reason === OUT_OF_TIME.reason;
}

/**
 * Checks key claims with questions, then haggles toward the market price with a bounded concession strategy. Stops on
 * max rounds, no movement, a final offer, a reject, any failure, or the brand's time for the request running out.
 * Whether the price fits the private budget is decided after negotiating (`walked-away`), so what the brand sees
 * (questions, whether it is countered, at what price, for how many rounds) never depends on a budget it was not told.
 */
export async function negotiateOffer(input: NegotiateOfferInput): Promise<NegotiatedOffer> {
  const { peer, buyerId } = input;
  const exchanges: Exchange[] = [];
  const answers: Array<{ attribute: string; question: string; answer: Answer }> = [];
  const brandId = input.offer.brandId;
  let outOfTime = false;

  if (peer.supports('questions')) {
    for (const [i, planned] of chooseQuestions(input.offer, input.hardConstraints).entries()) {
      const question = {
        protocolVersion: PROTOCOL_VERSION,
        questionId: negotiationMessageId(input.idKey, 'question', brandId, input.offer.offerId, i + 1),
        requestId: input.offer.requestId,
        offerId: input.offer.offerId,
        buyerId,
        attribute: planned.attribute,
        text: planned.text,
      };
      const timeoutMs = callTimeout(input);
      if (timeoutMs === 0) {
        outOfTime = true;
        break;
      }
      exchanges.push({ kind: 'question', brandId, at: isoTime(input.now()), message: question });
      const started = Date.now();
      const result = await peer.askQuestion(question, timeoutMs);
      if (!result.ok) {
        exchanges.push({ kind: 'failure', brandId, at: isoTime(input.now()), step: 'ask_question', error: result.error, elapsedMs: Date.now() - started });
        break;
      }
      exchanges.push({ kind: 'answer', brandId, at: isoTime(input.now()), message: result.value });
      answers.push({ attribute: planned.attribute, question: planned.text, answer: result.value });
    }
  }

  let current = input.offer;
  let lastProposal: Money | undefined;
  let rounds = 0;
  let outcome: NegotiationOutcome = { kind: 'unchanged', reason: 'no negotiation needed' };
  if (input.haggle && peer.supports('counters')) {
    const target = counterTarget(input.offer, input.market, input.noise.targetShare);
    for (let round = 1; ; round++) {
      const move = nextConcessionMove({
        currentPrice: current.price,
        target,
        openingDiscount: input.noise.openingDiscount,
        disclosedBudget: input.disclosedBudget,
        round,
        lastProposal,
      });
      if (move.kind === 'accept') {
        outcome = { kind: 'unchanged', reason: 'price already acceptable' };
        break;
      }
      if (move.kind === 'stop') {
        outcome = move.reason === 'over-budget' ? { kind: 'walked-away', reason: OVER_BUDGET_AT_MARKET } : { kind: 'unchanged', reason: 'reached the round limit' };
        break;
      }
      const counter = {
        protocolVersion: PROTOCOL_VERSION,
        counterId: negotiationMessageId(input.idKey, 'counter', brandId, input.offer.offerId, round),
        requestId: input.offer.requestId,
        offerId: input.offer.offerId,
        buyerId,
        round,
        inReplyTo: current.offerId,
        proposedPrice: move.price,
      };
      const timeoutMs = callTimeout(input);
      if (timeoutMs === 0) {
        outOfTime = true;
        break;
      }
      exchanges.push({ kind: 'counter', brandId, at: isoTime(input.now()), message: counter });
      const started = Date.now();
      const result = await peer.counterOffer(counter, timeoutMs);
      rounds = round;
      lastProposal = move.price;
      if (!result.ok) {
        exchanges.push({ kind: 'failure', brandId, at: isoTime(input.now()), step: 'counter_offer', error: result.error, elapsedMs: Date.now() - started });
        outcome = { kind: 'unchanged', reason: `the brand stopped negotiating (${result.error.code})` };
        break;
      }
      exchanges.push({ kind: 'counter-result', brandId, at: isoTime(input.now()), message: result.value });
      const revised = result.value.offer;
      // A revision must stay the same product, quantity and currency, on terms no worse (a cent off for no returns,
      // no warranty and a slower delivery is not a concession); anything else is a re-pitch, not a concession. The same
      // product is the same SKU of the same model: a cheaper revision under the SKU but with another GTIN, title, maker
      // or category would be shown to the person as a discount on what they were offered. (Attributes that change in a
      // revision are caught by the scorers as 'revision-changed-product' and weighed against the brand.) Nor may it be
      // orderable for less time: a cent off an offer valid two days, valid one millisecond (or already past), replaced a
      // deal the person could take with one they could not, and left them nothing to buy.
      const sameDeal =
        revised !== undefined &&
        revised.product.sku === current.product.sku &&
        sameProductIdentity(revised, current) &&
        revised.quantity === current.quantity &&
        revised.price.currency === current.price.currency &&
        revised.terms.deliveryDays <= current.terms.deliveryDays &&
        revised.terms.returnDays >= current.terms.returnDays &&
        revised.terms.warrantyMonths >= current.terms.warrantyMonths &&
        Date.parse(revised.validUntil) >= Date.parse(current.validUntil);
      const moved = sameDeal && revised.price.amountMinor < current.price.amountMinor;
      if (sameDeal && revised.price.amountMinor <= current.price.amountMinor) current = revised;
      if (result.value.outcome === 'accept' || result.value.outcome === 'final-offer' || result.value.outcome === 'reject' || !moved) {
        break;
      }
    }
    // Eligibility is decided here, after negotiating, never during it (so the counters cannot reveal the budget).
    if (exceedsBudget(current.price, input.budget)) {
      outcome = { kind: 'walked-away', reason: exceedsBudget(target, input.budget) ? OVER_BUDGET_AT_MARKET : 'the price stayed above your budget' };
    } else if (current.price.amountMinor < input.offer.price.amountMinor) {
      outcome = { kind: 'improved', from: input.offer.price, to: current.price };
    } else if (outcome.kind === 'unchanged' && outcome.reason === 'no negotiation needed') {
      outcome = { kind: 'unchanged', reason: 'the brand did not move' };
    }
  }
  // A price still moved or over the budget says more; otherwise the person learns the checks were cut short.
  if (outOfTime && outcome.kind === 'unchanged') outcome = OUT_OF_TIME;
  return { original: input.offer, offer: current, outcome, answers, exchanges, rounds };
}
