import { LongConParamsSchema, OnOffParamsSchema, isBigDeal, onOffPhase } from '../../brand-agent/reference/index.ts';
import type { BrandSlot } from './build-market.ts';
import { DISHONEST_STRATEGIES } from './strategy-classes.ts';

/** A slot's params validated by its strategy's schema, once per slot (read on every sale). */
const parsed = new WeakMap<BrandSlot, unknown>();

function paramsOf<T>(slot: BrandSlot, schema: { parse(value: unknown): T }): T {
  if (!parsed.has(slot)) parsed.set(slot, schema.parse(slot.params));
  return parsed.get(slot) as T;
}

/** What a sale was: its category and quantity (a long-con brand cheats on big deals only). */
export interface Deal {
  readonly category: string;
  readonly quantity: number;
}

/** True when an on-off brand is in a cheating window at `now` (false for every other strategy). */
export function isCheating(slot: BrandSlot, now: Date): boolean {
  return slot.strategy === 'on-off' && onOffPhase(paramsOf(slot, OnOffParamsSchema), now) === 'cheat';
}

/**
 * True when money paid to this brand now, for this deal, goes to a brand that is deceiving: a brand whose strategy lies
 * about its goods or its receipts all the time (deceptive, bait-and-switch, whitewasher), an on-off brand inside a
 * cheating window, or a long-con brand on a deal big for its catalogue (`isBigDeal`). An on-off brand's honest-window
 * sales and a long-con brand's small ones are honest trade.
 */
export function isDeceiving(slot: BrandSlot, now: Date, deal: Deal): boolean {
  if (!DISHONEST_STRATEGIES.has(slot.strategy)) return false;
  if (slot.strategy === 'on-off') return isCheating(slot, now);
  if (slot.strategy === 'long-con') return isBigDeal(slot.catalog, deal.category, deal.quantity, paramsOf(slot, LongConParamsSchema));
  return true;
}

/** True when money paid to this brand now goes to a defector: an on-off brand while cheating, or a whitewasher. */
export function isDefecting(slot: BrandSlot, now: Date): boolean {
  return slot.strategy === 'whitewasher' || isCheating(slot, now);
}
