import { isOutOfTime } from '../negotiation/index.ts';
import type { ShoppingResult } from './shop.ts';

/**
 * Something the person should know about one brand's part in a shopping run, beyond its offers: its time for the
 * request ran out while its offers were being checked (`out-of-time`: what it was not asked stays unchecked), it did
 * not answer the brief in time (`no-answer`), or it failed otherwise (`failed`: none of its offers are compared).
 */
export type BrandNotice =
  | { readonly kind: 'out-of-time'; readonly brandId: string; readonly offers: number }
  | { readonly kind: 'no-answer'; readonly brandId: string; readonly code: 'TIMEOUT' }
  | { readonly kind: 'failed'; readonly brandId: string; readonly code: string };

/**
 * The notices of a shopping run, one per affected brand and kind: failures first (in the order the result lists them),
 * then the brands whose negotiations ran out of time, with how many of their offers were cut short.
 */
export function brandNoticesOf(result: Pick<ShoppingResult, 'failures' | 'negotiations'>): BrandNotice[] {
  const notices: BrandNotice[] = [];
  const failed = new Set<string>();
  for (const f of result.failures) {
    if (failed.has(f.brandId)) continue;
    failed.add(f.brandId);
    notices.push(f.error.code === 'TIMEOUT' ? { kind: 'no-answer', brandId: f.brandId, code: 'TIMEOUT' } : { kind: 'failed', brandId: f.brandId, code: f.error.code });
  }
  const cutShort = new Map<string, number>();
  for (const n of result.negotiations) if (isOutOfTime(n.outcome)) cutShort.set(n.brandId, (cutShort.get(n.brandId) ?? 0) + 1);
  // A brand left out as a failure has no offer compared: its cut-short checks would say nothing more.
  for (const [brandId, offers] of cutShort) if (!failed.has(brandId)) notices.push({ kind: 'out-of-time', brandId, offers });
  return notices;
}
