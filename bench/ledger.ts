import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSeededRandom, type SeededRandom } from '../protocol/index.ts';
import { GENESIS_HASH, canonicalJson, hashChainedEvent, openDatabase, TrustEventStore, type MajordomeDatabase } from '../storage/index.ts';
import { emptyTrustState, encodeTrustState, foldTrustEvent, TrustEventSchema, TrustLedger, type BrandTrustState, type TrustEvent, type TrustEventInput } from '../agent/trust/index.ts';
import type { BenchSuite, BenchTarget } from './bench-case.ts';
import { percentile } from './stats.ts';

const BRANDS = 1_000;
const BATCH = 1_000;
const T0 = Date.UTC(2026, 0, 1);

/** A stream of realistic trust events: per session one brand gets 2–5 events (claim checks, pressure or calm, fit). */
function* sessions(random: SeededRandom): Generator<TrustEventInput> {
  for (let s = 0; ; s++) {
    const brandId = `brand-${random.int(0, BRANDS - 1)}`;
    const occurredAt = new Date(T0 + s * 60_000).toISOString();
    const offerId = `offer-${s}`;
    const claims = random.int(1, 2);
    for (let c = 0; c < claims; c++) {
      yield random.chance(0.9)
        ? { kind: 'claim-verified', brandId, occurredAt, evidence: { offerId, claim: { attribute: 'weight_g', asserted: 280, observed: 282 }, source: 'spec-sheet' } }
        : {
            kind: 'claim-contradicted',
            brandId,
            occurredAt,
            evidence: { offerId, claim: { attribute: 'waterproof_rating', asserted: 'IPX7', observed: 'IPX4' }, source: 'delivery', stake: { amountMinor: random.int(1_000, 30_000), currency: 'EUR' }, excerpt: { text: 'Fully waterproof, guaranteed.', field: 'pitch' } },
          };
    }
    yield random.chance(0.3)
      ? { kind: 'pressure-tactic', brandId, occurredAt, evidence: { tactic: 'urgency', offerId, confidence: 0.9, excerpt: { text: 'Only 2 left — order in the next 10 minutes!', field: 'pitch' } } }
      : { kind: 'clean-interaction', brandId, occurredAt, evidence: { requestId: `req-${s}`, offerId } };
    if (random.chance(0.5)) yield { kind: 'offer-fit', brandId, occurredAt, evidence: { offerId, fit: random.next() } };
  }
}

function take(source: Iterator<TrustEventInput>, n: number): TrustEventInput[] {
  const out: TrustEventInput[] = [];
  for (let i = 0; i < n; i++) out.push(source.next().value as TrustEventInput);
  return out;
}

function freshLedger(path: string): { db: MajordomeDatabase; ledger: TrustLedger } {
  const db = openDatabase({ path });
  const ledger = new TrustLedger(db, { clock: () => T0 + 400 * 86_400_000 });
  db.writeTransaction(() => {
    for (let b = 0; b < BRANDS; b++) ledger.registerBrand({ brandId: `brand-${b}`, registeredAtMs: T0 });
  });
  return { db, ledger };
}

