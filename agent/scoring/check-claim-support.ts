import { withoutHiddenCharacters, type Evidence, type Offer } from '../../protocol/index.ts';
import { normalizeText } from '../pressure/index.ts';
import type { EvidenceItem } from './evidence-item.ts';
import { HONESTY_WEIGHTS, cappedTotal } from './honesty-weights.ts';
import { formatAttributeValue, sameAttributeValue } from './offer-statements.ts';
import { quoteText } from './quote-text.ts';

/** A letter or digit in any script: what a name or an address is made of, read once invisible characters are gone. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A web address whose host has a letter or digit on both sides of a dot. */
const WEB_ADDRESS = /^https?:\/\/[^\s/]*[\p{L}\p{N}][^\s/]*\.[^\s/]*[\p{L}\p{N}]/iu;

/**
 * Evidence someone could actually check: a reference with an id, number or address, from a named issuer or a spec
 * sheet, read as a person sees them. A name or address is one with a letter or digit in it once invisible characters
 * are gone: an issuer of zero-width spaces, a Braille blank, "-" or lone accents names nobody, and
 * "https://\u200b.\u200b" or "https://\u2800.\u2800" points nowhere.
 */
export function isCheckableEvidence(evidence: Evidence): boolean {
  const reference = withoutHiddenCharacters(evidence.reference).trim();
  const pointsSomewhere = /\d/.test(reference) || WEB_ADDRESS.test(reference);
  if (evidence.issuer !== undefined && namesTheButler(evidence.issuer)) return false;
  return pointsSomewhere && (evidence.kind === 'spec-sheet' || LETTER_OR_DIGIT.test(withoutHiddenCharacters(evidence.issuer ?? '')));
}

/**
 * The butler's own names, read as a person reads them (case, accents, invisible characters and look-alike letters
 * folded): Majordome, the person's butler, AI assistant or agent, their trust ledger.
 */
const BUTLER_NAME = /\bmajordome\b|\b(?:your|the|my)\s+(?:butler|(?:ai |shopping |buying |personal )?(?:assistant|agent))\b|\b(?:trust|honesty)\s+ledger\b/;

/**
 * Whether an issuer is the butler itself. The butler issues no certificate, report or review: evidence signed with its
 * name was written by the brand, and names nobody a person could check with.
 */
function namesTheButler(issuer: string): boolean {
  return BUTLER_NAME.test(normalizeText(issuer).text);
}

/**
 * Checks each claim of an offer on its own terms: backed by checkable evidence, by evidence nobody could check, or
 * by nothing, and consistent with the product attributes of the same offer. Impacts are honesty log-odds; the
 * checkable-evidence bonus is capped so a pile of certificates cannot buy trust.
 */
export function checkClaimSupport(offer: Offer): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  const checkable = offer.claims.filter((c) => c.evidence !== undefined && isCheckableEvidence(c.evidence));
  const backedStep = checkable.length ? cappedTotal(checkable.length, HONESTY_WEIGHTS.claimWithEvidence, HONESTY_WEIGHTS.claimWithEvidenceCap) / checkable.length : 0;
  for (const [i, claim] of offer.claims.entries()) {
    const evidence = claim.evidence;
    const said = `${claim.attribute} = ${formatAttributeValue(claim.asserted)}`;
    if (evidence && isCheckableEvidence(evidence)) {
      items.push({
        code: 'claim-has-evidence',
        effect: 'supports',
        impact: backedStep,
        attribute: claim.attribute,
        detail: `${said} comes with a checkable ${evidence.kind}${evidence.issuer ? ' from a named issuer' : ''}`,
        data: { claimed: claim.asserted, evidenceKind: evidence.kind, namedIssuer: Boolean(evidence.issuer) },
        quote: quoteText(`claims[${i}].evidence.reference`, evidence.reference),
      });
    } else if (evidence) {
      items.push({
        code: 'claim-evidence-uncheckable',
        effect: 'neutral',
        impact: HONESTY_WEIGHTS.claimWithUncheckableEvidence,
        attribute: claim.attribute,
        detail: `${said} cites a ${evidence.kind} nobody could check (no reference or no issuer)`,
        data: { claimed: claim.asserted, evidenceKind: evidence.kind },
        quote: quoteText(`claims[${i}].evidence.reference`, evidence.reference),
      });
    } else {
      items.push({
        code: 'claim-without-evidence',
        effect: 'neutral',
        impact: HONESTY_WEIGHTS.claimWithoutEvidence,
        attribute: claim.attribute,
        detail: `${said} is claimed without evidence`,
        data: { claimed: claim.asserted },
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
        data: { claimed: claim.asserted, stated },
      });
    }
  }
  return items;
}
