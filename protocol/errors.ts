/**
 * Every protocol error code. `fault` codes travel as JSON-RPC errors (with `data.code`);
 * `business` codes travel inside a tool result with `isError: true`.
 */
export const PROTOCOL_ERROR_CODES = {
  INVALID_PAYLOAD: { kind: 'fault', jsonRpcCode: -32602, description: 'The message does not match the protocol schema.' },
  PAYLOAD_TOO_LARGE: { kind: 'fault', jsonRpcCode: -32602, description: 'The message exceeds the maximum payload size.' },
  UNSUPPORTED_VERSION: { kind: 'fault', jsonRpcCode: -32600, description: 'The protocol major version is not supported.' },
  UNKNOWN_TOOL: { kind: 'fault', jsonRpcCode: -32601, description: 'The tool is not part of the protocol.' },
  HANDLER_TIMEOUT: { kind: 'fault', jsonRpcCode: -32001, description: 'The brand handler did not answer in time.' },
  INVALID_OUTPUT: { kind: 'fault', jsonRpcCode: -32603, description: 'The brand handler produced a message that violates the protocol.' },
  INTERNAL_ERROR: { kind: 'fault', jsonRpcCode: -32603, description: 'The brand agent failed unexpectedly.' },
  CAPABILITY_NOT_SUPPORTED: { kind: 'business', jsonRpcCode: -32002, description: 'The brand does not support this capability.' },
  UNKNOWN_OFFER: { kind: 'business', jsonRpcCode: -32003, description: 'The offer id is unknown to this brand.' },
  OFFER_EXPIRED: { kind: 'business', jsonRpcCode: -32004, description: 'The offer is past its validUntil.' },
  OUT_OF_STOCK: { kind: 'business', jsonRpcCode: -32005, description: 'The product is not available in the requested quantity.' },
  MANDATE_EXCEEDED: { kind: 'business', jsonRpcCode: -32006, description: 'The price exceeds the mandate maximum amount.' },
  MANDATE_EXPIRED: { kind: 'business', jsonRpcCode: -32007, description: 'The mandate is past its expiry.' },
  TERMS_MISMATCH: { kind: 'business', jsonRpcCode: -32008, description: 'The mandate terms hash does not match the offer.' },
  ROUND_LIMIT_EXCEEDED: { kind: 'business', jsonRpcCode: -32009, description: 'The negotiation exceeded its maximum rounds.' },
  NEGOTIATION_CLOSED: { kind: 'business', jsonRpcCode: -32010, description: 'The brand will not negotiate this offer further.' },
  IDEMPOTENCY_CONFLICT: { kind: 'business', jsonRpcCode: -32011, description: 'The idempotency key was already used for a different order.' },
  UNKNOWN_ORDER: { kind: 'business', jsonRpcCode: -32012, description: 'The order is unknown to this brand.' },
} as const;

/** A protocol error code. */
export type ProtocolErrorCode = keyof typeof PROTOCOL_ERROR_CODES;

/** The list of codes, for schemas. */
export const PROTOCOL_ERROR_CODE_LIST = Object.keys(PROTOCOL_ERROR_CODES) as [ProtocolErrorCode, ...ProtocolErrorCode[]];

/** True when the value is a known protocol error code. */
export function isProtocolErrorCode(value: unknown): value is ProtocolErrorCode {
  return typeof value === 'string' && Object.hasOwn(PROTOCOL_ERROR_CODES, value);
}

/** The serialisable shape of a protocol error, as it crosses the wire. */
export interface ProtocolErrorData {
  readonly code: ProtocolErrorCode;
  readonly message: string;
  readonly details?: Record<string, unknown>;
}

/** A protocol error that crosses the wire (as a JSON-RPC error or inside a tool result). */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
  readonly code: ProtocolErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ProtocolErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.code = code;
    this.details = details;
  }

  /** Whether this error is a fault (JSON-RPC error) or a business failure (tool result). */
  get kind(): 'fault' | 'business' {
    return PROTOCOL_ERROR_CODES[this.code].kind;
  }

  /** The JSON-RPC numeric code used when this error travels as a fault. */
  get jsonRpcCode(): number {
    return PROTOCOL_ERROR_CODES[this.code].jsonRpcCode;
  }

  /** The wire form of the error. */
  toData(): ProtocolErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
