/**
 * The protocol calls this thread's fast connections have made, by tool name (hello, request_offers, ask_question,
 * counter_offer, place_order…): what decisions cost in messages. Counting only: nothing reads it back into a decision.
 * Per thread, so a run with shard workers counts only what ran here (bench/sim.ts reads it from a one-worker run).
 */
const calls = new Map<string, number>();

/** Counts one call of `tool`. */
export function countProtocolCall(tool: string): void {
  calls.set(tool, (calls.get(tool) ?? 0) + 1);
}

/** The calls counted so far in this thread, by tool name. */
export function protocolCallTally(): Record<string, number> {
  return Object.fromEntries(calls);
}
