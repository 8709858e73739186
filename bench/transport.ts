import { spawn } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport, getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { LATEST_PROTOCOL_VERSION } from '@modelcontextprotocol/sdk/types.js';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { BrandClient, createBoundedFetch, wireLimitFor } from '../agent/transport/index.ts';
import { createBrandAgentCore, linkBrandInMemory, serveBrandOverHttp, type BrandAgentDefinition } from '../brand-agent/index.ts';
import { createReferenceBrand } from '../brand-agent/reference/index.ts';
import { PROTOCOL_LIMITS, PROTOCOL_TOOLS, PROTOCOL_VERSION, compiledSchema, jsonByteLength, jsonBytesOver, utf8BytesOver, type BriefResponse, type NeedBriefInput } from '../protocol/index.ts';
import type { BenchSuite, BenchTarget } from './bench-case.ts';
import { bareMcpHttpApp } from './fixtures/bare-mcp-http-app.ts';
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
// BENCH_TRANSPORT_CASES=memory,stdio,http,load,lean runs only those parts (default: all).
const CASES = new Set((process.env.BENCH_TRANSPORT_CASES ?? 'memory,stdio,http,load,lean').split(',').map((c) => c.trim()));

async function bareHttpServer(payload: Record<string, unknown>): Promise<{ url: string; close: () => void }> {
  const app = bareMcpHttpApp(payload);
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

/**
 * CPU µs (user + system, garbage collection included) per call of each function: blocks of `block` calls taken in turn,
 * the median block per function. Wall time on a loaded machine counts other processes' turns; CPU time does not.
 */
async function cpuPerCall(fns: ReadonlyArray<() => Promise<unknown>>, calls: number, block = 100): Promise<number[]> {
  const perBlock = fns.map(() => [] as number[]);
  for (let b = 0; b < Math.max(1, Math.round(calls / block)); b++) {
    for (let k = 0; k < fns.length; k++) {
      const start = process.cpuUsage();
      for (let i = 0; i < block; i++) await fns[k]!();
      const used = process.cpuUsage(start);
      perBlock[k]!.push((used.user + used.system) / block);
    }
  }
  return perBlock.map((blocks) => percentile(blocks, 50));
}

/** Times each function `iterations` times, taking them in turn (so load changes hit all alike); ms per call, per function. */
async function sampleInterleaved(fns: ReadonlyArray<() => Promise<unknown>>, iterations: number): Promise<number[][]> {
  for (let i = 0; i < Math.min(200, iterations); i++) for (const fn of fns) await fn();
  const samples = fns.map(() => new Array<number>(iterations));
  for (let i = 0; i < iterations; i++) {
    for (let k = 0; k < fns.length; k++) {
      const start = performance.now();
      await fns[k]!();
      samples[k]![i] = performance.now() - start;
    }
  }
  return samples;
}

function report(log: (line: string) => void, label: string, ours: number[], floor: number[]): { p50: number; ratio: number } {
  const p50 = percentile(ours, 50);
  const floorP50 = percentile(floor, 50);
  const ratio = p50 / floorP50;
  log(`${label.padEnd(15)} majordome p50 ${formatMs(p50).padStart(9)}  p99 ${formatMs(percentile(ours, 99)).padStart(9)} | bare MCP p50 ${formatMs(floorP50).padStart(9)}  p99 ${formatMs(percentile(floor, 99)).padStart(9)} | ratio ${ratio.toFixed(2)}×`);
  return { p50, ratio };
}

/** CPU seconds (user + system) used so far by a process and its direct children, from /proc; NaN where /proc is missing. */
function cpuSecondsOfTree(pid: number): number {
  const ticks = 100; // USER_HZ on Linux
  try {
    let total = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue;
      }
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(entry) !== pid && Number(fields[1]) !== pid) continue;
      total += (Number(fields[11]) + Number(fields[12])) / ticks;
    }
    return total;
  } catch {
    return Number.NaN;
  }
}

/** Starts a child process and resolves with the first URL it prints, and a way to stop it (SIGTERM, then wait). */
async function startChild(args: readonly string[]): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const LOAD_CLIENTS = 32;
const LOAD_CALLS_PER_CLIENT = Number(process.env.BENCH_HTTP_LOAD_CALLS ?? 150);

