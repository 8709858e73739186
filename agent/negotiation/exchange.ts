import type { Answer, BriefResponse, Counter, CounterResult, NeedBriefInput, Question } from '../../protocol/index.ts';
import type { BrandCallError } from '../transport/index.ts';

/** One message exchanged with a brand, kept so every negotiation can be replayed and audited. */
export type Exchange =
  | { readonly kind: 'brief'; readonly brandId: string; readonly at: string; readonly message: NeedBriefInput }
  | { readonly kind: 'brief-response'; readonly brandId: string; readonly at: string; readonly message: BriefResponse; readonly elapsedMs: number }
  | { readonly kind: 'question'; readonly brandId: string; readonly at: string; readonly message: Question }
  | { readonly kind: 'answer'; readonly brandId: string; readonly at: string; readonly message: Answer }
  | { readonly kind: 'counter'; readonly brandId: string; readonly at: string; readonly message: Counter }
  | { readonly kind: 'counter-result'; readonly brandId: string; readonly at: string; readonly message: CounterResult }
  | { readonly kind: 'failure'; readonly brandId: string; readonly at: string; readonly step: string; readonly error: BrandCallError; readonly elapsedMs: number };
