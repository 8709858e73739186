/**
 * One delivery the person rated, as the ledger keeps it (folded from `order-outcome` events carrying a `rating`): who
 * sold it, what product it was (its GTIN when known, its maker — the seller when the offer named none) in which
 * category, the stars and when they were given. It lives in the person's ledger, so a butler that forgets its ledger
 * (the no-ledger ablation) learns nothing from it; agent/taste `deliveredQualityShift` reads it.
 */
export interface RatedDelivery {
  readonly brandId: string;
  readonly category: string;
  readonly gtin?: string | undefined;
  readonly maker: string;
  /** 1..5 stars. */
  readonly rating: number;
  readonly atMs: number;
}

/** The maker a rating is filed under: the one the offer named, else its seller (the protocol: `maker` absent = the brand itself). */
export function makerKey(maker: string | undefined, brandId: string): string {
  const named = maker?.trim().toLowerCase();
  return named ? named : `seller:${brandId}`;
}

/** The rated delivery an `order-outcome` event's evidence records, or undefined when it carries no rating or no category. */
export function ratedDeliveryOf(
  brandId: string,
  evidence: { readonly rating?: number | undefined; readonly category?: string | undefined; readonly product?: { readonly gtin?: string | undefined } | undefined; readonly maker?: string | undefined },
  atMs: number,
): RatedDelivery | undefined {
  if (evidence.rating === undefined || evidence.category === undefined || !Number.isFinite(atMs)) return undefined;
  return { brandId, category: evidence.category, gtin: evidence.product?.gtin, maker: makerKey(evidence.maker, brandId), rating: evidence.rating, atMs };
}
