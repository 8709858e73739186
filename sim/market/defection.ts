import { OnOffParamsSchema, onOffPhase, type OnOffParams } from '../../brand-agent/reference/index.ts';
import type { BrandSlot } from './build-market.ts';
import { DISHONEST_STRATEGIES } from './strategy-classes.ts';

const parsed = new WeakMap<BrandSlot, OnOffParams>();

function onOffParams(slot: BrandSlot): OnOffParams {
  let params = parsed.get(slot);
  if (!params) {
    params = OnOffParamsSchema.parse(slot.params);
    parsed.set(slot, params);
  }
  return params;
}

/** True when an on-off brand is in a cheating window at `now` (false for every other strategy). */
export function isCheating(slot: BrandSlot, now: Date): boolean {
  return slot.strategy === 'on-off' && onOffPhase(onOffParams(slot), now) === 'cheat';
}

/**
 * True when money paid to this brand now goes to a brand that is deceiving: a brand whose strategy lies about its goods
 * or its receipts all the time (deceptive, bait-and-switch, whitewasher), or an on-off brand inside a cheating window.
 * An on-off brand's honest-window sales are honest trade.
 */
export function isDeceiving(slot: BrandSlot, now: Date): boolean {
  return DISHONEST_STRATEGIES.has(slot.strategy) && (slot.strategy !== 'on-off' || isCheating(slot, now));
}

/** True when money paid to this brand now goes to a defector: an on-off brand while cheating, or a whitewasher. */
export function isDefecting(slot: BrandSlot, now: Date): boolean {
  return slot.strategy === 'whitewasher' || isCheating(slot, now);
}
