import type { Offer } from '../../protocol/index.ts';
import type { EvidenceItem } from './evidence-item.ts';
import { HONESTY_WEIGHTS, cappedTotal } from './honesty-weights.ts';
import { formatAttributeValue, sameAttributeValue } from './offer-statements.ts';
import { quoteText } from './quote-text.ts';

/**
 * Checks each claim of an offer on its own terms: backed by checkable evidence or not, and consistent with the
 * product attributes of the same offer. Impacts are honesty log-odds; the evidence and no-evidence groups are capped.
 */
export function checkClaimSupport(offer: Offer): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  const backed = offer.claims.filter((c) => c.evidence !== undefined);
  const unbacked = offer.claims.filter((c) => c.evidence === undefined);
  const backedStep = backed.length ? cappedTotal(backed.length, HONESTY_WEIGHTS.claimWithEvidence, HONESTY_WEIGHTS.claimWithEvidenceCap) / backed.length : 0;
  const unbackedStep = unbacked.length ? cappedTotal(unbacked.length, HONESTY_WEIGHTS.claimWithoutEvidence, HONESTY_WEIGHTS.claimWithoutEvidenceCap) / unbacked.length : 0;
  for (const [i, claim] of offer.claims.entries()) {
    const evidence = claim.evidence;
    if (evidence) {
      items.push({
        code: 'claim-has-evidence',
        effect: 'supports',
        impact: backedStep,
        attribute: claim.attribute,
        detail: `${claim.attribute} = ${formatAttributeValue(claim.asserted)} comes with a ${evidence.kind}${evidence.issuer ? ' from a named issuer' : ''}`,
        quote: quoteText(`claims[${i}].evidence.reference`, evidence.reference),
      });
    } else {
      items.push({
        code: 'claim-without-evidence',
        effect: 'undermines',
        impact: unbackedStep,
        attribute: claim.attribute,
        detail: `${claim.attribute} = ${formatAttributeValue(claim.asserted)} is claimed without evidence`,
      });
    }
    const stated = claim.attribute === 'maker' ? offer.product.maker : offer.product.attributes[claim.attribute];
    if (stated !== undefined && !sameAttributeValue(stated, claim.asserted)) {
      items.push({
        code: 'claim-contradicts-product',
        effect: 'undermines',
        impact: HONESTY_WEIGHTS.claimContradictsProduct,
        attribute: claim.attribute,
        detail: `claims ${claim.attribute} = ${formatAttributeValue(claim.asserted)} but its own product data says ${formatAttributeValue(stated)}`,
      });
    }
  }
  return items;
}
