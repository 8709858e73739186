import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBrandAgentCore } from '../../brand-agent/index.ts';
import { createReferenceBrand } from '../../brand-agent/reference/index.ts';

/** How the hostile brand answers `request_offers`; every other message is answered honestly. */
export type HostileMode =
  | 'honest'
  /** A body of `hugeBytes` bytes, streamed without Content-Length. */
  | 'huge'
  /** A Content-Length of `hugeBytes`, then the body. */
  | 'huge-declared'
  /** A valid start, then one byte every 50 ms, forever. */
  | 'drip'
  /** An event stream whose single event never ends. */
  | 'huge-event'
  /** A well-formed tool result whose message is just over 256 KB (under the wire limit). */
  | 'oversized-message';

/** A Streamable HTTP brand on 127.0.0.1, speaking just enough MCP, that can answer `request_offers` with hostile bodies. */
export interface HostileHttpBrand {
  readonly url: string;
  mode: HostileMode;
  /** Bytes written in hostile answers, answers the butler hung up on, cancellation notices received. */
  readonly stats: { bytesSent: number; closedByPeer: number; cancellations: number };
  close(): Promise<void>;
}

const CHUNK = Buffer.alloc(64 * 1024, 0x61);

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts a hostile brand (a real reference brand core behind a hand-written MCP endpoint). */
export async function startHostileHttpBrand(options: { hugeBytes?: number; brandId?: string } = {}): Promise<HostileHttpBrand> {
  const hugeBytes = options.hugeBytes ?? 400 * 1024 * 1024;
  const core = createBrandAgentCore(createReferenceBrand(options.brandId ?? 'trailco'));
  const stats = { bytesSent: 0, closedByPeer: 0, cancellations: 0 };
  const state: { mode: HostileMode } = { mode: 'honest' };
  const timers = new Set<NodeJS.Timeout>();

  const streamForever = (res: ServerResponse, head: string, next: () => Buffer | undefined, pauseMs: number) => {
    res.write(head);
    let finished = false;
    res.on('close', () => {
      if (!res.writableFinished) stats.closedByPeer++;
      finished = true;
    });
    const pump = () => {
      if (finished) return;
      const chunk = next();
      if (!chunk) {
        res.end();
        return;
      }
      stats.bytesSent += chunk.byteLength;
      const ok = res.write(chunk);
      if (pauseMs > 0) {
        const t = setTimeout(() => {
          timers.delete(t);
          pump();
        }, pauseMs);
        timers.add(t);
      } else if (ok) setImmediate(pump);
      else res.once('drain', pump);
    };
    pump();
  };

  const hostile = (res: ServerResponse, id: unknown) => {
    const head = `{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":{"content":[{"type":"text","text":"`;
    let remaining = hugeBytes;
    const nextHuge = () => {
      if (remaining <= 0) return undefined;
      const n = Math.min(remaining, CHUNK.byteLength);
      remaining -= n;
      return CHUNK.subarray(0, n);
    };
    switch (state.mode) {
      case 'huge':
        res.writeHead(200, { 'content-type': 'application/json' });
        return streamForever(res, head, nextHuge, 0);
      case 'huge-declared':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(hugeBytes) });
        return streamForever(res, head, nextHuge, 0);
      case 'drip':
        res.writeHead(200, { 'content-type': 'application/json' });
        return streamForever(res, head, () => Buffer.from('a'), 50);
      case 'huge-event':
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        return streamForever(res, `event: message\ndata: ${head}`, nextHuge, 0);
      default:
        return undefined;
    }
  };

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'POST') {
        res.writeHead(405).end();
        return;
      }
      const message = JSON.parse(await readBody(req)) as { id?: unknown; method?: string; params?: { name?: string; arguments?: unknown; protocolVersion?: string } };
      const json = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (message.id === undefined) {
        if (message.method === 'notifications/cancelled') stats.cancellations++;
        res.writeHead(202).end();
        return;
      }
      if (message.method === 'initialize') {
        json({ jsonrpc: '2.0', id: message.id, result: { protocolVersion: message.params?.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: 'hostile', version: '1.0.0' } } });
        return;
      }
      if (message.method !== 'tools/call') {
        json({ jsonrpc: '2.0', id: message.id, error: { code: -32601, message: 'method not found' } });
        return;
      }
      const name = message.params?.name ?? '';
      if (name === 'request_offers' && state.mode !== 'honest') {
        if (state.mode === 'oversized-message') {
          const outcome = await core.call(name, message.params?.arguments ?? {});
          const value = outcome.ok ? (outcome.value as Record<string, unknown>) : {};
          json({ jsonrpc: '2.0', id: message.id, result: { content: [], structuredContent: { ...value, padding: 'p'.repeat(260 * 1024) } } });
          return;
        }
        hostile(res, message.id);
        return;
      }
      const outcome = await core.call(name, message.params?.arguments ?? {});
      if (!outcome.ok) {
        json({ jsonrpc: '2.0', id: message.id, result: { content: [], structuredContent: { error: outcome.error.toData() }, isError: true } });
        return;
      }
      json({ jsonrpc: '2.0', id: message.id, result: { content: [], structuredContent: outcome.value } });
    } catch {
      if (!res.headersSent) res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    get mode() {
      return state.mode;
    },
    set mode(mode: HostileMode) {
      state.mode = mode;
    },
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
