import type { Answer, Capability, Counter, CounterResult, Question } from '../../protocol/index.ts';
import type { BrandCallResult } from '../transport/index.ts';

/** What negotiation needs from a brand connection (BrandClient satisfies it; tests can pass fakes). */
export interface NegotiationPeer {
  supports(capability: Capability): boolean;
  askQuestion(question: Question, timeoutMs?: number): Promise<BrandCallResult<Answer>>;
  counterOffer(counter: Counter, timeoutMs?: number): Promise<BrandCallResult<CounterResult>>;
}