/** What a load run measured: answered calls per second, failed calls, and CPU per call in the server and in this process. */
interface LoadResult {
  readonly rate: number;
  readonly failures: number;
  readonly firstFailure?: string;
  readonly serverCpuUsPerCall: number;
  readonly clientCpuUsPerCall: number;
}

/** Runs `call(client, i)` LOAD_CALLS_PER_CLIENT times in a row on each of LOAD_CLIENTS clients at once. */
async function loadRate(clients: number, serverPid: number, call: (client: number, i: number) => Promise<void>): Promise<LoadResult> {
  await Promise.all(Array.from({ length: clients }, (_, c) => call(c, -1)));
  let failures = 0;
  let firstFailure: string | undefined;
  const serverCpu = cpuSecondsOfTree(serverPid);
  const clientCpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; i < LOAD_CALLS_PER_CLIENT; i++) {
        try {
          await call(c, i);
        } catch (error) {
          failures++;
          firstFailure ??= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const calls = clients * LOAD_CALLS_PER_CLIENT;
  const client = process.cpuUsage(clientCpu);
  return {
    rate: (calls - failures) / seconds,
    failures,
    ...(firstFailure === undefined ? {} : { firstFailure }),
    serverCpuUsPerCall: ((cpuSecondsOfTree(serverPid) - serverCpu) * 1e6) / calls,
    clientCpuUsPerCall: (client.user + client.system) / calls,
  };
}

/** The floor: plain `fetch` POSTs of the brief to an empty hono route in another process, 32 at a time. */
async function fetchFloorRate(): Promise<LoadResult> {
  const server = await startChild(['bin/run-ts.js', 'bench/fixtures/empty-hono-server.ts']);
  try {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'request_offers', arguments: brief } });
    return await loadRate(LOAD_CLIENTS, server.pid, async () => {
      const response = await fetch(server.url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      await response.text();
    });
  } finally {
    await server.stop();
  }
}

/** The butler's own client (BrandClient), 32 connections, each as a different buyer, against `brand serve` with `flags`. */
async function brandRate(flags: readonly string[]): Promise<LoadResult> {
  const server = await startChild(['bin/majordome.js', 'brand', 'serve', BRAND, '--port', '0', ...flags]);
  try {
    const connected = await Promise.all(
      Array.from({ length: LOAD_CLIENTS }, () => BrandClient.connect({ kind: 'http', url: server.url }, { connectTimeoutMs: 30_000, callTimeoutMs: 30_000 })),
    );
    const clients = connected.map((c) => {
      if (!c.ok) throw new Error(c.error.message);
      return c.value;
    });
    try {
      return await loadRate(LOAD_CLIENTS, server.pid, async (c, i) => {
        const result = await clients[c]!.requestOffers({ ...brief, buyerId: `buyer-load-${c}`, requestId: `load-${c}-${i}` });
        if (!result.ok) throw new Error(`load call failed: ${result.error.code} ${result.error.message}`);
      });
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
  } finally {
    await server.stop();
  }
}

/**
 * The same 32 clients as one lean load generator: node:http over 32 keep-alive sockets, each POSTing a stateless
 * `tools/call` of request_offers (a JSON-RPC request with the MCP headers, no session) and reading the JSON answer,
 * which must be a tool result without isError. It costs the shared CPU far less per call than BrandClient (fetch,
 * the MCP client, the zod check of every answer), so what it measures is nearer to the server's own capacity.
 */
async function leanRate(url: string, serverPid: number, tool: string, checked: boolean): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: LOAD_CLIENTS });
  const target = new URL(url);
  const post = (body: string) =>
    new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json, text/event-stream',
            'mcp-protocol-version': LATEST_PROTOCOL_VERSION,
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`HTTP ${res.statusCode}`))));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  try {
    return await loadRate(LOAD_CLIENTS, serverPid, async (c, i) => {
      const args = { ...brief, buyerId: `buyer-lean-${c}`, requestId: `lean-${c}-${i}` };
      const answer = JSON.parse(await post(JSON.stringify({ jsonrpc: '2.0', id: i + 2, method: 'tools/call', params: { name: tool, arguments: args } }))) as {
        result?: { isError?: boolean; structuredContent?: unknown };
      };
      if (checked && (answer.result?.structuredContent === undefined || answer.result.isError)) throw new Error(`lean call failed: ${JSON.stringify(answer).slice(0, 200)}`);
    });
  } finally {
    agent.destroy();
  }
}

