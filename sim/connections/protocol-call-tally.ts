/**
 * The protocol calls this thread's fast connections have made, by tool name (hello, request_offers, ask_question,
 * counter_offer, place_order…): what decisions cost in messages. Counting only: nothing reads it back into a decision.
 * Per thread, so a run with shard workers counts only what ran here (bench/sim.ts resets it before a one-worker run and
 * reads it after).
 */
const calls = new Map<string, number>();

/** Counts one call of `tool`. */
export function countProtocolCall(tool: string): void {
  calls.set(tool, (calls.get(tool) ?? 0) + 1);
}

/** The calls counted so far in this thread, by tool name (a snapshot: later calls do not change it). */
export function protocolCallTally(): Record<string, number> {
  return Object.fromEntries(calls);
}

/** Forgets every call counted so far in this thread, so a run counts only its own calls. */
export function resetProtocolCallTally(): void {
  calls.clear();
}
