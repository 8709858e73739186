// Public API of negotiation: questions to check claims, bounded concessions, every exchange recorded.
export { isOutOfTime, negotiateOffer, OUT_OF_TIME } from './negotiate-offer.ts';
export { negotiationMessageId } from './negotiation-message-id.ts';
export { sameProductIdentity } from './same-product-identity.ts';
export type { NegotiatedOffer, NegotiateOfferInput, NegotiationOutcome } from './negotiate-offer.ts';
export { nextConcessionMove, CONCESSION } from './concession-strategy.ts';
export { counterTarget } from './counter-target.ts';
export { counterNoise, COUNTER_NOISE } from './counter-noise.ts';
export type { CounterNoise } from './counter-noise.ts';
export type { ConcessionMove, ConcessionState } from './concession-strategy.ts';
export { chooseQuestions } from './choose-questions.ts';
export type { PlannedQuestion } from './choose-questions.ts';
export { ExchangeSchema } from './exchange.ts';
export type { Exchange } from './exchange.ts';
export type { NegotiationPeer } from './negotiation-peer.ts';
