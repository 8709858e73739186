import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { BrandAgentCore } from './brand-agent-core.ts';
import { createBrandAgent } from './create-brand-agent.ts';
import { answerSessionToolCall } from './answer-session-tool-call.ts';
import { createStatelessMcpHandler, type StatelessAnswer, type StatelessMcpHandler } from './serve-stateless-mcp.ts';
import { sessionPostListener } from './session-post-listener.ts';
import { statelessPostListener } from './stateless-post-listener.ts';
import type { BrandAgentDefinition } from './definition.ts';
import { applyHttpServeLimits, httpServeLimits, httpServerOptionsOf, type HttpServeLimits } from '../protocol/index.ts';

export { HTTP_SERVE_LIMITS, httpServeLimits, type HttpServeLimits } from '../protocol/index.ts';

/** Options for serving a brand over Streamable HTTP. */
export interface HttpServeOptions {
  /** Port; 0 picks a free one (default 0). */
  readonly port?: number;
  /** Interface to bind (default 127.0.0.1: never exposed unless asked). */
  readonly host?: string;
  /** URL path of the MCP endpoint (default /mcp). */
  readonly path?: string;
  /** `stateful` (default) keeps one MCP session per client; `stateless` answers each POST on its own (see `HttpServeMode`). */
  readonly mode?: HttpServeMode;
  /** How long a client may take to send a request, how long an idle connection stays open, how large a body may be (see `HTTP_SERVE_LIMITS`). */
  readonly limits?: Partial<HttpServeLimits>;
}

/**
 * How the MCP endpoint keeps sessions. `stateful`: one MCP session (transport and server) per client, named by the
 * `mcp-session-id` header, so the server could push messages on a GET stream. `stateless`: no session id, no GET
 * stream; each POST gets a fresh transport and answers with plain JSON. A brand never pushes messages, so both serve
 * the whole protocol; stateless saves the session table and lets any process of a cluster answer any request.
 */
export type HttpServeMode = 'stateful' | 'stateless';

/** Options for `createBrandHttpApp`. */
export interface BrandHttpAppOptions {
  /** URL path of the MCP endpoint (default /mcp). */
  readonly path?: string;
  /** Session handling (default `stateful`). */
  readonly mode?: HttpServeMode;
}

/** A running HTTP brand server. */
export interface HttpBrandServer {
  /** The MCP endpoint URL. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** The hono app serving one brand core: POST/GET/DELETE on the MCP path (POST only when stateless), plus GET /card and /health. */
export function createBrandHttpApp(core: BrandAgentCore, options: BrandHttpAppOptions | string = {}): Hono {
  return brandHttpRoutes(core, typeof options === 'string' ? { path: options } : options).app;
}

/** The 413 answer to a body past the limit, as a JSON-RPC error with the protocol's code. */
function tooLargeAnswer(maxBody: number): StatelessAnswer {
  return { status: 413, body: JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32602, message: `request body exceeds ${maxBody} bytes`, data: { code: 'PAYLOAD_TOO_LARGE' } } }) };
}

const INTERNAL_ERROR_ANSWER: StatelessAnswer = {
  status: 500,
  body: JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32603, message: 'internal error', data: { code: 'INTERNAL_ERROR' } } }),
};

const jsonResponse = (answer: StatelessAnswer): Response =>
  new Response(answer.body, { status: answer.status, headers: answer.body === null ? undefined : { 'content-type': 'application/json' } });

/**
 * The app, and when stateless the handler its POST route uses (which the served brand also calls without hono), when
 * stateful a way to mark a live session used (for the tool calls the served brand answers without hono).
 */
