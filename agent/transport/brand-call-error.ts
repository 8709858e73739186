import { McpError, ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { ToolErrorSchema, compiledSchema, isProtocolErrorCode, type ProtocolErrorCode } from '../../protocol/index.ts';
import { BrandResponseError } from './brand-response-error.ts';

/** Failures on the butler's side of a brand call that never crossed the wire as protocol errors. */
export const TRANSPORT_ERROR_CODES = {
  TIMEOUT: 'The brand did not answer within the call timeout.',
  CONNECTION_FAILED: 'The brand could not be reached or the connection dropped.',
  INVALID_RESPONSE: 'The brand answered with something that is not a valid protocol message.',
  REMOTE_FAULT: 'The brand returned an error outside the protocol error table.',
  REDIRECT_REFUSED: "The brand redirected the call outside the configured endpoint (another origin, or a path outside the endpoint's own): not followed.",
  INTERNAL: 'The butler failed while handling the brand’s answer (scoring one of its offers); that brand’s offers were left out.',
} as const;

/** A transport error code. */
export type TransportErrorCode = keyof typeof TRANSPORT_ERROR_CODES;

/** Any typed failure of a brand call: a protocol error from the brand, or a transport error on our side. */
export interface BrandCallError {
  readonly code: ProtocolErrorCode | TransportErrorCode;
  readonly message: string;
  readonly details?: Record<string, unknown>;
  /**
   * `butler`: the butler's own side refused the call without sending it (an offer this connection did not make, a
   * mandate that does not match it): no answer of the brand's, so nothing it can be held to. Absent: the brand's answer,
   * or the transport's failure.
   */
  readonly origin?: 'butler';
}

/** The outcome of one brand call: never throws, always typed. */
export type BrandCallResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: BrandCallError };

/** Maps anything thrown by the MCP client into a typed brand-call error. */
export function toBrandCallError(error: unknown): BrandCallError {
  if (error instanceof BrandResponseError) {
    return error.details ? { code: error.code, message: error.message, details: error.details } : { code: error.code, message: error.message };
  }
  if (error instanceof McpError) {
    const data = error.data as { code?: unknown; details?: unknown } | undefined;
    if (data && isProtocolErrorCode(data.code)) {
      const details = typeof data.details === 'object' && data.details !== null ? (data.details as Record<string, unknown>) : undefined;
      return details ? { code: data.code, message: error.message, details } : { code: data.code, message: error.message };
    }
    if (error.code === ErrorCode.RequestTimeout) return { code: 'TIMEOUT', message: error.message };
    if (error.code === ErrorCode.ConnectionClosed) return { code: 'CONNECTION_FAILED', message: error.message };
    return { code: 'REMOTE_FAULT', message: error.message, details: { jsonRpcCode: error.code } };
  }
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ECONNRESET|fetch failed|ENOENT|spawn|closed/i.test(`${message} ${cause?.code ?? ''}`)) {
    return { code: 'CONNECTION_FAILED', message };
  }
  if (/timed? ?out/i.test(message)) return { code: 'TIMEOUT', message };
  if (/HTTP 413|Payload Too Large/i.test(message)) return { code: 'PAYLOAD_TOO_LARGE', message };
  return { code: 'INVALID_RESPONSE', message };
}

/** Reads a business failure out of an `isError` tool result. */
export function businessErrorOf(structured: unknown, text: string | undefined): BrandCallError {
  // Compiled (protocol/compiled-schema.ts): the same verdicts and issues as the schema's own parser, ~2.7x faster.
  const parsed = compiledSchema(ToolErrorSchema).safeParse(structured);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return details ? { code, message, details } : { code, message };
  }
  return { code: 'REMOTE_FAULT', message: text?.slice(0, 500) ?? 'the brand reported an error without details' };
}
