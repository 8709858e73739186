import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { BrandAgentCore } from './brand-agent-core.ts';
import { createBrandAgent } from './create-brand-agent.ts';
import type { BrandAgentDefinition } from './definition.ts';

/** Options for serving a brand over Streamable HTTP. */
export interface HttpServeOptions {
  /** Port; 0 picks a free one (default 0). */
  readonly port?: number;
  /** Interface to bind (default 127.0.0.1: never exposed unless asked). */
  readonly host?: string;
  /** URL path of the MCP endpoint (default /mcp). */
  readonly path?: string;
}

/** A running HTTP brand server. */
export interface HttpBrandServer {
  /** The MCP endpoint URL. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** The hono app serving one brand core: POST/GET/DELETE on the MCP path, plus GET /card and /health. */
export function createBrandHttpApp(core: BrandAgentCore, path = '/mcp'): Hono {
  const app = new Hono();
  // Bodies up to twice the protocol limit reach the agent, which answers PAYLOAD_TOO_LARGE as a typed error;
  // anything larger is refused before it is read into memory.
  const maxBody = core.maxPayloadBytes * 2;
  app.use(
    path,
    bodyLimit({
      maxSize: maxBody,
      onError: (c) =>
        c.json({ jsonrpc: '2.0', id: null, error: { code: -32602, message: `request body exceeds ${maxBody} bytes`, data: { code: 'PAYLOAD_TOO_LARGE' } } }, 413),
    }),
  );
  app.get('/health', (c) => c.json({ ok: true, brand: core.card.id }));
  app.get('/card', (c) => c.json(core.card));
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
  app.onError((error, c) => c.json({ jsonrpc: '2.0', id: null, error: { code: -32603, message: 'internal error', data: { code: 'INTERNAL_ERROR' } } }, 500));
  return app;
}

/** Serves a brand over Streamable HTTP with hono, bound to 127.0.0.1 by default. */
export async function serveBrandOverHttp(source: BrandAgentDefinition | BrandAgentCore, options: HttpServeOptions = {}): Promise<HttpBrandServer> {
  const core = source instanceof BrandAgentCore ? source : new BrandAgentCore(source);
  const host = options.host ?? '127.0.0.1';
  const path = options.path ?? '/mcp';
  const app = createBrandHttpApp(core, path);
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, (info: AddressInfo) => resolve({ server: s, port: info.port }));
    s.once('error', reject);
  });
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}${path}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