function describeLoad(result: LoadResult, floor?: LoadResult, floorName = 'the floor'): string {
  const rate = `${result.rate.toFixed(0).padStart(6)} calls/s${floor ? ` (${(result.rate / floor.rate).toFixed(2)}× ${floorName})` : ''}`;
  const cpu = `CPU per call: server ${result.serverCpuUsPerCall.toFixed(0)} µs, client ${result.clientCpuUsPerCall.toFixed(0)} µs`;
  const failed = result.failures > 0 ? `; ${result.failures} calls failed (first: ${result.firstFailure})` : '';
  return `${rate}; ${cpu}${failed}`;
}

/** The most calls/s a single-threaded load generator can issue when each costs it `clientCpuUsPerCall` of CPU. */
const clientCeiling = (result: LoadResult) => 1e6 / result.clientCpuUsPerCall;

async function httpThroughput(log: (line: string) => void, targets: BenchTarget[]): Promise<void> {
  const calls = LOAD_CLIENTS * LOAD_CALLS_PER_CLIENT;
  log(`http load: ${calls} calls from ${LOAD_CLIENTS} concurrent clients (one buyer each) against one brand server in another process; the load generator shares the 2 cores`);
  const floor = await fetchFloorRate();
  log(`  ${'floor: plain fetch POST of the brief to an empty hono route'.padEnd(50)}${describeLoad(floor)}`);
  const cases: Array<{ label: string; flags: string[] }> = [
    { label: 'brand serve (stateful sessions)', flags: [] },
    { label: 'brand serve --stateless', flags: ['--stateless'] },
    { label: 'brand serve --workers 2 (stateless)', flags: ['--workers', '2'] },
  ];
  let worstCeiling = Number.POSITIVE_INFINITY;
  for (const { label, flags } of cases) {
    const result = await brandRate(flags);
    worstCeiling = Math.min(worstCeiling, clientCeiling(result));
    log(`  ${label.padEnd(50)}${describeLoad(result, floor)}`);
    targets.push({ label: `HTTP calls/s, ${label}, ${LOAD_CLIENTS} BrandClient clients`, measured: Math.round(result.rate), unit: 'calls/s', target: '≥ 1,500', met: result.rate >= 1500 && result.failures === 0 });
  }
  log(`  (with BrandClient as the load generator, its own CPU per call caps what one process can send at ~${worstCeiling.toFixed(0)} calls/s, before the server gets any CPU)`);
  targets.push({ label: `HTTP floor: plain fetch to an empty hono route, ${LOAD_CLIENTS} clients (same run)`, measured: Math.round(floor.rate), unit: 'calls/s', target: 'reported', met: true });
}

