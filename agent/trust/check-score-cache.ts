import { canonicalJson, type CachedTrustState, type ChainVerdict, type IdentityLink } from '../../storage/index.ts';
import type { FoldedLedger } from './fold-ledger.ts';
import { encodeTrustState } from './brand-trust-state.ts';

/** Whether the cached scores and identity links equal a fresh fold of the log, or the first difference found. */
export type CacheCheck =
  | { readonly ok: true; readonly brands: number }
  | {
      readonly ok: false;
      readonly brandId?: string;
      readonly problem: 'unreadable-event' | 'missing-score' | 'unexpected-score' | 'stale-model' | 'score-differs' | 'links-differ';
      readonly message: string;
    };

/** The outcome of `TrustLedger.verify`: the hash chain, then (if it holds) the caches against a rebuild. */
export interface LedgerVerification {
  readonly ok: boolean;
  readonly chain: ChainVerdict;
  /** Absent when the chain is broken (a cache of a tampered log proves nothing). */
  readonly cache?: CacheCheck;
}

/** Compares the cache rows and link rows with a fresh fold, exactly (numbers must be bit-identical). */
export function checkScoreCache(
  folded: FoldedLedger,
  cached: readonly CachedTrustState[],
  links: readonly IdentityLink[],
  modelVersion: string,
): CacheCheck {
  const byBrand = new Map(cached.map((c) => [c.brandId, c]));
  for (const [brandId, fresh] of folded.brands) {
    const row = byBrand.get(brandId);
    if (row === undefined) return { ok: false, brandId, problem: 'missing-score', message: `no cached score for ${brandId}, which has events` };
    if (row.modelVersion !== modelVersion) return { ok: false, brandId, problem: 'stale-model', message: `the cached score of ${brandId} was made by model ${row.modelVersion}` };
    // A row whose JSON no longer parses reads back as undefined: it differs from any rebuild (and is not JSON to compare).
    if (row.lastSeq !== fresh.lastSeq || row.state === undefined || canonicalJson(row.state) !== canonicalJson(encodeTrustState(fresh.state))) {
      return { ok: false, brandId, problem: 'score-differs', message: `the cached score of ${brandId} differs from a rebuild of its events` };
    }
  }
  for (const row of cached) {
    if (!folded.brands.has(row.brandId)) return { ok: false, brandId: row.brandId, problem: 'unexpected-score', message: `a cached score exists for ${row.brandId}, which has no events` };
  }
  const key = (l: IdentityLink) => `${l.eventSeq}:${l.brandId}:${l.linkedBrandId}`;
  const expected = folded.links.map(key).sort().join('|');
  if (links.map(key).sort().join('|') !== expected) return { ok: false, problem: 'links-differ', message: 'the identity links differ from the identity-link events' };
  return { ok: true, brands: folded.brands.size };
}
