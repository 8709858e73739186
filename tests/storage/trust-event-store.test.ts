import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson as protocolCanonicalJson } from '../../protocol/index.ts';
import { BrandRegistry, GENESIS_HASH, StorageError, TrustEventStore, TrustScoreCache, openDatabase, verifyTrustChain } from '../../storage/index.ts';

function setup() {
  const db = openDatabase({ path: ':memory:' });
  const registry = new BrandRegistry(db);
  for (const brandId of ['trailco', 'peakco']) registry.register({ brandId, displayName: null, registeredAtMs: 0 });
  return { db, store: new TrustEventStore(db), registry };
}

describe('TrustEventStore', () => {
  it('chains events: each hash is sha256 of the canonical JSON of the event with its seq and the previous hash', () => {
    const { store } = setup();
    const [first, second] = store.append([
      { brandId: 'trailco', kind: 'claim-verified', occurredAtMs: 1000, evidence: { offerId: 'o-1', z: [1, 2], a: 'x' } },
      { brandId: 'peakco', kind: 'clean-interaction', occurredAtMs: 2000, evidence: { requestId: 'r-1' } },
    ]);
    expect(first!.seq).toBe(1);
    expect(first!.prevHash).toBe(GENESIS_HASH);
    expect(second!.prevHash).toBe(first!.hash);
    const expected = createHash('sha256')
      .update(protocolCanonicalJson({ seq: 1, prevHash: GENESIS_HASH, brandId: 'trailco', kind: 'claim-verified', occurredAtMs: 1000, evidence: { a: 'x', offerId: 'o-1', z: [1, 2] } }))
      .digest('hex');
    expect(first!.hash).toBe(expected);
    expect(store.head()).toEqual({ seq: 2, hash: second!.hash });
    expect(store.readPage(0)).toEqual([
      { ...first!, evidence: { a: 'x', offerId: 'o-1', z: [1, 2] } },
      second,
    ]);
  });

  it('a batch with one unstorable value writes nothing', () => {
    const { store, db } = setup();
    store.append([{ brandId: 'trailco', kind: 'k', occurredAtMs: 1, evidence: {} }]);
    const head = store.head();
    expect(() =>
      store.append([
        { brandId: 'trailco', kind: 'k', occurredAtMs: 2, evidence: { ok: 1 } },
        { brandId: 'trailco', kind: 'k', occurredAtMs: 3, evidence: { fit: Number.NaN } },
      ]),
    ).toThrow(StorageError);
    // A database-level failure mid-batch (unknown brand: foreign key) also rolls back the whole batch.
    expect(() =>
      store.append([
        { brandId: 'trailco', kind: 'k', occurredAtMs: 2, evidence: {} },
        { brandId: 'ghost', kind: 'k', occurredAtMs: 3, evidence: {} },
      ]),
    ).toThrow(/FOREIGN KEY/);
    expect(store.head()).toEqual(head);
    expect(store.count()).toBe(1);
    expect(verifyTrustChain(db)).toMatchObject({ ok: true, events: 1 });
  });

  it('appendInTransaction joins the caller\'s write transaction: same rows as append, and the caller\'s rollback undoes them', () => {
    const drafts = [
      { brandId: 'trailco', kind: 'k', occurredAtMs: 1, evidence: { b: 1, a: [true] } },
      { brandId: 'peakco', kind: 'k', occurredAtMs: 2, evidence: {} },
    ];
    const plain = setup();
    const joined = setup();
    expect(() => joined.store.appendInTransaction(drafts)).toThrow(expect.objectContaining({ code: 'NOT_IN_TRANSACTION' }));
    expect(() => new TrustScoreCache(joined.db).putInTransaction([])).toThrow(expect.objectContaining({ code: 'NOT_IN_TRANSACTION' }));
    expect(joined.db.writeTransaction(() => joined.store.appendInTransaction(drafts))).toEqual(plain.store.append(drafts));
    expect(() =>
      joined.db.writeTransaction(() => {
        joined.store.appendInTransaction([{ brandId: 'trailco', kind: 'k', occurredAtMs: 3, evidence: {} }]);
        joined.store.appendInTransaction([{ brandId: 'ghost', kind: 'k', occurredAtMs: 4, evidence: {} }]);
      }),
    ).toThrow(/FOREIGN KEY/);
    expect(joined.store.head()).toEqual(plain.store.head());
    expect(joined.store.readPage(0)).toEqual(plain.store.readPage(0));
  });

  it('reads one brand, pages, and the whole log across page boundaries', () => {
    const { store, db } = setup();
    const total = 8192 + 300;
    const drafts = Array.from({ length: total }, (_, i) => ({ brandId: i % 3 ? 'trailco' : 'peakco', kind: 'k', occurredAtMs: i, evidence: { i } }));
    store.append(drafts);
    expect(store.count()).toBe(total);
    let expectedSeq = 1;
    for (const event of store.readAll()) expect(event.seq).toBe(expectedSeq++);
    expect(expectedSeq - 1).toBe(total);
    const peak = store.eventsFor('peakco', { afterSeq: 3, limit: 2 });
    expect(peak.map((e) => e.seq)).toEqual([4, 7]);
    expect(verifyTrustChain(db)).toMatchObject({ ok: true, events: total });
  });

  it('an empty log verifies at the genesis head', () => {
    const { db } = setup();
    expect(verifyTrustChain(db)).toEqual({ ok: true, events: 0, head: { seq: 0, hash: GENESIS_HASH } });
  });
});

describe('TrustScoreCache and BrandRegistry', () => {
  it('store opaque states exactly and register brands idempotently', () => {
    const { db, registry } = setup();
    const cache = new TrustScoreCache(db);
    const state = [0.1 + 0.2, 1e-300, 5e-324, 123456789.123456789];
    cache.put([{ brandId: 'trailco', modelVersion: 'v1', lastSeq: 3, state }]);
    expect(cache.get('trailco')).toEqual({ brandId: 'trailco', modelVersion: 'v1', lastSeq: 3, state });
    expect(cache.hasStale('v1')).toBe(false);
    expect(cache.hasStale('v2')).toBe(true);
    expect(registry.register({ brandId: 'trailco', displayName: 'Other', registeredAtMs: 99 })).toEqual({
      brand: { brandId: 'trailco', displayName: null, registeredAtMs: 0 },
      created: false,
    });
    expect(registry.list().map((b) => b.brandId)).toEqual(['peakco', 'trailco']);
  });
});
