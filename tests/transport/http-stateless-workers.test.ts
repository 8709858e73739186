import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { BrandClient } from '../../agent/transport/index.ts';
import { runConformance } from '../../brand-agent/conformance/index.ts';
import { serveBrandOverHttp } from '../../brand-agent/index.ts';
import { ownerOfBuyer } from '../../brand-agent/partitioned-brand-core.ts';
import { orderFor, trailShoeBrief } from '../fixtures/briefs.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';
import { idsWith } from '../conformance/run-in-memory.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** Connects the butler's own client, asks for offers, orders the first one and reads the order back, as `buyerId`. */
async function buyThrough(url: string, buyerId: string, now: Date, brief = trailShoeBrief(`req-${buyerId}`)): Promise<{ receiptOrderId: string; charged: number }> {
  const connected = await BrandClient.connect({ kind: 'http', url }, { connectTimeoutMs: 30_000, callTimeoutMs: 30_000 });
  if (!connected.ok) throw new Error(connected.error.message);
  const brand = connected.value;
  try {
    const answer = await brand.requestOffers({ ...brief, buyerId, issuedAt: now.toISOString() });
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    const offer = answer.value.offers[0];
    if (!offer) throw new Error(`no offer for ${buyerId}`);
    const order = { ...orderFor(offer, `idem-${buyerId}-0123456789`, now), buyerId };
    const placed = await brand.placeOrder(order);
    if (!placed.ok) throw new Error(`${placed.error.code}: ${placed.error.message}`);
    const again = await brand.getOrder({ protocolVersion: order.protocolVersion, idempotencyKey: order.idempotencyKey, buyerId });
    if (!again.ok) throw new Error(`${again.error.code}: ${again.error.message}`);
    expect(again.value).toEqual(placed.value);
    // Another buyer asking for this order learns nothing, whichever process answers.
    const stranger = await brand.getOrder({ protocolVersion: order.protocolVersion, idempotencyKey: order.idempotencyKey, buyerId: `${buyerId}-other` });
    expect(!stranger.ok && stranger.error.code).toBe('UNKNOWN_ORDER');
    return { receiptOrderId: placed.value.orderId, charged: placed.value.charged.amountMinor };
  } finally {
    await brand.close();
  }
}

describe('stateless Streamable HTTP', () => {
  it('serves a full conformance run, and the butler buys through it without any session', async () => {
    const server = await serveBrandOverHttp(fixtureBrand(), { mode: 'stateless' });
    cleanups.push(server.close);
    const report = await runConformance({ kind: 'http', url: server.url });
    expect(report.reachable).toBe(true);
    expect(idsWith(report, 'fail')).toEqual([]);
    const bought = await buyThrough(server.url, 'buyer-7f3a', new Date());
    expect(bought.charged).toBeGreaterThan(0);

    const init = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } }),
    });
    expect(init.status).toBe(200);
    expect(init.headers.get('content-type')).toMatch(/application\/json/);
    expect(init.headers.get('mcp-session-id')).toBeNull();
    await init.text();
    const stream = await fetch(server.url, { headers: { accept: 'text/event-stream' } });
    expect(stream.status).toBe(405);
    expect(stream.headers.get('allow')).toBe('POST');
    await stream.text();
  });
});

/** Starts `majordome brand serve <id> --port 0 --workers <n>` and resolves with its URL once the primary prints it. */
async function startWorkers(id: string, workers: number): Promise<{ url: string; child: ChildProcessByStdio<null, Readable, Readable> }> {
  const child = spawn(process.execPath, ['bin/majordome.js', 'brand', 'serve', id, '--port', '0', '--workers', String(workers)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`brand server exited with ${code}: ${err}`)));
  });
  return { url, child };
}

function workerPids(parent: number): number[] {
  // /proc is enough on the Linux machines this runs on.
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]?.split(' ')[1] === String(parent);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('brand serve --workers', () => {
  it('serves one port from two processes: a full conformance run, buyers owned by either worker buy, SIGTERM stops them all', async () => {
    const { url, child } = await startWorkers('trailco', 2);
    let exited = false;
    child.once('exit', () => (exited = true));
    cleanups.push(async () => {
      if (!exited) child.kill('SIGKILL');
    });
    const workers = workerPids(child.pid!).filter((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('brand\0serve'));
    expect(workers).toHaveLength(2);

    const report = await runConformance({ kind: 'http', url }, { connectTimeoutMs: 30_000 });
    expect(report.reachable).toBe(true);
    expect(idsWith(report, 'fail')).toEqual([]);

    // Buyers owned by each worker, each on its own connections: whichever process the requests reach, a buyer's
    // offer, order and receipt meet the same memory.
    const buyers = ['buyer-a1', 'buyer-b2', 'buyer-c3', 'buyer-d4', 'buyer-e5', 'buyer-f6'];
    expect(new Set(buyers.map((b) => ownerOfBuyer(b, 2)))).toEqual(new Set([0, 1]));
    const now = new Date();
    const results = await Promise.all(buyers.map((b) => buyThrough(url, b, now)));
    expect(new Set(results.map((r) => r.receiptOrderId)).size).toBe(buyers.length);

    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(workers.filter(alive)).toEqual([]);
  }, 90_000);
});
