// The reference strategies and their parameter schemas, keyed by strategy id.
import type { z } from 'zod';
import type { Strategy } from '../shared/index.ts';
import type { StrategyId } from '../strategy-ids.ts';
import { baitAndSwitchStrategy } from './bait-and-switch.ts';
import { deceptiveStrategy } from './deceptive.ts';
import { honestDeclinerStrategy } from './honest-decliner.ts';
import { honestStrategy } from './honest.ts';
import { longConStrategy } from './long-con.ts';
import { onOffStrategy } from './on-off.ts';
import { promptInjectorStrategy } from './prompt-injector.ts';
import { pushyStrategy } from './pushy.ts';
import { whitewasherStrategy } from './whitewasher.ts';

/** Every strategy by id. */
export const STRATEGIES = {
  honest: honestStrategy,
  'honest-decliner': honestDeclinerStrategy,
  pushy: pushyStrategy,
  deceptive: deceptiveStrategy,
  'bait-and-switch': baitAndSwitchStrategy,
  'on-off': onOffStrategy,
  'prompt-injector': promptInjectorStrategy,
  whitewasher: whitewasherStrategy,
  'long-con': longConStrategy,
} as const satisfies Record<StrategyId, Strategy>;

/** The parameters a strategy accepts (defaults may be omitted). */
export type StrategyParamsInput<S extends StrategyId> = z.input<(typeof STRATEGIES)[S]['paramsSchema']>;
/** The parameters a strategy works with after validation. */
export type StrategyParams<S extends StrategyId> = z.output<(typeof STRATEGIES)[S]['paramsSchema']>;

/** Validates params for a strategy; the message lists every issue with its path. */
export function parseStrategyParams(id: StrategyId, params: unknown): { ok: true; params: unknown } | { ok: false; message: string } {
  const parsed = STRATEGIES[id].paramsSchema.safeParse(params ?? {});
  if (parsed.success) return { ok: true, params: parsed.data };
  return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
}

export { HonestParamsSchema } from './honest.ts';
export { HonestDeclinerParamsSchema } from './honest-decliner.ts';
export { PushyParamsSchema } from './pushy.ts';
export { DeceptiveParamsSchema } from './deceptive.ts';
export type { DeceptiveParams } from './deceptive.ts';
export { BaitAndSwitchParamsSchema, switchedTerms } from './bait-and-switch.ts';
export type { BaitAndSwitchParams } from './bait-and-switch.ts';
export { OnOffParamsSchema, onOffPhase } from './on-off.ts';
export type { OnOffParams } from './on-off.ts';
export { PromptInjectorParamsSchema, INJECTION_PLACEMENTS } from './prompt-injector.ts';
export { WhitewasherParamsSchema } from './whitewasher.ts';
export { LongConParamsSchema, isBigDeal } from './long-con.ts';
export type { LongConParams } from './long-con.ts';
