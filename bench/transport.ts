import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport, getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { BrandClient, createBoundedFetch, wireLimitFor } from '../agent/transport/index.ts';
import { linkBrandInMemory, serveBrandOverHttp } from '../brand-agent/index.ts';
import { createReferenceBrand } from '../brand-agent/reference/index.ts';
import { PROTOCOL_VERSION, type NeedBriefInput } from '../protocol/index.ts';
import type { BenchSuite, BenchTarget } from './bench-case.ts';
import { createBareServer } from './fixtures/bare-mcp-server.ts';
import { formatMs, percentile, sampleAsync } from './stats.ts';

const brief: NeedBriefInput = {
  protocolVersion: PROTOCOL_VERSION,
  requestId: 'bench-1',
  buyerId: 'buyer-bench',
  category: 'running-shoes',
  hardConstraints: [
    { attribute: 'size_eu', op: 'eq', value: 43 },
    { attribute: 'terrain', op: 'eq', value: 'trail' },
  ],
  softPreferences: [{ attribute: 'weight_g', direction: 'lower', weight: 0.5 }],
  quantity: 1,
  currency: 'EUR',
  maxOffers: 3,
  issuedAt: '2026-11-23T10:00:00.000Z',
};
const BRAND = 'trailco';
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 2000);

async function bareHttpServer(payload: Record<string, unknown>): Promise<{ url: string; close: () => void }> {
  const app = new Hono();
  app.all('/mcp', async (c) => {
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    const server = createBareServer(payload);
    await server.connect(transport);
    try {
      return await transport.handleRequest(c.req.raw);
    } finally {
      void server.close();
    }
  });
  return new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}/mcp`, close: () => s.close() }),
    );
  });
}

// The bare floor uses the same per-request signals as BrandClient: with the SDK's default fetch every call leaves an
// abort listener on the transport's lifetime signal until GC (nodejs/undici#3157), which is what made this bench warn.
function bareHttpTransport(url: string): StreamableHTTPClientTransport {
  return new StreamableHTTPClientTransport(new URL(url), { fetch: createBoundedFetch({ maxFrameBytes: wireLimitFor() }) });
}

async function connectBare(transport: Parameters<Client['connect']>[0]): Promise<Client> {
  const client = new Client({ name: 'bench', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

function report(log: (line: string) => void, label: string, ours: number[], floor: number[]): { p50: number; ratio: number } {
  const p50 = percentile(ours, 50);
  const floorP50 = percentile(floor, 50);
  const ratio = p50 / floorP50;
  log(`${label.padEnd(10)} majordome p50 ${formatMs(p50).padStart(9)}  p99 ${formatMs(percentile(ours, 99)).padStart(9)} | bare MCP p50 ${formatMs(floorP50).padStart(9)}  p99 ${formatMs(percentile(floor, 99)).padStart(9)} | ratio ${ratio.toFixed(2)}×`);
  return { p50, ratio };
}

async function httpThroughput(log: (line: string) => void): Promise<number> {
  const child = spawn(process.execPath, ['bin/majordome.js', 'brand', 'serve', BRAND, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /(http:\/\/\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`brand server exited with ${code}`)));
    });
    // The butler's own client, as in production: 32 connections to one brand process.
    const connected = await Promise.all(Array.from({ length: 32 }, () => BrandClient.connect({ kind: 'http', url }, { connectTimeoutMs: 30_000, callTimeoutMs: 30_000 })));
    const clients = connected.map((c) => {
      if (!c.ok) throw new Error(c.error.message);
      return c.value;
    });
    const perClient = 150;
    const call = async (client: BrandClient, i: number) => {
      const result = await client.requestOffers({ ...brief, requestId: `load-${i}` });
      if (!result.ok) throw new Error(`load call failed: ${result.error.code} ${result.error.message}`);
    };
    await Promise.all(clients.map((c, i) => call(c, i)));
    const start = performance.now();
    await Promise.all(clients.map(async (client, ci) => {
      for (let i = 0; i < perClient; i++) await call(client, ci * perClient + i);
    }));
    const seconds = (performance.now() - start) / 1000;
    const rate = (clients.length * perClient) / seconds;
    log(`http load  ${clients.length * perClient} calls from 32 concurrent clients against a brand in another process: ${rate.toFixed(0)} calls/s`);
    await Promise.all(clients.map((c) => c.close()));
    return rate;
  } finally {
    child.kill('SIGTERM');
  }
}

/** Brief → offers round trips over each transport, beside a bare MCP SDK tool call with the same payloads. */
export const transportSuite: BenchSuite = {
  name: 'transport',
  async run(log) {
    let listenerWarnings = 0;
    const onWarning = (warning: Error) => {
      if (warning.name === 'MaxListenersExceededWarning') listenerWarnings++;
    };
    process.on('warning', onWarning);
    const clock = () => new Date('2026-11-23T10:00:00Z');
    const targets: BenchTarget[] = [];

    // In-memory.
    const link = await linkBrandInMemory(createReferenceBrand(BRAND, { clock }));
    const ours = await BrandClient.connect({ kind: 'transport', transport: link.clientTransport });
    if (!ours.ok) throw new Error(ours.error.message);
    const first = await ours.value.requestOffers(brief);
    if (!first.ok) throw new Error(first.error.message);
    const payload = first.value as unknown as Record<string, unknown>;
    log(`payload: ${first.value.offers.length} offers, ${JSON.stringify(payload).length} bytes; ${ITERATIONS} sequential calls per case`);
    const [bareClientEnd, bareServerEnd] = InMemoryTransport.createLinkedPair();
    await createBareServer(payload).connect(bareServerEnd);
    const bareMemory = await connectBare(bareClientEnd);
    const memory = report(
      log,
      'in-memory',
      await sampleAsync(() => ours.value.requestOffers(brief), ITERATIONS),
      await sampleAsync(() => bareMemory.callTool({ name: 'echo', arguments: brief }), ITERATIONS),
    );
    targets.push({ label: 'in-memory round trip vs bare MCP', measured: memory.ratio, unit: '×', target: '≤ 1.2×', met: memory.ratio <= 1.2 });
    await ours.value.close();
    await link.close();
    await bareMemory.close();

    // stdio (child processes).
    const dir = mkdtempSync(join(tmpdir(), 'majordome-bench-'));
    const payloadFile = join(dir, 'payload.json');
    writeFileSync(payloadFile, JSON.stringify(payload));
    const stdioOurs = await BrandClient.connect({ kind: 'stdio', command: process.execPath, args: ['bin/majordome.js', 'brand', 'serve', BRAND, '--stdio'] }, { connectTimeoutMs: 30_000 });
    if (!stdioOurs.ok) throw new Error(stdioOurs.error.message);
    const bareStdio = await connectBare(
      new StdioClientTransport({ command: process.execPath, args: ['bin/run-ts.js', 'bench/fixtures/bare-mcp-server.ts', payloadFile], env: getDefaultEnvironment(), stderr: 'ignore' }),
    );
    const stdio = report(
      log,
      'stdio',
      await sampleAsync(() => stdioOurs.value.requestOffers(brief), ITERATIONS),
      await sampleAsync(() => bareStdio.callTool({ name: 'echo', arguments: brief }), ITERATIONS),
    );
    targets.push({ label: 'stdio round trip vs bare MCP', measured: stdio.ratio, unit: '×', target: 'reported', met: true });
    await stdioOurs.value.close();
    await bareStdio.close();

    // Streamable HTTP on loopback.
    const httpServer = await serveBrandOverHttp(createReferenceBrand(BRAND, { clock }));
    const httpOurs = await BrandClient.connect({ kind: 'http', url: httpServer.url });
    if (!httpOurs.ok) throw new Error(httpOurs.error.message);
    const bareHttp = await bareHttpServer(payload);
    const bareHttpClient = await connectBare(bareHttpTransport(bareHttp.url));
    const http = report(
      log,
      'http',
      await sampleAsync(() => httpOurs.value.requestOffers(brief), ITERATIONS),
      await sampleAsync(() => bareHttpClient.callTool({ name: 'echo', arguments: brief }), ITERATIONS),
    );
    targets.push({ label: 'HTTP round trip p50', measured: http.p50, unit: 'ms', target: '≤ 1 ms', met: http.p50 <= 1 });
    await httpOurs.value.close();
    await bareHttpClient.close();
    await httpServer.close();
    bareHttp.close();

    const rate = await httpThroughput(log);
    targets.push({ label: 'HTTP calls/s, one brand process, concurrent load', measured: Math.round(rate), unit: 'calls/s', target: '≥ 1,500', met: rate >= 1500 });
    process.off('warning', onWarning);
    log(`MaxListenersExceededWarning during the suite: ${listenerWarnings}`);
    targets.push({ label: 'listener-leak warnings during the suite', measured: listenerWarnings, unit: 'warnings', target: '0', met: listenerWarnings === 0 });
    return targets;
  },
};
