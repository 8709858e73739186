import { z } from 'zod';
import type { ShardResult } from './run-shard.ts';

/** What a shard worker receives: the validated scenario (as plain data), its consumers and how to run. */
export const ShardWorkerInputSchema = z.object({
  entry: z.string(),
  scenario: z.unknown(),
  consumers: z.array(z.number().int().nonnegative()),
  mode: z.enum(['fast', 'mcp']),
  events: z.boolean(),
  validateTrustEvents: z.boolean(),
});
/** What a shard worker receives. */
export type ShardWorkerInput = z.infer<typeof ShardWorkerInputSchema>;

/** What a shard worker posts back: progress after each round, then its result or its failure. */
export type ShardWorkerMessage =
  | { readonly type: 'round'; readonly round: number; readonly decisions: number }
  | { readonly type: 'done'; readonly result: ShardResult }
  | { readonly type: 'failed'; readonly message: string; readonly code?: string };

/** The envelope of worker messages (the result itself comes from our own worker code and is structured-cloned). */
export const ShardWorkerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('round'), round: z.number().int(), decisions: z.number().int() }),
  z.object({ type: z.literal('done'), result: z.object({ tally: z.object({ rounds: z.array(z.unknown()) }).passthrough(), events: z.array(z.unknown()), heapUsedBytes: z.number() }).passthrough() }),
  z.object({ type: z.literal('failed'), message: z.string(), code: z.string().optional() }),
]);
