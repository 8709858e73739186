import { ProtocolError, isProtocolErrorCode } from '../protocol/index.ts';

/** The result of running one protocol tool: a valid message, or a typed protocol error. */
export type ToolOutcome<T = unknown> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ProtocolError };

/** A successful outcome. */
export function succeed<T>(value: T): ToolOutcome<T> {
  return { ok: true, value };
}

/** A failed outcome. */
export function fail(error: ProtocolError): ToolOutcome<never> {
  return { ok: false, error };
}

/** Converts anything a handler threw into a protocol error, never leaking internals. */
export function toProtocolError(error: unknown): ProtocolError {
  if (error instanceof ProtocolError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && isProtocolErrorCode(code)) return new ProtocolError(code, error.message);
  return new ProtocolError('INTERNAL_ERROR', 'the brand agent failed while handling the request');
}
