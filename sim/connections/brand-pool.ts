import type { BrandConnection } from '../../agent/butler/index.ts';
import { createBrandAgentCore } from '../../brand-agent/index.ts';
import type { BrandSlot, Market } from '../market/build-market.ts';
import { fastConnection } from './fast-connection.ts';
import { mcpConnection } from './mcp-connection.ts';

/** How brands are reached: directly (same brand logic, no transport) or over linked in-memory MCP transports. */
export type SimMode = 'fast' | 'mcp';

/** The per-call timeout the simulated butlers use (generous: a simulated brand never stalls). */
export const SIM_CALL_TIMEOUT_MS = 60_000;

interface Live {
  readonly epoch: number;
  readonly connection: BrandConnection;
  readonly close: () => Promise<void>;
}

/**
 * One policy's copy of every brand of the market, as connections, for the current round. Brands keep bookkeeping
 * (issued offers, negotiation rounds, orders), so each policy talks to its own copies; a whitewasher is replaced by a
 * fresh agent under its new identity when its epoch changes.
 */
export class BrandPool {
  private readonly live = new Map<number, Live>();
  private current: BrandConnection[] = [];
  private readonly gone = new Set<number>();

  /**
   * @param validateMessages in fast mode, whether the brands' cores validate the butler's messages and their own
   * answers (over MCP every message is always validated); results are identical either way (tests/sim).
   */
  constructor(
    private readonly market: Market,
    private readonly mode: SimMode,
    private readonly clock: () => Date,
    private readonly validateMessages = true,
  ) {}

  /** Takes a brand out of this market for good (market reaction): it is closed and no longer offered. */
  async remove(slot: BrandSlot): Promise<void> {
    if (this.gone.has(slot.slot)) return;
    this.gone.add(slot.slot);
    await this.live.get(slot.slot)?.close();
    this.live.delete(slot.slot);
    this.current = this.current.filter((c) => this.market.slotOf(c.card.id)?.slot !== slot.slot);
  }

  /** Makes sure every brand still trading trades under its identity of `round`. */
  async prepare(round: number): Promise<void> {
    let changed = false;
    for (const slot of this.market.slots) {
      if (this.gone.has(slot.slot)) continue;
      const epoch = this.market.epochAt(slot, round);
      const existing = this.live.get(slot.slot);
      if (existing && existing.epoch === epoch) continue;
      if (existing) await existing.close();
      this.live.set(slot.slot, await this.open(slot, epoch));
      changed = true;
    }
    if (changed) this.current = this.market.slots.flatMap((s) => (this.gone.has(s.slot) ? [] : [this.live.get(s.slot)!.connection]));
  }

  private async open(slot: BrandSlot, epoch: number): Promise<Live> {
    const definition = this.market.definitionOf(slot, epoch, this.clock);
    if (this.mode === 'mcp') {
      const { connection, close } = await mcpConnection(createBrandAgentCore(definition), SIM_CALL_TIMEOUT_MS);
      return { epoch, connection, close };
    }
    const core = createBrandAgentCore(definition, { validateMessages: this.validateMessages });
    return { epoch, connection: await fastConnection(core, SIM_CALL_TIMEOUT_MS), close: async () => undefined };
  }

  /** The brands as connections, in slot order. */
  connections(): readonly BrandConnection[] {
    return this.current;
  }

  /** Closes every connection. */
  async close(): Promise<void> {
    for (const live of this.live.values()) await live.close();
    this.live.clear();
    this.current = [];
  }
}
