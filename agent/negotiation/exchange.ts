import { z } from 'zod';
import {
  AnswerSchema,
  BriefResponseSchema,
  CounterResultSchema,
  CounterSchema,
  NeedBriefSchema,
  QuestionSchema,
} from '../../protocol/index.ts';

const base = { brandId: z.string(), at: z.string() };

/** One message exchanged with a brand, kept so every negotiation can be replayed and audited. */
export const ExchangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('brief'), ...base, message: NeedBriefSchema }),
  z.object({ kind: z.literal('brief-response'), ...base, message: BriefResponseSchema, elapsedMs: z.number() }),
  z.object({ kind: z.literal('question'), ...base, message: QuestionSchema }),
  z.object({ kind: z.literal('answer'), ...base, message: AnswerSchema }),
  z.object({ kind: z.literal('counter'), ...base, message: CounterSchema }),
  z.object({ kind: z.literal('counter-result'), ...base, message: CounterResultSchema }),
  z.object({
    kind: z.literal('failure'),
    ...base,
    step: z.string(),
    error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }),
    elapsedMs: z.number(),
  }),
]);

/** One recorded exchange (the brief as sent: defaults may be absent). */
export type Exchange = z.input<typeof ExchangeSchema> & { readonly brandId: string };
