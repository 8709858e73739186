import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteButlerMemory } from '../../agent/butler/index.ts';
import { defaultProfile } from '../../agent/policy/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { ButlerStore, openDatabase } from '../../storage/index.ts';
import type { ConfirmInput, ConfirmOutput } from './fixtures/confirm-purchase.ts';

const root = resolve(import.meta.dirname, '..', '..');
const ENTRY = resolve(import.meta.dirname, 'fixtures', 'confirm-purchase.ts');
const BRAND = 'slow-shoes';
/** The red team's brand took 1.5 s to place an order; shorter here, still far longer than a reservation. */
const DELAY_MS = 600;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'majordome-atomic-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function offer(i: number, priceMinor: number): Offer {
  return {
    offerId: `${BRAND}:req-1:${i}`,
    requestId: 'req-1',
    brandId: BRAND,
    product: { sku: `trail-${i}`, title: `Trail shoe ${i}`, maker: 'Slow', category: 'running-shoes', attributes: { size_eu: 43 } },
    quantity: 1,
    price: { amountMinor: priceMinor, currency: 'EUR' },
    terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
    validUntil: new Date(Date.now() + 86_400_000).toISOString(),
    claims: [],
    round: 0,
  } as Offer;
}

let counter = 0;
/** A database file holding the offers, with a 200 EUR monthly cap (per order 500 EUR). */
function market(offers: readonly Offer[]): string {
  const path = join(dir, `atomic-${++counter}.db`);
  const db = openDatabase({ path });
  const memory = new SqliteButlerMemory(new ButlerStore(db));
  memory.saveProfile({ ...defaultProfile(), spendCapPerMonth: { amountMinor: 20_000, currency: 'EUR' }, spendCapPerOrder: { amountMinor: 50_000, currency: 'EUR' } });
  memory.recordOffers(offers, new Date().toISOString());
  db.close();
  return path;
}

/** What the database holds afterwards: orders placed and money counted as spent this month. */
function outcome(path: string) {
  const db = openDatabase({ path, mustExist: true });
  try {
    const memory = new SqliteButlerMemory(new ButlerStore(db));
    return { orders: memory.orders().filter((o) => o.status === 'placed'), spent: memory.spentInMonth(new Date(), 'EUR').amountMinor };
  } finally {
    db.close();
  }
}

/** Starts every confirmer, waits until all are ready, then lets them confirm at once. */
async function race(starters: Array<() => { ready: Promise<void>; go: () => void; done: Promise<ConfirmOutput> }>): Promise<ConfirmOutput[]> {
  const running = starters.map((start) => start());
  await Promise.all(running.map((r) => r.ready));
  for (const r of running) r.go();
  return Promise.all(running.map((r) => r.done));
}

function inWorker(input: ConfirmInput) {
  return () => {
    const worker = new Worker(resolve(import.meta.dirname, 'fixtures', 'ts-worker-bootstrap.js'), { workerData: { entry: ENTRY, input } });
    let ready!: () => void;
    const readyP = new Promise<void>((r) => (ready = r));
    const done = new Promise<ConfirmOutput>((resolveDone, reject) => {
      worker.on('message', (m: { ready?: true; output?: ConfirmOutput }) => {
        if (m.ready) ready();
        if (m.output) resolveDone(m.output);
      });
      worker.on('error', reject);
    });
    return { ready: readyP, go: () => worker.postMessage('go'), done: done.finally(() => worker.terminate()) };
  };
}

function inProcess(input: ConfirmInput) {
  return () => {
    const child = spawn(process.execPath, [resolve(root, 'bin/run-ts.js'), ENTRY, JSON.stringify(input)], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let ready!: () => void;
    const readyP = new Promise<void>((r) => (ready = r));
    let out = '';
    let err = '';
    child.stderr.on('data', (c) => (err += String(c)));
    child.stdout.on('data', (c) => {
      out += String(c);
      if (out.includes('ready\n')) ready();
    });
    const done = new Promise<ConfirmOutput>((resolveDone, reject) =>
      child.on('exit', (code) => {
        const line = out.split('\n').find((l) => l.startsWith('{'));
        if (code !== 0 || !line) reject(new Error(`confirmer exited ${code}: ${err}`));
        else resolveDone(JSON.parse(line) as ConfirmOutput);
      }),
    );
    return { ready: readyP, go: () => child.stdin.end('go\n'), done };
  };
}

const N = 4;

describe.each([
  ['worker threads', inWorker],
  ['separate processes', inProcess],
] as const)('atomic spending across %s on one SQLite file', (_label, confirmer) => {
  it(`${N} concurrent confirmations of one offer place one order`, async () => {
    const path = market([offer(0, 13_500)]);
    const results = await race(Array.from({ length: N }, () => confirmer({ dbPath: path, offerId: `${BRAND}:req-1:0`, brandId: BRAND, delayMs: DELAY_MS })));
    expect(results.filter((r) => r.kind === 'error')).toEqual([]);
    expect(results.filter((r) => r.kind === 'purchased')).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'already-ordered')).toHaveLength(N - 1);
    // The brand ignores idempotency keys: only calls that never happen are not charged.
    expect(results.reduce((n, r) => n + r.brandOrders, 0)).toBe(1);
    expect(outcome(path).orders).toHaveLength(1);
  }, 60_000);

  it(`${N} concurrent 135 EUR purchases never exceed a 200 EUR monthly cap`, async () => {
    const offers = Array.from({ length: N }, (_, i) => offer(i, 13_500));
    const path = market(offers);
    const results = await race(offers.map((o) => confirmer({ dbPath: path, offerId: o.offerId, brandId: BRAND, delayMs: DELAY_MS })));
    expect(results.filter((r) => r.kind === 'error')).toEqual([]);
    expect(results.filter((r) => r.kind === 'purchased')).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'blocked-by-policy')).toHaveLength(N - 1);
    const after = outcome(path);
    expect(after.orders).toHaveLength(1);
    expect(after.spent).toBe(13_500);
  }, 60_000);
});
