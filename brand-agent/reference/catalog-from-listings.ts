import type { CatalogEntry } from '../definition.ts';
import type { AttributeValue, Claim, Terms } from '../../protocol/index.ts';
import type { Listing } from './data-schemas.ts';
import type { ProductTruth } from './ground-truth.ts';
import { ReferenceMarketError } from './reference-market-error.ts';
import { skuFor } from './sku.ts';

/** What a catalog needs to turn listings of reference products into the brand's catalog entries. */
export interface CatalogFromListingsInput {
  readonly skuPrefix: string;
  readonly currency: string;
  readonly defaultTerms: Terms;
  readonly listings: readonly Listing[];
  readonly product: (productId: string) => ProductTruth | undefined;
}

function sameValue(a: AttributeValue, b: AttributeValue | undefined): boolean {
  return typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/**
 * Builds catalog entries (what the brand states) from listings of reference products: true attributes overlaid
 * with the listing's claimed attributes, claims backed by real certifications where they still hold, and
 * unbacked claims for every attribute the listing misstates.
 */
export function catalogFromListings(input: CatalogFromListingsInput): CatalogEntry[] {
  return input.listings.map((listing) => {
    const truth = input.product(listing.product);
    if (!truth) throw new ReferenceMarketError('UNKNOWN_PRODUCT', `listing names unknown product "${listing.product}"`);
    const attributes = { ...truth.attributes, ...listing.claimedAttributes };
    const claims: Claim[] = [];
    for (const cert of truth.certifications) {
      const stated = attributes[cert.attribute];
      if (stated !== undefined && sameValue(stated, truth.attributes[cert.attribute])) {
        claims.push({ attribute: cert.attribute, asserted: stated, evidence: { kind: cert.kind, reference: cert.reference, ...(cert.issuer ? { issuer: cert.issuer } : {}) } });
      }
    }
    for (const [attribute, asserted] of Object.entries(listing.claimedAttributes ?? {})) {
      if (!sameValue(asserted, truth.attributes[attribute])) claims.push({ attribute, asserted });
    }
    claims.push(...(listing.claims ?? []));
    return {
      product: {
        sku: skuFor(input.skuPrefix, truth.productId),
        gtin: truth.gtin,
        title: listing.title ?? truth.title,
        maker: truth.maker,
        category: truth.category,
        attributes,
      },
      price: { amountMinor: listing.price, currency: input.currency },
      stock: listing.stock,
      terms: { ...input.defaultTerms, ...listing.terms },
      claims,
      ...(truth.rrp.currency === input.currency ? { rrp: truth.rrp } : {}),
    };
  });
}
