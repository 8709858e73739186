import type { z } from 'zod';
import type { BrandHandlers } from '../../definition.ts';
import type { StrategyId } from '../strategy-ids.ts';

/** Who a brand says it is; a whitewasher derives a fresh one per identity epoch. */
export interface BrandIdentity {
  readonly id: string;
  readonly name: string;
  readonly domain?: string;
  /** A public key shared by identities of one operator (links them). */
  readonly publicKey?: string;
}

/** A behaviour strategy: a zod-validated params object and the handlers it produces from them. */
export interface Strategy<Schema extends z.ZodType = z.ZodType> {
  readonly id: StrategyId;
  /** One sentence on what the strategy does. */
  readonly summary: string;
  readonly paramsSchema: Schema;
  /** The handlers for one brand; pure functions of message, context and params (randomness seeded from ids). */
  createHandlers(params: z.output<Schema>): Required<BrandHandlers>;
  /** The identity to present, when the strategy changes it (whitewashing). */
  identity?(base: BrandIdentity, params: z.output<Schema>): BrandIdentity;
}

/** Declares a strategy with its params type inferred from the schema. */
export function defineStrategy<Schema extends z.ZodType>(strategy: Strategy<Schema>): Strategy<Schema> {
  return strategy;
}