function brandHttpRoutes(
  core: BrandAgentCore,
  options: BrandHttpAppOptions & { readonly maxBodyBytes?: number },
): { app: Hono; maxBody: number; statelessAnswer?: StatelessMcpHandler; touchSession?: (sessionId: string) => boolean } {
  const { path = '/mcp', mode = 'stateful' } = options;
  const app = new Hono();
  // Bodies up to twice the protocol limit reach the agent, which answers PAYLOAD_TOO_LARGE as a typed error;
  // anything larger is refused before it is read into memory.
  const maxBody = options.maxBodyBytes ?? core.maxPayloadBytes * 2;
  app.use(path, bodyLimit({ maxSize: maxBody, onError: () => jsonResponse(tooLargeAnswer(maxBody)) }));
  app.get('/health', (c) => c.json({ ok: true, brand: core.card.id }));
  app.get('/card', (c) => c.json(core.card));
  app.onError(() => jsonResponse(INTERNAL_ERROR_ANSWER));
  if (mode === 'stateless') {
    // One MCP server answers every POST (see createStatelessMcpHandler): the SDK's stateless transport needs a new
    // server and transport per POST, which cost more CPU than the brand's own work.
    const answer = createStatelessMcpHandler(core);
    app.post(path, async (c) =>
      jsonResponse(await answer({ accept: c.req.header('accept'), contentType: c.req.header('content-type'), protocolVersion: c.req.header('mcp-protocol-version'), body: await c.req.text() })),
    );
    // No session to stream on or to end: GET and DELETE are answered as the Streamable HTTP spec says a stateless server may.
    app.on(['GET', 'DELETE'], path, (c) =>
      c.json({ jsonrpc: '2.0', id: null, error: { code: -32000, message: `${c.req.method} is not supported: this brand serves stateless Streamable HTTP (POST only)` } }, 405, { allow: 'POST' }),
    );
    return { app, maxBody, statelessAnswer: answer };
  }
  // Stateful Streamable HTTP: one MCP session (transport + server) per client, all over the shared core.
  const sessions = new Map<string, { transport: WebStandardStreamableHTTPServerTransport; lastUsed: number }>();
  const maxSessions = 1_000;
  app.all(path, async (c) => {
    const sessionId = c.req.header('mcp-session-id');
    if (sessionId) {
      const session = sessions.get(sessionId);
      if (!session) return c.json({ jsonrpc: '2.0', id: null, error: { code: -32001, message: 'session not found; initialize again' } }, 404);
      session.lastUsed = Date.now();
      return session.transport.handleRequest(c.req.raw);
    }
    if (sessions.size >= maxSessions) {
      // Forget the least recently used session; its client will simply initialize again.
      const oldest = [...sessions.entries()].sort((a, b) => a[1].lastUsed - b[1].lastUsed)[0];
      if (oldest) {
        sessions.delete(oldest[0]);
        void oldest[1].transport.close();
      }
    }
    const transport: WebStandardStreamableHTTPServerTransport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      enableJsonResponse: true,
      onsessioninitialized: (id) => {
        sessions.set(id, { transport, lastUsed: Date.now() });
      },
      onsessionclosed: (id) => {
        sessions.delete(id);
      },
    });
    await createBrandAgent(core).connect(transport);
    return transport.handleRequest(c.req.raw);
  });
  const touchSession = (sessionId: string): boolean => {
    const session = sessions.get(sessionId);
    if (session === undefined) return false;
    session.lastUsed = Date.now();
    return true;
  };
  return { app, maxBody, touchSession };
}

/** Serves a brand over Streamable HTTP with hono, bound to 127.0.0.1 by default. */
export async function serveBrandOverHttp(source: BrandAgentDefinition | BrandAgentCore, options: HttpServeOptions = {}): Promise<HttpBrandServer> {
  const core = source instanceof BrandAgentCore ? source : new BrandAgentCore(source);
  const host = options.host ?? '127.0.0.1';
  const path = options.path ?? '/mcp';
  const limits = httpServeLimits(options.limits);
  const { app, maxBody, statelessAnswer, touchSession } = brandHttpRoutes(core, { path, mode: options.mode ?? 'stateful', ...(limits.maxBodyBytes === undefined ? {} : { maxBodyBytes: limits.maxBodyBytes }) });
  const honoListener = getRequestListener(app.fetch, { hostname: host });
  // Stateless POSTs on the MCP path, and tool calls in a live stateful session, are answered from Node's request and
  // response (see statelessPostListener and sessionPostListener), the rest by hono.
  const tooLarge = tooLargeAnswer(maxBody);
  const listener =
    statelessAnswer !== undefined
      ? statelessPostListener({ path, maxBodyBytes: maxBody, answer: statelessAnswer, tooLarge, internalError: INTERNAL_ERROR_ANSWER, fallback: honoListener })
      : touchSession !== undefined
        ? sessionPostListener({
            path,
            maxBodyBytes: maxBody,
            tooLarge,
            internalError: INTERNAL_ERROR_ANSWER,
            touchSession,
            answer: (post) => answerSessionToolCall(core, post),
            fetch: (request) => app.fetch(request),
            fallback: honoListener,
          })
        : honoListener;
  const server = applyHttpServeLimits(createServer(httpServerOptionsOf(limits), listener), limits);
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve((server.address() as AddressInfo).port));
  });
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}${path}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