async function leanThroughput(log: (line: string) => void, targets: BenchTarget[], payload: Record<string, unknown>): Promise<void> {
  // The same servers under a lean load generator, beside the bare MCP SDK server and the empty route under that load.
  const dir = mkdtempSync(join(tmpdir(), 'majordome-bench-'));
  const payloadFile = join(dir, 'payload.json');
  writeFileSync(payloadFile, JSON.stringify(payload));
  const lean = async (args: readonly string[], tool = 'request_offers', checked = true) => {
    const server = await startChild(args);
    try {
      return await leanRate(server.url, server.pid, tool, checked);
    } finally {
      await server.stop();
    }
  };
  log(`lean load generator (node:http, ${LOAD_CLIENTS} keep-alive sockets, stateless tools/call POSTs; answers JSON-parsed, not validated):`);
  const emptyLean = await lean(['bin/run-ts.js', 'bench/fixtures/empty-hono-server.ts'], 'request_offers', false);
  log(`  ${'floor: empty hono route'.padEnd(50)}${describeLoad(emptyLean)}`);
  // A stateless brand server answers its MCP POSTs from node:http without hono, so its floor is an empty node:http route.
  const emptyNodeLean = await lean(['bin/run-ts.js', 'bench/fixtures/empty-node-server.ts'], 'request_offers', false);
  log(`  ${'floor: empty node:http route'.padEnd(50)}${describeLoad(emptyNodeLean)}`);
  const bareLean = await lean(['bin/run-ts.js', 'bench/fixtures/bare-mcp-http-server.ts', payloadFile], 'echo');
  log(`  ${'floor: bare MCP SDK server, stateless, echo'.padEnd(50)}${describeLoad(bareLean, emptyLean, 'the empty route')}`);
  const leanCases: Array<{ label: string; flags: string[] }> = [
    { label: 'brand serve --stateless', flags: ['--stateless'] },
    { label: 'brand serve --workers 2 (stateless)', flags: ['--workers', '2'] },
  ];
  for (const { label, flags } of leanCases) {
    const result = await lean(['bin/majordome.js', 'brand', 'serve', BRAND, '--port', '0', ...flags]);
    log(`  ${label.padEnd(50)}${describeLoad(result, bareLean, 'bare MCP')}; server alone ~${(1e6 / result.serverCpuUsPerCall).toFixed(0)} calls/s per core`);
    targets.push({ label: `HTTP calls/s, ${label}, ${LOAD_CLIENTS} lean clients (node:http)`, measured: Math.round(result.rate), unit: 'calls/s', target: '≥ 1,500', met: result.rate >= 1500 && result.failures === 0 });
    targets.push({ label: `HTTP calls/s, ${label} / bare MCP SDK server, lean clients (same run)`, measured: result.rate / bareLean.rate, unit: '×', target: 'reported', met: true });
  }
  log('  ("server alone": 1 s of CPU divided by the server CPU per call: the rate one core would give the server if the load generator cost nothing;');
  log('   brand serve --stateless answers MCP POSTs from node:http without hono, so its floor is the empty node:http route, not the hono one)');
  targets.push({ label: `HTTP floor: bare MCP SDK server (stateless, echo), ${LOAD_CLIENTS} lean clients (same run)`, measured: Math.round(bareLean.rate), unit: 'calls/s', target: 'reported', met: true });
  targets.push({ label: `HTTP floor: empty hono route, ${LOAD_CLIENTS} lean clients (same run)`, measured: Math.round(emptyLean.rate), unit: 'calls/s', target: 'reported', met: true });
  targets.push({ label: `HTTP floor: empty node:http route, ${LOAD_CLIENTS} lean clients (same run)`, measured: Math.round(emptyNodeLean.rate), unit: 'calls/s', target: 'reported', met: true });
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

    // In-memory. What is validated: the brand core checks every brief in full (size, protocol version, zod schema) and
    // every answer its handler returns (zod schema, ids, size); the linked transport hands that very object to the
    // butler's client, which does not validate it again (answersValidated). The bare MCP echo validates nothing of ours.
    const definition = createReferenceBrand(BRAND, { clock });
    const link = await linkBrandInMemory(definition);
    const ours = await BrandClient.connect({ kind: 'transport', transport: link.clientTransport, answersValidated: link.answersValidated });
    if (!ours.ok) throw new Error(ours.error.message);
    const first = await ours.value.requestOffers(brief);
    if (!first.ok) throw new Error(first.error.message);
    const payload = first.value as unknown as Record<string, unknown>;
    log(`payload: ${first.value.offers.length} offers, ${JSON.stringify(payload).length} bytes; ${ITERATIONS} sequential calls per case`);
    if (CASES.has('memory')) await memoryCase(log, targets, definition, first.value);
    await ours.value.close();
    await link.close();

    if (CASES.has('stdio')) await stdioCase(log, targets, payload);
    if (CASES.has('http')) await httpCase(log, targets, payload, clock);
    if (CASES.has('load')) await httpThroughput(log, targets);
    if (CASES.has('lean')) await leanThroughput(log, targets, payload);
    process.off('warning', onWarning);
    log(`MaxListenersExceededWarning during the suite: ${listenerWarnings}`);
    targets.push({ label: 'listener-leak warnings during the suite', measured: listenerWarnings, unit: 'warnings', target: '0', met: listenerWarnings === 0 });
    return targets;
  },
};

