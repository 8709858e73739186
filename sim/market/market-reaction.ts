import type { BrandSlot, Market } from './build-market.ts';

/**
 * One policy's market reacting to where the money goes: a brand that has sold nothing for `starvedRounds` rounds in a
 * row exits this market for good. Deterministic: it sees only the sales it is told about, round by round.
 */
export class MarketReaction {
  private readonly lastSale = new Map<number, number>();
  private readonly exited = new Set<number>();

  constructor(
    private readonly market: Market,
    private readonly starvedRounds: number,
  ) {}

  /** Records a sale by the brand behind `brandId` in `round`. */
  recordSale(brandId: string, round: number): void {
    const slot = this.market.slotOf(brandId);
    if (slot) this.lastSale.set(slot.slot, round);
  }

  /** Closes a round: brands starved for `starvedRounds` rounds (counting from round 0 for those that never sold) exit. */
  endRound(round: number): void {
    for (const slot of this.market.slots) {
      if (this.exited.has(slot.slot)) continue;
      const last = this.lastSale.get(slot.slot) ?? -1;
      if (round - last >= this.starvedRounds) this.exited.add(slot.slot);
    }
  }

  /** Whether a brand still trades in this market. */
  isTrading(slot: BrandSlot): boolean {
    return !this.exited.has(slot.slot);
  }

  /** Brands still trading, counted by true strategy. */
  tradingByStrategy(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const slot of this.market.slots) if (this.isTrading(slot)) out[slot.strategy] = (out[slot.strategy] ?? 0) + 1;
    return out;
  }
}
