/** The behaviour strategies a reference (or simulated) brand can follow. */
export const STRATEGY_IDS = [
  'honest',
  'honest-decliner',
  'pushy',
  'deceptive',
  'bait-and-switch',
  'on-off',
  'prompt-injector',
  'whitewasher',
  'long-con',
] as const;

/** One strategy id. */
export type StrategyId = (typeof STRATEGY_IDS)[number];

/** True when the value names a strategy. */
export function isStrategyId(value: unknown): value is StrategyId {
  return typeof value === 'string' && (STRATEGY_IDS as readonly string[]).includes(value);
}