async function memoryCase(log: (line: string) => void, targets: BenchTarget[], definition: BrandAgentDefinition, answer: BriefResponse): Promise<void> {
  const payload = answer as unknown as Record<string, unknown>;
  const trailcoLink = await linkBrandInMemory(definition);
  const trailco = await BrandClient.connect({ kind: 'transport', transport: trailcoLink.clientTransport, answersValidated: trailcoLink.answersValidated });
  if (!trailco.ok) throw new Error(trailco.error.message);
  // The same payload through Majordome's whole protocol path: a brand whose handler returns the answer trailco gave.
  const echoBrand = { ...definition, handlers: { ...definition.handlers, requestOffers: (b: { requestId: string }) => ({ ...answer, requestId: b.requestId }) } };
  const echoLink = await linkBrandInMemory(echoBrand);
  const checkedLink = await linkBrandInMemory(echoBrand);
  // The same echo with the core's validation off (as the simulator's fast mode, where nothing crosses a trust boundary).
  const uncheckedLink = await linkBrandInMemory(createBrandAgentCore(echoBrand, { validateMessages: false }));
  const echo = await BrandClient.connect({ kind: 'transport', transport: echoLink.clientTransport, answersValidated: echoLink.answersValidated });
  const echoChecked = await BrandClient.connect({ kind: 'transport', transport: checkedLink.clientTransport });
  const echoUnchecked = await BrandClient.connect({ kind: 'transport', transport: uncheckedLink.clientTransport, answersValidated: uncheckedLink.answersValidated });
  if (!echo.ok || !echoChecked.ok || !echoUnchecked.ok) throw new Error('echo brand did not connect');
  const [bareClientEnd, bareServerEnd] = InMemoryTransport.createLinkedPair();
  await createBareServer(payload).connect(bareServerEnd);
  const bareMemory = await connectBare(bareClientEnd);
  // What the brand core's validation costs alone on this payload: the brief (size, zod) and the answer (zod, size), as
  // the core checks them (compiledSchema: the generated parser, zod's verdicts; the brief's size bounded without
  // serialising it, jsonBytesOver; the answer serialised, as its text content is sent, and counted past a third of the limit).
  const limit = PROTOCOL_LIMITS.maxPayloadBytes;
  const validateOnce = async () => {
    if (jsonBytesOver(brief, limit) !== undefined || !compiledSchema(PROTOCOL_TOOLS.requestOffers.input).safeParse(brief).success) throw new Error('bench brief invalid');
    const parsed = compiledSchema(PROTOCOL_TOOLS.requestOffers.output).safeParse(answer);
    if (!parsed.success || utf8BytesOver(JSON.stringify(parsed.data), limit) !== undefined) throw new Error('bench answer invalid');
  };
  // The same checks with the schemas interpreted (zod's own parse), as the core ran them before compiledSchema.
  const validateInterpreted = async () => {
    if (jsonByteLength(brief) < 0 || !PROTOCOL_TOOLS.requestOffers.input.safeParse(brief).success) throw new Error('bench brief invalid');
    const parsed = PROTOCOL_TOOLS.requestOffers.output.safeParse(answer);
    if (!parsed.success || jsonByteLength(parsed.data) < 0) throw new Error('bench answer invalid');
  };
  const [echoSamples, bareSamples, checkedSamples, uncheckedSamples, trailcoSamples, validationSamples, interpretedSamples] = await sampleInterleaved(
    [
      () => echo.value.requestOffers(brief),
      () => bareMemory.callTool({ name: 'echo', arguments: brief }),
      () => echoChecked.value.requestOffers(brief),
      () => echoUnchecked.value.requestOffers(brief),
      () => trailco.value.requestOffers(brief),
      validateOnce,
      validateInterpreted,
    ],
    ITERATIONS,
  );
  const [echoCpu, bareCpu, uncheckedCpu] = await cpuPerCall(
    [() => echo.value.requestOffers(brief), () => bareMemory.callTool({ name: 'echo', arguments: brief }), () => echoUnchecked.value.requestOffers(brief)],
    ITERATIONS,
  );
  const memory = report(log, 'in-memory', echoSamples!, bareSamples!);
  report(log, '  +client check', checkedSamples!, bareSamples!);
  const unchecked = report(log, '  no validation', uncheckedSamples!, bareSamples!);
  report(log, '  trailco', trailcoSamples!, bareSamples!);
  const bareP50 = percentile(bareSamples!, 50);
  const validationP50 = percentile(validationSamples!, 50);
  // The least a validated round trip can cost: the bare echo plus the validation alone, both measured in this run.
  const validatedFloor = (bareP50 + validationP50) / bareP50;
  log(`  of which the brand core's validation alone (brief: size + zod; answer: zod + size): p50 ${formatMs(validationP50)} = ${(validationP50 / bareP50).toFixed(2)}× the whole bare round trip`);
  log(`  (the same validation with the schemas interpreted, not compiled: p50 ${formatMs(percentile(interpretedSamples!, 50))} = ${(percentile(interpretedSamples!, 50) / bareP50).toFixed(2)}× the bare round trip)`);
  log(`  floor of a validated round trip (bare echo + that validation, nothing else): ${validatedFloor.toFixed(2)}× bare; the validated round trip is ${(memory.p50 / (bareP50 + validationP50)).toFixed(2)}× this floor${validatedFloor > 1.5 ? '; ≤ 1.5× bare is out of reach while every brief and answer is checked with zod' : ''}`);
  log(`  CPU per call, GC included (median of 100-call blocks taken in turn): majordome ${echoCpu!.toFixed(1)} µs = ${(echoCpu! / bareCpu!).toFixed(2)}× bare ${bareCpu!.toFixed(1)} µs; no validation ${uncheckedCpu!.toFixed(1)} µs = ${(uncheckedCpu! / bareCpu!).toFixed(2)}×`);
  log('  (in-memory: the same payload both sides; "+client check": the client validates the answer again; "no validation": the core\'s validateMessages off, as in the simulator\'s fast mode; "trailco": the reference brand computing its offers)');
  targets.push({ label: 'in-memory round trip vs bare MCP echo, same payload (validated once per direction)', measured: memory.ratio, unit: '×', target: '≤ 1.5×', met: memory.ratio <= 1.5 });
  targets.push({ label: 'in-memory round trip vs bare MCP echo, same payload, without validation', measured: unchecked.ratio, unit: '×', target: '≤ 1.2×', met: unchecked.ratio <= 1.2 });
  targets.push({ label: 'in-memory round trip vs bare MCP echo, CPU per call (validated once per direction)', measured: echoCpu! / bareCpu!, unit: '×', target: 'reported', met: true });
  targets.push({ label: 'floor: bare echo + the validation alone, vs bare echo (same run)', measured: validatedFloor, unit: '×', target: 'reported', met: true });
  await Promise.all([echo.value.close(), echoChecked.value.close(), echoUnchecked.value.close()]);
  await echoLink.close();
  await checkedLink.close();
  await uncheckedLink.close();
  await bareMemory.close();
  await trailco.value.close();
  await trailcoLink.close();
}

