import type { BrandSlot, Market } from './build-market.ts';
import { isCheating } from './defection.ts';

const DAY_MS = 86_400_000;

/** The market's defectors: on-off brands with the round each first cheats in, and whitewashers. */
export interface DefectorSchedule {
  readonly onOffSlots: readonly BrandSlot[];
  readonly whitewashers: readonly BrandSlot[];
  /** slot number → first round an on-off brand cheats in (absent: it never cheats during the run). */
  readonly firstCheat: ReadonlyMap<number, number>;
}

/** Finds the defectors of a market and when each on-off brand first cheats (pure: from the scenario's clock alone). */
export function defectorSchedule(market: Market): DefectorSchedule {
  const { scenario } = market;
  const start = Date.parse(scenario.start);
  const onOffSlots = market.slots.filter((s) => s.strategy === 'on-off');
  const firstCheat = new Map<number, number>();
  for (const slot of onOffSlots) {
    for (let r = 0; r < scenario.rounds; r++) {
      if (isCheating(slot, new Date(start + r * scenario.roundDays * DAY_MS))) {
        firstCheat.set(slot.slot, r);
        break;
      }
    }
  }
  return { onOffSlots, whitewashers: market.slots.filter((s) => s.strategy === 'whitewasher'), firstCheat };
}
