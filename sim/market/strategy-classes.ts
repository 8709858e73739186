import type { StrategyId } from '../../brand-agent/reference/index.ts';

/** Strategies whose claims or receipts are false at least some of the time (ground truth for honesty detection). */
export const DISHONEST_STRATEGIES: ReadonlySet<StrategyId> = new Set(['deceptive', 'bait-and-switch', 'on-off', 'whitewasher', 'long-con']);

/** Strategies that push with text or behaviour but do not lie about goods (ground truth for pressure detection). */
export const PRESSURE_STRATEGIES: ReadonlySet<StrategyId> = new Set(['pushy', 'prompt-injector']);

/** Strategies that shed or hide their record: defectors (on-off) and identity changers (whitewasher). */
export const DEFECTOR_STRATEGIES: ReadonlySet<StrategyId> = new Set(['on-off', 'whitewasher']);
