import { z } from 'zod';
import type { BrandHandlers } from '../../definition.ts';
import { BaitAndSwitchParamsSchema, baitAndSwitchHandlers } from './bait-and-switch.ts';
import { DeceptiveParamsSchema, deceptiveHandlers } from './deceptive.ts';
import { HonestParamsSchema, honestStrategy } from './honest.ts';

/**
 * The parameters of a strategy that is sometimes honest and sometimes cheats (on-off by time, long-con by stake): how
 * it cheats, and the params of each behaviour.
 */
export const CheatBehavioursShape = {
  /** How it cheats: deceptive offers and answers, switched receipts, or both. */
  cheatWith: z.array(z.enum(['deceptive', 'bait-and-switch'])).min(1).default(['deceptive', 'bait-and-switch']),
  honest: HonestParamsSchema.prefault({}),
  deceptive: DeceptiveParamsSchema.prefault({}),
  baitAndSwitch: BaitAndSwitchParamsSchema.prefault({}),
} as const;

/** Validated `CheatBehavioursShape` params. */
export type CheatBehavioursParams = z.output<z.ZodObject<typeof CheatBehavioursShape>>;

/** The three sets of handlers such a strategy picks from: honest; what it offers and answers when cheating; what it receipts when cheating. */
export interface CheatBehaviours {
  readonly honest: Required<BrandHandlers>;
  readonly deceptive: Required<BrandHandlers>;
  readonly switching: Required<BrandHandlers>;
}

/** The behaviours of `params` (a way of cheating left out of `cheatWith` is honest). */
export function cheatBehaviours(params: CheatBehavioursParams): CheatBehaviours {
  const honest = honestStrategy.createHandlers(params.honest);
  const deceptive = params.cheatWith.includes('deceptive') ? deceptiveHandlers(params.deceptive) : honest;
  const switching = params.cheatWith.includes('bait-and-switch') ? baitAndSwitchHandlers(params.baitAndSwitch) : honest;
  return { honest, deceptive, switching };
}
