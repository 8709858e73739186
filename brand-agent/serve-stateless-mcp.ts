import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { isJsonContentType } from '@modelcontextprotocol/sdk/shared/mediaType.js';
import { MAX_BATCH_SIZE } from '@modelcontextprotocol/sdk/server/requestBody.js';
import {
  JSONRPCMessageSchema,
  SUPPORTED_PROTOCOL_VERSIONS,
  isInitializeRequest,
  type JSONRPCMessage,
  type JSONRPCRequest,
  type RequestId,
} from '@modelcontextprotocol/sdk/types.js';
import { compiledSchema } from '../protocol/index.ts';
import { answerToolCall } from './answer-tool-call.ts';
import type { BrandAgentCore } from './brand-agent-core.ts';
import { createBrandAgent } from './create-brand-agent.ts';

/**
 * One long-lived MCP server for every stateless POST. Each request gets an id of its own on the way in (clients of
 * different buyers all number their requests from 0) and its own id back on the answer, so concurrent requests never
 * meet. Messages that are not requests (notifications such as `notifications/cancelled`, whose ids are the client's)
 * are accepted and dropped, as a fresh per-request server would effectively do.
 */
class StatelessMultiplexTransport implements Transport {
  onmessage?: Transport['onmessage'];
  onclose?: () => void;
  onerror?: (error: Error) => void;
  #nextId = 0;
  readonly #waiting = new Map<number, (answer: JSONRPCMessage) => void>();

  async start(): Promise<void> {}

  async close(): Promise<void> {
    this.#waiting.clear();
    this.onclose?.();
  }

  async send(message: JSONRPCMessage): Promise<void> {
    // Only answers are delivered: the server never asks the client anything, and progress or log notifications
    // have no stream to travel on without a session (the SDK's JSON answer mode drops them as well).
    if (!('result' in message) && !('error' in message)) return;
    const id = message.id;
    if (typeof id !== 'number') return;
    const deliver = this.#waiting.get(id);
    if (deliver === undefined) return;
    this.#waiting.delete(id);
    deliver(message);
  }

  /** Hands one request to the server and resolves with its answer, under the request's own id. */
  dispatch(request: JSONRPCRequest): Promise<JSONRPCMessage> {
    const id = this.#nextId++;
    const original: RequestId = request.id;
    return new Promise((resolve) => {
      this.#waiting.set(id, (answer) => resolve({ ...answer, id: original } as JSONRPCMessage));
      this.onmessage?.({ ...request, id });
    });
  }
}

/** The parts of a stateless POST the handler reads: three headers (absent as null or undefined) and the body text. */
export interface StatelessPost {
  readonly accept: string | null | undefined;
  readonly contentType: string | null | undefined;
  readonly protocolVersion: string | null | undefined;
  readonly body: string;
}

/** The answer to a stateless POST: an HTTP status and a JSON body (`application/json`), or no body (202). */
export interface StatelessAnswer {
  readonly status: number;
  readonly body: string | null;
}

/** Answers one stateless POST; never throws for anything the client sent. */
export type StatelessMcpHandler = (post: StatelessPost) => Promise<StatelessAnswer>;

/** A JSON-RPC error with no id, as the SDK's transport answers a POST it refuses (same statuses, codes and words). */
function refuse(status: number, code: number, message: string): StatelessAnswer {
  return { status, body: JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }) };
}

/**
 * Answers stateless Streamable HTTP POSTs for one brand core: no session id, JSON answers, the same checks and error
 * answers as the SDK's `WebStandardStreamableHTTPServerTransport` in stateless JSON mode (Accept, Content-Type, JSON,
 * JSON-RPC shape, batch size, one initialize per POST, the MCP-Protocol-Version header). The SDK's stateless mode
 * needs a new server and transport per POST, which cost a brand server more CPU than the brand's own work; here one
 * server answers them all. It sees a POST as headers and text, so a web `Request` (hono) and a bare `node:http`
 * request (the brand server's fast path) are answered by this same code.
 */
export function createStatelessMcpHandler(core: BrandAgentCore): StatelessMcpHandler {
  const transport = new StatelessMultiplexTransport();
  const connected = createBrandAgent(core).connect(transport);
  return async (post) => {
    await connected;
    const accept = post.accept;
    if (!accept?.includes('application/json') || !accept.includes('text/event-stream')) {
      return refuse(406, -32000, 'Not Acceptable: Client must accept both application/json and text/event-stream');
    }
    if (!isJsonContentType(post.contentType ?? null)) {
      return refuse(415, -32000, 'Unsupported Media Type: Content-Type must be application/json');
    }
    let raw: unknown;
    try {
      raw = JSON.parse(post.body);
    } catch {
      return refuse(400, -32700, 'Parse error: Invalid JSON');
    }
    if (Array.isArray(raw) && raw.length > MAX_BATCH_SIZE) {
      return refuse(400, -32600, `Invalid Request: Batch must not exceed ${MAX_BATCH_SIZE} messages`);
    }
    const messages: JSONRPCMessage[] = [];
    for (const item of Array.isArray(raw) ? raw : [raw]) {
      const parsed = compiledSchema(JSONRPCMessageSchema).safeParse(item);
      if (!parsed.success) return refuse(400, -32700, 'Parse error: Invalid JSON-RPC message');
      messages.push(parsed.data);
    }
    // The SDK's own tests, by method first: each is a full zod parse of the message, and most messages are tool calls.
    const initializing = messages.some((m) => 'method' in m && m.method === 'initialize' && isInitializeRequest(m));
    if (initializing && messages.length > 1) return refuse(400, -32600, 'Invalid Request: Only one initialization request is allowed');
    if (!initializing) {
      const version = post.protocolVersion ?? null;
      if (version !== null && !SUPPORTED_PROTOCOL_VERSIONS.includes(version)) {
        return refuse(400, -32000, `Bad Request: Unsupported protocol version: ${version} (supported versions: ${SUPPORTED_PROTOCOL_VERSIONS.join(', ')})`);
      }
    }
    // Valid JSON-RPC messages with a method and an id are requests (without an id, notifications; without a method, answers).
    const requests = messages.filter((m): m is JSONRPCRequest => 'method' in m && 'id' in m);
    if (requests.length === 0) return { status: 202, body: null };
    // Tool calls are answered by the core directly, already as JSON text (see answerToolCall); everything else by the MCP server.
    const answers = await Promise.all(requests.map((r) => answerToolCall(core, r) ?? transport.dispatch(r).then((answer) => JSON.stringify(answer))));
    return { status: 200, body: answers.length === 1 ? answers[0]! : `[${answers.join(',')}]` };
  };
}