const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);
const fmt = (n: number) => n.toLocaleString('en-US');
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
/** CPU time of this process (user + system, every thread: GC helpers included) in ms. */
const cpuMs = (since?: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

/** Trust ledger: hash-chained appends against a raw insert floor, trust reads, and a 1M-event rebuild, on temp-file databases. */
export const ledgerSuite: BenchSuite = {
  name: 'ledger',
  async run(log) {
    const appendEvents = Number(process.env.BENCH_LEDGER_EVENTS ?? 200_000);
    const rebuildEvents = Number(process.env.BENCH_LEDGER_REBUILD_EVENTS ?? 1_000_000);
    const dir = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'majordome-ledger-bench-'));
    const targets: BenchTarget[] = [];
    try {
      log(`temp-file databases in ${dir} (WAL, synchronous=NORMAL); ${fmt(BRANDS)} brands; batches of ${fmt(BATCH)} events per transaction; load average ${load()}`);
      const events = take(sessions(createSeededRandom('ledger-bench')), appendEvents);

      // The rows the ledger writes for these events, made once untimed (same seeds, so the timed ledger writes them again).
      const prep = freshLedger(join(dir, 'prep.db'));
      for (let i = 0; i < events.length; i += BATCH) prep.ledger.appendMany(events.slice(i, i + BATCH));
      const rows = prep.db.sqlite.prepare('SELECT seq, brand_id, kind, occurred_at_ms, evidence, prev_hash, hash FROM trust_events ORDER BY seq').raw().all() as unknown[][];
      const finalStates = new Map(
        (prep.db.sqlite.prepare('SELECT brand_id, model_version, state FROM trust_scores').raw().all() as string[][]).map((r) => [r[0]!, r] as const),
      );
      prep.db.close();

      // Eight database writers, each on its own temp-file database (and three JavaScript-only steps), fed the same batches in turn (the order rotates), so a change
      // in the machine's load while the suite runs hits all of them alike. Each ratio below is to the raw insert floor.
      // 1. ledger: validate (zod), fold into the score, chain (canonical JSON + sha256), insert, upsert cached scores.
      const a = freshLedger(join(dir, 'ledger.db'));
      // 2. chain only: TrustEventStore.append (canonical JSON + sha256 + insert + chain head), no validation or scoring.
      const c = freshLedger(join(dir, 'chain.db'));
      const store = new TrustEventStore(c.db);
      const drafts = events.map((e) => ({ brandId: e.brandId, kind: e.kind, occurredAtMs: Date.parse(e.occurredAt), evidence: e.evidence }));
      // 3. floor: the very rows the ledger stores, inserted with a raw prepared better-sqlite3 statement, same schema.
      const f = freshLedger(join(dir, 'floor.db'));
      const insertEvent = f.db.sqlite.prepare('INSERT INTO trust_events (seq, brand_id, kind, occurred_at_ms, evidence, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
      const floorBatch = f.db.sqlite.transaction((from: number, to: number) => {
        for (let i = from; i < to; i++) insertEvent.run(...rows[i]!);
      });
      // 4. every row an append writes: the events, one cached-score upsert per brand touched (state of the same size)
      //    and the chain head, raw, same schema: what the ledger's SQL costs with no JavaScript around it.
      const g = freshLedger(join(dir, 'floor-all.db'));
      const insertEventAll = g.db.sqlite.prepare('INSERT INTO trust_events (seq, brand_id, kind, occurred_at_ms, evidence, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
      const upsertScore = g.db.sqlite.prepare(
        'INSERT INTO trust_scores (brand_id, model_version, last_seq, state) VALUES (?, ?, ?, ?) ON CONFLICT (brand_id) DO UPDATE SET model_version = excluded.model_version, last_seq = excluded.last_seq, state = excluded.state',
      );
      const writeHead = g.db.sqlite.prepare('UPDATE trust_chain_head SET seq = ?, hash = ? WHERE id = 1');
      const floorAllBatch = g.db.sqlite.transaction((from: number, to: number) => {
        const lastSeq = new Map<string, number>();
        for (let i = from; i < to; i++) {
          const row = rows[i]!;
          insertEventAll.run(...row);
          lastSeq.set(row[1] as string, row[0] as number);
        }
        for (const [brandId, seq] of lastSeq) {
          const state = finalStates.get(brandId)!;
          upsertScore.run(brandId, state[1], seq, state[2]);
        }
        writeHead.run(rows[to - 1]![0], rows[to - 1]![6]);
      });
      // 5–7. the floor with one part of the schema taken away at a time: where a raw insert's time goes.
      const rawInsert = (name: string, change: (db: MajordomeDatabase) => void) => {
        const x = freshLedger(join(dir, `${name}.db`));
        change(x.db);
        const insert = x.db.sqlite.prepare('INSERT INTO trust_events (seq, brand_id, kind, occurred_at_ms, evidence, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
        const batch = x.db.sqlite.transaction((from: number, to: number) => {
          for (let i = from; i < to; i++) insert.run(...rows[i]!);
        });
        return { db: x.db, run: (from: number, to: number) => batch.immediate(from, to) };
      };
      const noTriggers = rawInsert('no-triggers', (db) => db.sqlite.exec('DROP TRIGGER trust_events_no_update; DROP TRIGGER trust_events_no_delete'));
      const noForeignKey = rawInsert('no-foreign-key', (db) => db.sqlite.pragma('foreign_keys = OFF'));
      const noIndex = rawInsert('no-index', (db) => db.sqlite.exec('DROP INDEX trust_events_brand_seq'));
      // 8. a plain table with the same columns: no foreign key, no index but the primary key, no triggers.
      const pl = openDatabase({ path: join(dir, 'plain.db') });
      pl.sqlite.exec('CREATE TABLE plain_events (seq INTEGER PRIMARY KEY, brand_id TEXT NOT NULL, kind TEXT NOT NULL, occurred_at_ms INTEGER NOT NULL, evidence TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)');
      const insertPlain = pl.sqlite.prepare('INSERT INTO plain_events VALUES (?, ?, ?, ?, ?, ?, ?)');
      const plainBatch = pl.sqlite.transaction((from: number, to: number) => {
        for (let i = from; i < to; i++) insertPlain.run(...rows[i]!);
      });

      // The JavaScript an append does per event besides SQL, timed alone on the same batches: where the time goes.
      let chainHash = GENESIS_HASH;
      const evidenceJson = drafts.map((d) => canonicalJson(d.evidence));
      // The parts of an append that live in the trust model (agent/trust), timed alone the same way: folding each event
      // into its brand's state and encoding each touched brand's state once per batch (the cached-score text), and the
      // two time conversions per event (Date.parse of occurredAt; the ISO string of the recorded event it returns).
      // The bench's events are valid and their schemas transform nothing, so zod's output has their very fields: the fold
      // reads them as parsed (no second copy of 200,000 events kept alive for it).
      const observed = events as unknown as readonly TrustEvent[];
      const foldStates = new Map<string, BrandTrustState>();
      let sink = 0;
      const writers: Array<{ name: string; run: (from: number, to: number) => void; ms: number; cpu: number }> = [
        {
          name: 'validate',
          run: (from, to) => {
            for (let i = from; i < to; i++) if (!TrustEventSchema.safeParse(events[i]).success) throw new Error(`bench event ${i} is invalid`);
          },
          ms: 0,
          cpu: 0,
        },
        {
          name: 'canonical',
          run: (from, to) => {
            for (let i = from; i < to; i++) evidenceJson[i] = canonicalJson(drafts[i]!.evidence);
          },
          ms: 0,
          cpu: 0,
        },
        {
          name: 'hash',
          run: (from, to) => {
            for (let i = from; i < to; i++) {
              const d = drafts[i]!;
              chainHash = hashChainedEvent({ seq: i + 1, prevHash: chainHash, brandId: d.brandId, kind: d.kind, occurredAtMs: d.occurredAtMs, evidenceJson: evidenceJson[i]! });
            }
          },
          ms: 0,
          cpu: 0,
        },
        {
          name: 'fold',
          run: (from, to) => {
            const folded = new Map<string, BrandTrustState>();
            for (let i = from; i < to; i++) {
              const e = observed[i]!;
              folded.set(e.brandId, foldTrustEvent(folded.get(e.brandId) ?? foldStates.get(e.brandId) ?? emptyTrustState(), e, drafts[i]!.occurredAtMs));
            }
            for (const [brandId, state] of folded) {
              foldStates.set(brandId, state);
              sink += JSON.stringify(encodeTrustState(state)).length;
            }
          },
          ms: 0,
          cpu: 0,
        },
        {
          name: 'times',
          run: (from, to) => {
            for (let i = from; i < to; i++) sink += new Date(Date.parse(events[i]!.occurredAt)).toISOString().length;
          },
          ms: 0,
          cpu: 0,
        },
        { name: 'ledger', run: (from, to) => void a.ledger.appendMany(events.slice(from, to)), ms: 0, cpu: 0 },
        { name: 'chain', run: (from, to) => void store.append(drafts.slice(from, to)), ms: 0, cpu: 0 },
        { name: 'floor', run: (from, to) => floorBatch.immediate(from, to), ms: 0, cpu: 0 },
        { name: 'floor-all', run: (from, to) => floorAllBatch.immediate(from, to), ms: 0, cpu: 0 },
        { name: 'plain', run: (from, to) => plainBatch.immediate(from, to), ms: 0, cpu: 0 },
        { name: 'no-triggers', run: noTriggers.run, ms: 0, cpu: 0 },
        { name: 'no-foreign-key', run: noForeignKey.run, ms: 0, cpu: 0 },
        { name: 'no-index', run: noIndex.run, ms: 0, cpu: 0 },
      ];
      for (const w of writers) w.run(0, BATCH); // warm-up batch, not timed
      for (let from = BATCH, b = 0; from < events.length; from += BATCH, b++) {
        const to = Math.min(events.length, from + BATCH);
        for (let k = 0; k < writers.length; k++) {
          const w = writers[(b + k) % writers.length]!;
          const cpu = process.cpuUsage();
          const start = performance.now();
          w.run(from, to);
          w.ms += performance.now() - start;
          w.cpu += cpuMs(cpu);
        }
      }
      const timed = events.length - BATCH;
      const rateOf = (name: string) => rate(timed, writers.find((w) => w.name === name)!.ms);
      const [ledgerRate, chainRate, floorRate, floorAllRate, plainRate, noTriggersRate, noForeignKeyRate, noIndexRate] = ['ledger', 'chain', 'floor', 'floor-all', 'plain', 'no-triggers', 'no-foreign-key', 'no-index'].map(rateOf) as [
        number, number, number, number, number, number, number, number,
      ];
      const usPerEvent = (name: string) => (writers.find((w) => w.name === name)!.ms * 1000) / timed;
      const cpuUsPerEvent = (name: string) => (writers.find((w) => w.name === name)!.cpu * 1000) / timed;
      if (sink === 0) throw new Error('the breakdown writers did nothing');
      const lastHash = rows[rows.length - 1]![6];
      if (a.ledger.verify().ok !== true || a.ledger.head().hash !== lastHash || store.head().hash !== lastHash) throw new Error('the bench ledger does not verify or differs from the prepared rows');
      f.db.close();
      g.db.close();
      pl.close();
      for (const x of [noTriggers, noForeignKey, noIndex]) x.db.close();
      c.db.close();

      // Which floor is "the raw insert floor of the same rows": a commit must write the event rows, one cached-score upsert
      // per brand it touches (the cache equals a rebuild after every commit) and the chain head, so the floor of the
      // target inserts exactly those rows, raw. The event rows alone are printed too (the floor this bench used before).
      log(`appends (events/s, ${fmt(timed)} events; the writers take the same batches in turn, so load changes hit all alike):`);
      log(`  ledger (validated, scored, hash-chained)   ${fmt(ledgerRate).padStart(8)}   ${(ledgerRate / floorAllRate).toFixed(2)}× floor of the same rows; ${(ledgerRate / floorRate).toFixed(2)}× the event rows alone`);
      log(`  chain only (TrustEventStore.append)        ${fmt(chainRate).padStart(8)}   ${(chainRate / floorRate).toFixed(2)}× the event rows alone (it writes no scores)`);
      log(`  floor: raw insert of the same rows         ${fmt(floorAllRate).padStart(8)}   every row a commit writes: events + cached-score upserts + chain head (same schema)`);
      log(`  raw insert of the event rows alone         ${fmt(floorRate).padStart(8)}   (same schema: foreign key, brand index, append-only triggers)`);
      log(`  raw insert into a plain table              ${fmt(plainRate).padStart(8)}   no foreign key, index or trigger; event rows alone = ${(floorRate / plainRate).toFixed(2)}× this`);
      log(`the event rows' schema, one part taken away at a time (same rows, raw inserts):`);
      log(`  without the append-only triggers           ${fmt(noTriggersRate).padStart(8)}   event rows alone = ${(floorRate / noTriggersRate).toFixed(2)}× this (BEFORE UPDATE/DELETE triggers never fire on INSERT)`);
      log(`  without the foreign key to brands          ${fmt(noForeignKeyRate).padStart(8)}   event rows alone = ${(floorRate / noForeignKeyRate).toFixed(2)}× this`);
      log(`  without the (brand_id, seq) index          ${fmt(noIndexRate).padStart(8)}   event rows alone = ${(floorRate / noIndexRate).toFixed(2)}× this (each batch rewrites the index pages of every brand it touches)`);
      const perEvent = {
        total: 1e6 / ledgerRate,
        sqlEvents: 1e6 / floorRate,
        sqlScores: 1e6 / floorAllRate - 1e6 / floorRate,
        validate: usPerEvent('validate'),
        canonical: usPerEvent('canonical'),
        hash: usPerEvent('hash'),
        fold: usPerEvent('fold'),
        times: usPerEvent('times'),
      };
      const rest = perEvent.total - perEvent.sqlEvents - perEvent.sqlScores - perEvent.validate - perEvent.canonical - perEvent.hash - perEvent.fold - perEvent.times;
      const share = (us: number) => `${us.toFixed(1)} µs (${((us / perEvent.total) * 100).toFixed(0)}%)`;
      log(`where a ledger append's ${perEvent.total.toFixed(1)} µs per event go (same run): SQL insert of the event ${share(perEvent.sqlEvents)}, SQL cached-score upserts ${share(perEvent.sqlScores)},`);
      log(`  zod validation ${share(perEvent.validate)}, canonical JSON ${share(perEvent.canonical)}, sha256 chain ${share(perEvent.hash)} (these two in storage/),`);
      log(`  fold + score encoding ${share(perEvent.fold)}, Date.parse + toISOString ${share(perEvent.times)} (these two in agent/trust), the rest (returned records, maps, allocation and GC) ${share(rest)}`);
      // The least an append can cost while keeping its guarantees: one zod parse (the trust boundary) and one sha256 (the
      // chain) per event on top of the SQL of the same rows; canonical JSON, folding and bookkeeping left out. If that
      // is under 0.8× the floor, no append path that validates and chains every event reaches the target.
      const boundUs = (sqlUs: number) => sqlUs + perEvent.validate + perEvent.hash;
      const rowsBound = 1e6 / boundUs(1e6 / floorAllRate) / floorAllRate;
      const eventsBound = 1e6 / boundUs(1e6 / floorRate) / floorRate;
      log(`least an append can cost (SQL of the same rows + one zod parse + one sha256 per event, nothing else): ${boundUs(1e6 / floorAllRate).toFixed(1)} µs = ${rowsBound.toFixed(2)}× the floor`);
      log(`  (with the event rows alone: ${eventsBound.toFixed(2)}× theirs); the ledger reaches ${((ledgerRate / floorAllRate / rowsBound) * 100).toFixed(0)}% of this bound${rowsBound < 0.8 ? '; the 0.8× target is out of reach on this machine: even the bound is under it' : ''}`);
      // The same in CPU time (user + system of this process, every thread): other processes' load barely moves it, and it
      // leaves out what the floor spends waiting for the disk (fsync at WAL checkpoints), so its ratio is the stricter one.
      const cpu = { ledger: cpuUsPerEvent('ledger'), floorAll: cpuUsPerEvent('floor-all'), floor: cpuUsPerEvent('floor'), validate: cpuUsPerEvent('validate'), hash: cpuUsPerEvent('hash') };
      const cpuBound = cpu.floorAll / (cpu.floorAll + cpu.validate + cpu.hash);
      const cpuParts = { canonical: cpuUsPerEvent('canonical'), fold: cpuUsPerEvent('fold'), times: cpuUsPerEvent('times') };
      const cpuRest = cpu.ledger - cpu.floorAll - cpu.validate - cpu.hash - cpuParts.canonical - cpuParts.fold - cpuParts.times;
      log(`CPU time per event (user + system, all threads; waiting for the disk left out): ledger ${cpu.ledger.toFixed(1)} µs, floor of the same rows ${cpu.floorAll.toFixed(1)} µs = ${(cpu.floorAll / cpu.ledger).toFixed(2)}×,`);
      log(`  event rows alone ${cpu.floor.toFixed(1)} µs, chain only ${cpuUsPerEvent('chain').toFixed(1)} µs; least an append can cost in CPU time (floor + zod + sha256) = ${cpuBound.toFixed(2)}× the floor;`);
      log(`  the ledger's CPU beyond the floor: zod ${cpu.validate.toFixed(1)}, canonical JSON ${cpuParts.canonical.toFixed(1)}, sha256 chain ${cpu.hash.toFixed(1)}, fold + score encoding ${cpuParts.fold.toFixed(1)}, Date.parse + toISOString ${cpuParts.times.toFixed(1)}, the rest ${cpuRest.toFixed(1)} µs; load average now ${load()}`);
      targets.push({ label: `ledger appends / raw insert floor of the same rows (events + score upserts + head; batches of ${fmt(BATCH)})`, measured: ledgerRate / floorAllRate, unit: '×', target: '≥ 0.8×', met: ledgerRate / floorAllRate >= 0.8 });
      targets.push({ label: 'ledger appends / raw insert of the event rows alone', measured: ledgerRate / floorRate, unit: '×', target: 'reported', met: true });
      targets.push({ label: 'least an append can cost (same rows + zod + sha256) / raw insert floor of the same rows', measured: rowsBound, unit: '×', target: 'reported', met: true });
      targets.push({ label: 'ledger appends / raw insert floor of the same rows, in CPU time (user + system)', measured: cpu.floorAll / cpu.ledger, unit: '×', target: 'reported', met: true });
      targets.push({ label: 'least an append can cost (same rows + zod + sha256) / floor, in CPU time', measured: cpuBound, unit: '×', target: 'reported', met: true });
      targets.push({ label: 'chain-only appends / raw insert of the event rows alone', measured: chainRate / floorRate, unit: '×', target: 'reported', met: true });
      targets.push({ label: `ledger appends (validated, hash-chained, scores updated, batches of ${fmt(BATCH)})`, measured: ledgerRate, unit: 'events/s', target: '≥ 250,000', met: ledgerRate >= 250_000 });
      targets.push({ label: 'raw better-sqlite3 insert of the same rows (floor, same run)', measured: floorAllRate, unit: 'events/s', target: 'reported', met: true });
      targets.push({ label: 'raw better-sqlite3 insert into a plain table, no foreign key, index or trigger (same run)', measured: plainRate, unit: 'rows/s', target: 'reported', met: true });

      // Trust reads: scoreOf one brand (data_version check, cached state, opinion at `now`), each call timed.
      const now = T0 + 200 * 86_400_000;
      const random = createSeededRandom('ledger-reads');
      for (let i = 0; i < 20_000; i++) a.ledger.scoreOf(`brand-${random.int(0, BRANDS - 1)}`, now);
      const reads = Number(process.env.BENCH_LEDGER_READS ?? 200_000);
      const ids = Array.from({ length: reads }, () => `brand-${random.int(0, BRANDS - 1)}`);
      const samples = new Array<number>(reads);
      for (let i = 0; i < reads; i++) {
        const t = process.hrtime.bigint();
        a.ledger.scoreOf(ids[i]!, now);
        samples[i] = Number(process.hrtime.bigint() - t) / 1000;
      }
      const timer = new Array<number>(10_000);
      for (let i = 0; i < timer.length; i++) {
        const t = process.hrtime.bigint();
        timer[i] = Number(process.hrtime.bigint() - t) / 1000;
      }
      const p50 = percentile(samples, 50);
      log(`trust read (scoreOf): p50 ${p50.toFixed(2)} µs, p90 ${percentile(samples, 90).toFixed(2)} µs, p99 ${percentile(samples, 99).toFixed(2)} µs over ${fmt(reads)} reads (timer overhead p50 ${percentile(timer, 50).toFixed(2)} µs, included)`);
      targets.push({ label: 'trust read of one brand (scoreOf) p50', measured: p50, unit: 'µs', target: '≤ 5 µs', met: p50 <= 5 });
      a.db.close();

      // Rebuild: a log of `rebuildEvents` events built with the chain-only store, then every cached score recomputed.
      const r = freshLedger(join(dir, 'rebuild.db'));
      const big = new TrustEventStore(r.db);
      const source = sessions(createSeededRandom('ledger-rebuild'));
      let start = performance.now();
      for (let n = 0; n < rebuildEvents; n += 10_000) {
        big.append(take(source, Math.min(10_000, rebuildEvents - n)).map((e) => ({ brandId: e.brandId, kind: e.kind, occurredAtMs: Date.parse(e.occurredAt), evidence: e.evidence })));
      }
      const populateMs = performance.now() - start;
      start = performance.now();
      const summary = r.ledger.rebuild();
      const rebuildMs = performance.now() - start;
      start = performance.now();
      const verdict = r.ledger.verify();
      const verifyMs = performance.now() - start;
      if (!verdict.ok) throw new Error('the rebuilt bench ledger does not verify');
      log(`rebuild: ${fmt(summary.events)} events → ${fmt(summary.brands)} brand scores in ${(rebuildMs / 1000).toFixed(2)} s (${fmt(rate(summary.events, rebuildMs))} events/s)`);
      log(`(building that log, chain only, generation included: ${(populateMs / 1000).toFixed(2)} s; full verify of chain + caches: ${(verifyMs / 1000).toFixed(2)} s)`);
      targets.push({ label: `rebuild of ${fmt(summary.events)} events`, measured: rebuildMs / 1000, unit: 's', target: 'reported', met: true });
      r.db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return targets;
  },
};
