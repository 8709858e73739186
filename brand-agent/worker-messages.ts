import { z } from 'zod';
import { ProtocolError, isProtocolErrorCode } from '../protocol/index.ts';
import type { ToolOutcome } from './tool-outcome.ts';

const ErrorDataSchema = z.object({
  code: z.string().refine(isProtocolErrorCode, 'not a protocol error code'),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});

/** A tool outcome as it crosses the cluster's IPC channel (the error as its wire data). */
export const WireOutcomeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ErrorDataSchema }),
]);
export type WireOutcome = z.infer<typeof WireOutcomeSchema>;

/** The messages between the primary and the workers serving one brand (the primary relays calls and results). */
export const WorkerMessageSchema = z.discriminatedUnion('type', [
  /** worker → primary: listening at `url`. */
  z.object({ type: z.literal('majordome:listening'), url: z.string() }),
  /** origin worker → primary → owner worker: run this call. */
  z.object({ type: z.literal('majordome:call'), id: z.number().int(), from: z.number().int(), to: z.number().int(), tool: z.string(), args: z.unknown() }),
  /** owner worker → primary → origin worker: the outcome of call `id`. */
  z.object({ type: z.literal('majordome:result'), id: z.number().int(), to: z.number().int(), outcome: WireOutcomeSchema }),
]);
export type WorkerMessage = z.infer<typeof WorkerMessageSchema>;

/** A tool outcome in its IPC form. */
export function toWireOutcome(outcome: ToolOutcome): WireOutcome {
  return outcome.ok ? { ok: true, value: outcome.value } : { ok: false, error: outcome.error.toData() };
}

/** A tool outcome back from its IPC form. */
export function fromWireOutcome(wire: WireOutcome): ToolOutcome {
  if (wire.ok) return { ok: true, value: wire.value };
  return { ok: false, error: new ProtocolError(isProtocolErrorCode(wire.error.code) ? wire.error.code : 'INTERNAL_ERROR', wire.error.message, wire.error.details) };
}
