import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../protocol/index.ts';
import type { SimMode } from '../connections/brand-pool.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';

/** The layout version of a shard job's data. */
export const SHARD_JOB_FORMAT = 'majordome-sim-shard/1';

/** Where a shard sits in its study: seed, arm and consumer shard (indices), and how many shards the study has. */
export const ShardPlaceSchema = z.object({
  seed: z.number().int().nonnegative(),
  variant: z.number().int().nonnegative(),
  shard: z.number().int().nonnegative(),
});
/** Where a shard sits in its study. */
export type ShardPlace = z.infer<typeof ShardPlaceSchema>;

/** The data of one BullMQ job: one shard of one study, with what a worker needs to check it may run it. */
export const ShardJobSchema = z.object({
  format: z.literal(SHARD_JOB_FORMAT),
  study: z.string().min(1),
  codeVersion: z.string().min(1),
  scenarioHash: z.string().regex(/^[0-9a-f]{64}$/),
  place: ShardPlaceSchema,
  /** A readable name for logs: "seed 5 · arm base · consumers 0–3". */
  label: z.string(),
  /** The validated scenario (plain data); the worker re-validates it and checks its hash. */
  scenario: z.unknown(),
  /** Consumer indices from (inclusive) to (exclusive). */
  consumers: z.object({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative() }).refine((c) => c.to > c.from, 'an empty shard'),
  mode: z.enum(['fast', 'mcp']),
  events: z.boolean(),
  validateTrustEvents: z.boolean(),
});
/** The data of one shard job. */
export type ShardJob = z.infer<typeof ShardJobSchema>;

/** The hash a worker checks a job's scenario against: SHA-256 of its canonical JSON (sorted keys, no rounding). */
export function scenarioHash(scenario: unknown): string {
  return createHash('sha256').update(canonicalJson(scenario)).digest('hex');
}

/** A job id: the study id, then the shard's place (BullMQ ids may not contain ':'). */
export function shardJobId(study: string, place: ShardPlace): string {
  return `${study}.s${place.seed}-v${place.variant}-c${place.shard}`;
}

/** Builds the job data of one shard. */
export function shardJob(input: {
  study: string;
  codeVersion: string;
  scenario: Scenario;
  hash: string;
  place: ShardPlace;
  label: string;
  consumers: readonly number[];
  mode: SimMode;
  events: boolean;
  validateTrustEvents: boolean;
}): ShardJob {
  return {
    format: SHARD_JOB_FORMAT,
    study: input.study,
    codeVersion: input.codeVersion,
    scenarioHash: input.hash,
    place: input.place,
    label: input.label,
    scenario: input.scenario,
    consumers: { from: input.consumers[0]!, to: input.consumers[input.consumers.length - 1]! + 1 },
    mode: input.mode,
    events: input.events,
    validateTrustEvents: input.validateTrustEvents,
  };
}
