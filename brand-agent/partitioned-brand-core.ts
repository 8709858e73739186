import { PROTOCOL_TOOLS, ProtocolError } from '../protocol/index.ts';
import { BrandAgentCore } from './brand-agent-core.ts';
import type { BrandAgentDefinition } from './definition.ts';
import type { ToolOutcome } from './tool-outcome.ts';

/** Sends one tool call to the worker that owns its buyer and resolves with that worker's outcome. */
export type ForwardBrandCall = (owner: number, toolName: string, args: unknown) => Promise<ToolOutcome>;

/** This worker's place among the processes serving one brand. */
export interface BrandPartition {
  /** This worker's index, 0 ≤ index < workers. */
  readonly index: number;
  readonly workers: number;
  readonly forward: ForwardBrandCall;
}

/** The worker index that owns a buyer (FNV-1a of the pseudonym, mixed, modulo the worker count): stable for a given count. */
export function ownerOfBuyer(buyerId: string, workers: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < buyerId.length; i++) {
    h ^= buyerId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // FNV's low bits depend on few input bits (modulo 2 sees only their parity): finish with murmur3's mixer.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % workers;
}

/**
 * A brand core for one of several processes serving the same brand. A brand remembers what it issued (offers,
 * negotiation rounds, orders) in its own memory, and every protocol message except `hello` names its buyer: each
 * buyer's calls run in the worker that owns the buyer, so one buyer's offer, counter, order and receipt always meet
 * the same memory, whichever process the HTTP request reached. Calls without a readable `buyerId` run here (they are
 * refused by validation, or need no memory).
 */
export class PartitionedBrandCore extends BrandAgentCore {
  readonly #partition: BrandPartition;

  constructor(definition: BrandAgentDefinition, partition: BrandPartition) {
    super(definition);
    if (!Number.isInteger(partition.workers) || partition.workers < 1 || !Number.isInteger(partition.index) || partition.index < 0 || partition.index >= partition.workers) {
      throw new ProtocolError('INTERNAL_ERROR', `invalid partition ${partition.index} of ${partition.workers}`);
    }
    this.#partition = partition;
  }

  /** Runs the call here if this worker owns its buyer, else in the owner; never throws. */
  override async call(toolName: string, args: unknown): Promise<ToolOutcome> {
    const { index, workers, forward } = this.#partition;
    const buyerId = typeof args === 'object' && args !== null ? (args as { buyerId?: unknown }).buyerId : undefined;
    if (workers === 1 || toolName === PROTOCOL_TOOLS.hello.name || typeof buyerId !== 'string') return super.call(toolName, args);
    const owner = ownerOfBuyer(buyerId, workers);
    if (owner === index) return super.call(toolName, args);
    try {
      return await forward(owner, toolName, args);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: new ProtocolError('INTERNAL_ERROR', `the brand worker owning this buyer did not answer: ${message}`) };
    }
  }

  /** Runs a call another worker forwarded here (this worker owns its buyer). */
  callHere(toolName: string, args: unknown): Promise<ToolOutcome> {
    return super.call(toolName, args);
  }
}
