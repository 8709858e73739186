import { canonicalJson, type Offer } from '../../protocol/index.ts';

/** What names a product as one model: its GTIN, title, maker and category (its SKU is compared apart). */
function productIdentity(offer: Offer): { gtin: string | null; title: string; maker: string | null; category: string } {
  return { gtin: offer.product.gtin ?? null, title: offer.product.title, maker: offer.product.maker ?? null, category: offer.product.category };
}

/** A text or absent part of a product's identity, as its canonical JSON reads it (absent → null). */
const isTextOrAbsent = (value: unknown): boolean => value === undefined || value === null || typeof value === 'string';

/**
 * Whether two offers name the same model: their identities (GTIN, title, maker, category) equal in canonical JSON.
 * Parts that are text or absent (every validated offer's) compare as strings, without serialising both identities on
 * every counter round; anything else (an offer no schema checked) is compared in canonical JSON.
 */
export function sameProductIdentity(a: Offer, b: Offer): boolean {
  const p = a.product;
  const q = b.product;
  if (
    typeof p.title === 'string' && typeof q.title === 'string' && typeof p.category === 'string' && typeof q.category === 'string' &&
    isTextOrAbsent(p.gtin) && isTextOrAbsent(q.gtin) && isTextOrAbsent(p.maker) && isTextOrAbsent(q.maker)
  ) {
    return p.title === q.title && p.category === q.category && (p.gtin ?? null) === (q.gtin ?? null) && (p.maker ?? null) === (q.maker ?? null);
  }
  return canonicalJson(productIdentity(a)) === canonicalJson(productIdentity(b));
}
