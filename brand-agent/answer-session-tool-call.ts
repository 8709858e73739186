import { isJsonContentType } from '@modelcontextprotocol/sdk/shared/mediaType.js';
import { JSONRPCMessageSchema, SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/sdk/types.js';
import { compiledSchema } from '../protocol/index.ts';
import { answerToolCall } from './answer-tool-call.ts';
import type { BrandAgentCore } from './brand-agent-core.ts';
import type { StatelessPost } from './serve-stateless-mcp.ts';

/**
 * The JSON answer a live stateful session's MCP server gives to a POST that is one `tools/call` request, computed
 * without the session's transport: undefined unless the POST passes every check the SDK's
 * `WebStandardStreamableHTTPServerTransport` makes of a request in a session (Accept, Content-Type, JSON, JSON-RPC
 * shape, not an initialize, a supported MCP-Protocol-Version header or none) and `answerToolCall` answers it. Anything
 * else (a refusal, a notification, a batch, another method) is left to the session's own transport, so every refusal
 * keeps the SDK's words. The session itself (its id, known to the caller) is the only state such a call reads: a brand
 * pushes no messages, and in JSON answer mode the transport only pairs the answer with its POST.
 */
export function answerSessionToolCall(core: BrandAgentCore, post: StatelessPost): Promise<string> | undefined {
  const accept = post.accept;
  if (!accept?.includes('application/json') || !accept.includes('text/event-stream')) return undefined;
  if (!isJsonContentType(post.contentType ?? null)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(post.body);
  } catch {
    return undefined;
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const parsed = compiledSchema(JSONRPCMessageSchema).safeParse(raw);
  if (!parsed.success) return undefined;
  const message = parsed.data;
  if (!('method' in message) || !('id' in message) || message.method !== 'tools/call') return undefined;
  const version = post.protocolVersion ?? null;
  if (version !== null && !SUPPORTED_PROTOCOL_VERSIONS.includes(version)) return undefined;
  return answerToolCall(core, message);
}
