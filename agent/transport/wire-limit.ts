import { PROTOCOL_LIMITS } from '../../protocol/index.ts';

/**
 * The most bytes one transport frame from a brand may carry (an HTTP body, an SSE event, a stdio line) for a
 * protocol message limit of `maxPayloadBytes`: an MCP tool result carries the message twice (as structured
 * content and as its JSON text, where escaping can double every byte), plus a small JSON-RPC envelope.
 * The message itself is then held to `maxPayloadBytes` exactly once parsed.
 */
export function wireLimitFor(maxPayloadBytes: number = PROTOCOL_LIMITS.maxPayloadBytes): number {
  return 3 * maxPayloadBytes + 16 * 1024;
}
