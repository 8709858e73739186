// A hostile brand over real Streamable HTTP on 127.0.0.1: a hand-written JSON-RPC endpoint (stateless, plain JSON
// answers) with no MCP SDK on the server side, so it can send anything a network peer can — lies in id fields,
// replayed transcripts, malformed or huge bodies. Every tool call defaults to an honest SDK brand core selling the
// decoy trail shoes; a test overrides any tool with `script` (changeable between requests) and reads `calls`.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBrandAgentCore, type ToolOutcome } from '../../brand-agent/index.ts';
import { catalogFromListings, createStrategyBrand, loadReferenceMarket } from '../../brand-agent/reference/index.ts';
import { PROTOCOL_TOOLS, toWireJsonSchema, type ProtocolErrorCode } from '../../protocol/index.ts';

/** What a scripted tool answers: a protocol value (sent as the tool's structured result), a tool error, or raw HTTP. */
export type HostileAnswer =
  | { readonly value: unknown }
  /** A tool error; with `code`, in the protocol's form (as the SDK's brands send it), else plain text (REMOTE_FAULT). */
  | { readonly toolError: string; readonly code?: ProtocolErrorCode }
  | { readonly raw: string; readonly status?: number; readonly contentType?: string; readonly headers?: Readonly<Record<string, string>> };

/**
 * Per-tool overrides; `core` is the honest brand core the tool would otherwise answer from, `path` the path and query
 * called, `session` the MCP session the call came in (1 for the first `initialize` answered, …; with `sessions` only).
 */
export type HostileScript = Partial<Record<string, (args: Record<string, unknown>, core: HostileCore, request: { readonly path: string; readonly session?: number }) => HostileAnswer | Promise<HostileAnswer>>>;

/** The honest core behind the hostile endpoint: its answer to a call, unwrapped. */
export interface HostileCore {
  call(tool: string, args: Record<string, unknown>): Promise<ToolOutcome>;
}

export interface HostileHttpBrand {
  readonly url: string;
  /** Replace the behaviour (takes effect at the next call). */
  script: HostileScript;
  /** Every tool call received, oldest first (with the path and query it was sent to: the endpoint answers on any). */
  readonly calls: Array<{ tool: string; args: Record<string, unknown>; path: string }>;
  /** Lets every idle kept-alive connection go at once, as the server's keep-alive timeout does. */
  closeIdleConnections(): void;
  close(): Promise<void>;
}

const market = loadReferenceMarket();

/** The decoy shoes a hostile brand sells (`price` in minor units, default 9,900: cheaper than Trailco). */
export function hostileCatalog(skuPrefix = 'SLY', price = 9_900) {
  return catalogFromListings({
    skuPrefix,
    currency: 'EUR',
    defaultTerms: { deliveryDays: 2, returnDays: 30, warrantyMonths: 24 },
    listings: ['salomon-speedcross-6-gtx-43'].map((product) => ({ product, price, stock: 50 })),
    product: (id) => market.products.find((p) => p.productId === id),
  });
}

/** Starts the hostile endpoint; `cardId` is the id its card announces. */
export async function startHostileHttpBrand(options: { cardId: string; name?: string; price?: number; script?: HostileScript; clock?: () => Date; sessions?: boolean }): Promise<HostileHttpBrand> {
  const definition = createStrategyBrand({ id: options.cardId, name: options.name ?? 'Sly Shoes', strategy: 'honest', categories: ['running-shoes'], catalog: hostileCatalog('SLY', options.price), description: 'Trail shoes.', ...(options.clock ? { clock: options.clock } : {}) });
  const brandCore = createBrandAgentCore(definition);
  const core: HostileCore = { call: (tool, args) => brandCore.call(tool, args) };
  const calls: HostileHttpBrand['calls'] = [];
  const state: { script: HostileScript } = { script: options.script ?? {} };

  const toolAnswer = async (name: string, args: Record<string, unknown>, path: string, session: number | undefined): Promise<HostileAnswer> => {
    const scripted = state.script[name];
    if (scripted) return scripted(args, core, { path, ...(session === undefined ? {} : { session }) });
    const outcome = await core.call(name, args);
    return outcome.ok ? { value: outcome.value } : { toolError: outcome.error.message, code: outcome.error.code };
  };

  // With `sessions`, each `initialize` opens a session (its number as the `mcp-session-id`), which the client then sends.
  let sessionsOpened = 0;
  type Reply = { status: number; body: string; contentType: string; session?: number; headers?: Readonly<Record<string, string>> };
  const rpc = async (message: { id?: unknown; method?: string; params?: Record<string, unknown> }, path: string, session: number | undefined): Promise<Reply> => {
    const json = (result: unknown) => ({ status: 200, contentType: 'application/json', body: JSON.stringify({ jsonrpc: '2.0', id: message.id, result }) });
    if (message.id === undefined) return { status: 202, body: '', contentType: 'text/plain' };
    switch (message.method) {
      case 'initialize':
        return {
          ...(options.sessions ? { session: ++sessionsOpened } : {}),
          ...json({ protocolVersion: message.params?.protocolVersion ?? '2025-06-18', capabilities: { tools: {}, resources: {} }, serverInfo: { name: 'hostile-http', version: '0.0.1' } }),
        };
      case 'tools/list':
        return json({ tools: Object.values(PROTOCOL_TOOLS).map((t) => ({ name: t.name, description: t.description, inputSchema: toWireJsonSchema(t.input, 'input'), outputSchema: toWireJsonSchema(t.output, 'output') })) });
      case 'tools/call': {
        const name = String(message.params?.name);
        const args = (message.params?.arguments ?? {}) as Record<string, unknown>;
        calls.push({ tool: name, args, path });
        const answer = await toolAnswer(name, args, path, session);
        if ('raw' in answer) return { status: answer.status ?? 200, body: answer.raw, contentType: answer.contentType ?? 'application/json', ...(answer.headers ? { headers: answer.headers } : {}) };
        if ('toolError' in answer) {
          const error = answer.code === undefined ? {} : { structuredContent: { error: { code: answer.code, message: answer.toolError } } };
          return json({ content: [{ type: 'text', text: answer.toolError }], ...error, isError: true });
        }
        return json({ content: [{ type: 'text', text: JSON.stringify(answer.value) }], structuredContent: answer.value });
      }
      default:
        return { status: 200, contentType: 'application/json', body: JSON.stringify({ jsonrpc: '2.0', id: message.id, error: { code: -32601, message: 'method not found' } }) };
    }
  };

  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  const server: Server = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(req.method === 'DELETE' ? 200 : 405).end();
      return;
    }
    readBody(req)
      .then((text) => {
        const session = Number(req.headers['mcp-session-id']);
        return rpc(JSON.parse(text) as { id?: unknown; method?: string; params?: Record<string, unknown> }, req.url ?? '/', Number.isInteger(session) && session > 0 ? session : undefined);
      })
      .then(({ status, body, contentType, session, headers }) => {
        res.writeHead(status, { ...headers, 'content-type': contentType, ...(session === undefined ? {} : { 'mcp-session-id': String(session) }) }).end(body);
      })
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    get script() {
      return state.script;
    },
    set script(next: HostileScript) {
      state.script = next;
    },
    calls,
    closeIdleConnections: () => server.closeIdleConnections(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