async function stdioCase(log: (line: string) => void, targets: BenchTarget[], payload: Record<string, unknown>): Promise<void> {
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
}

async function httpCase(log: (line: string) => void, targets: BenchTarget[], payload: Record<string, unknown>, clock: () => Date): Promise<void> {
  // Streamable HTTP on loopback, one call at a time (low load): stateful, stateless and the bare MCP server, in turn.
  const bareHttp = await bareHttpServer(payload);
  const bareHttpClient = await connectBare(bareHttpTransport(bareHttp.url));
  const servers = await Promise.all((['stateful', 'stateless'] as const).map((mode) => serveBrandOverHttp(createReferenceBrand(BRAND, { clock }), { mode })));
  const clients = await Promise.all(servers.map((server) => BrandClient.connect({ kind: 'http', url: server.url })));
  const [stateful, stateless] = clients.map((c) => {
    if (!c.ok) throw new Error(c.error.message);
    return c.value;
  }) as [BrandClient, BrandClient];
  const [statefulSamples, statelessSamples, bareSamples] = await sampleInterleaved(
    [() => stateful.requestOffers(brief), () => stateless.requestOffers(brief), () => bareHttpClient.callTool({ name: 'echo', arguments: brief })],
    ITERATIONS,
  );
  for (const [mode, samples] of [['stateful', statefulSamples!], ['stateless', statelessSamples!]] as const) {
    const http = report(log, `http ${mode}`, samples, bareSamples!);
    targets.push({ label: `HTTP round trip p50 at low load (${mode})`, measured: http.p50, unit: 'ms', target: '≤ 2 ms', met: http.p50 <= 2 });
  }
  log('  (http: trailco computing its offers; the bare MCP server echoes the same payload with a new server per request, as the SDK example does)');
  await Promise.all([stateful.close(), stateless.close(), bareHttpClient.close()]);
  await Promise.all(servers.map((s) => s.close()));
  bareHttp.close();
}
