import type { Offer } from '../../protocol/index.ts';
import type { EvidenceItem } from './evidence-item.ts';
import { HONESTY_WEIGHTS, cappedTotal } from './honesty-weights.ts';
import type { ClaimOutcome } from './offer-evidence.ts';
import { formatAttributeValue, offerStatements, sameProduct } from './offer-statements.ts';

/** Whether an outcome is about the offer's product: the same product (sku or GTIN), or the same GTIN. */
function isAboutProduct(o: ClaimOutcome, offer: Offer): boolean {
  return (o.sku !== undefined && sameProduct({ sku: o.sku, gtin: o.gtin }, offer.product)) || (o.gtin !== undefined && o.gtin === offer.product.gtin);
}

/**
 * Weighs what happened after this brand's past sales: a claim about this product and attribute that was
 * contradicted before weighs heavily, verified claims about this product a little, and other contradictions less;
 * those brand-wide ones are left out when `brandWide` is false because the brand's trust already counts them.
 */
export function checkPastOutcomes(offer: Offer, outcomes: readonly ClaimOutcome[] | undefined, now: string, brandWide = true): EvidenceItem[] {
  const nowMs = Date.parse(now);
  const statements = offerStatements(offer);
  const settled = (outcomes ?? []).filter((o) => !(Date.parse(o.at) > nowMs));
  const sameClaim = settled.filter((o) => o.verdict === 'contradicted' && isAboutProduct(o, offer) && statements.has(o.attribute));
  const other = settled.filter((o) => o.verdict === 'contradicted' && !sameClaim.includes(o));
  const verified = settled.filter((o) => o.verdict === 'verified' && isAboutProduct(o, offer));
  const items: EvidenceItem[] = [];
  if (sameClaim.length > 0) {
    const attributes = [...new Set(sameClaim.map((o) => o.attribute))].sort();
    items.push({
      code: 'claim-contradicted-before',
      effect: 'undermines',
      impact: cappedTotal(sameClaim.length, HONESTY_WEIGHTS.pastContradictionSameClaim, HONESTY_WEIGHTS.pastContradictionSameClaimCap),
      attribute: attributes[0],
      detail: `past buyers of this product found ${attributes.map((a) => `${a}${statements.has(a) ? ` (claimed ${formatAttributeValue(statements.get(a)!)})` : ''}`).join(', ')} untrue (${sameClaim.length} time${sameClaim.length === 1 ? '' : 's'})`,
      data: { attributes, claimed: attributes.map((a) => statements.get(a)!), times: sameClaim.length },
    });
  }
  if (brandWide && other.length > 0) {
    items.push({
      code: 'brand-contradicted-before',
      effect: 'undermines',
      impact: cappedTotal(other.length, HONESTY_WEIGHTS.pastContradictionOther, HONESTY_WEIGHTS.pastContradictionOtherCap),
      detail: `${other.length} other claim${other.length === 1 ? '' : 's'} by this brand turned out untrue`,
      data: { count: other.length },
    });
  }
  if (verified.length > 0) {
    items.push({
      code: 'claims-verified-before',
      effect: 'supports',
      impact: cappedTotal(verified.length, HONESTY_WEIGHTS.pastVerifiedSameProduct, HONESTY_WEIGHTS.pastVerifiedSameProductCap),
      detail: `${verified.length} claim${verified.length === 1 ? '' : 's'} about this product held up after past purchases`,
      data: { count: verified.length },
    });
  }
  return items;
}
