import { withoutHiddenCharacters, type Evidence, type Offer } from '../../protocol/index.ts';
import { namesTheButler } from '../identity/index.ts';
import type { EvidenceItem } from './evidence-item.ts';
import { HONESTY_WEIGHTS, cappedTotal } from './honesty-weights.ts';
import { formatAttributeValue, sameAttributeValue } from './offer-statements.ts';
import { quoteText } from './quote-text.ts';

/** A web address whose host has a letter or digit on both sides of a dot. */
const WEB_ADDRESS = /^https?:\/\/[^\s/]*[\p{L}\p{N}][^\s/]*\.[^\s/]*[\p{L}\p{N}]/iu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;
/** Fewest letters and digits an id can be made of ("1", "A1" identify nothing one could look up). */
const MIN_ID_CHARACTERS = 3;

/** Why a piece of evidence is none anyone could check: its reference identifies nothing, or no issuer is named. */
export type EvidenceFlaw = 'reference' | 'issuer';

const countOf = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Runs of letters, digits and their marks: the words of a name, in any script. */
const WORDS = /[\p{L}\p{M}\p{N}]+/gu;
const LETTER = /\p{L}/gu;

/**
 * A name: a word of at least two letters or digits, one of them a letter ("TÜV", "3M", "日本品質保証機構"), or at
 * least two letters in all ("U.L.", "H&M", "c't": initials and names cut by punctuation, review40c); not "x", "1",
 * "x 1" or "-".
 */
function namesSomeone(issuer: string): boolean {
  if (countOf(issuer, LETTER) >= 2) return true;
  return (issuer.match(WORDS) ?? []).some((word) => countOf(word, LETTER_OR_DIGIT) >= 2 && /\p{L}/u.test(word));
}

/**
 * What keeps evidence from being evidence someone could actually check, read as a person sees it (invisible
 * characters gone); undefined when nothing does. Its reference must be an id, number or web address of at least three
 * letters or digits; a certificate, report or review must name its issuer (a spec sheet is the seller's own). An
 * issuer of zero-width spaces, a Braille blank, "-", lone accents or one letter names nobody, and "1" or
 * "https://\u200b.\u200b" points nowhere.
 */
export function evidenceFlaw(evidence: Evidence): EvidenceFlaw | undefined {
  const reference = withoutHiddenCharacters(evidence.reference).trim();
  const pointsSomewhere = (/\d/.test(reference) || WEB_ADDRESS.test(reference)) && countOf(reference, LETTER_OR_DIGIT) >= MIN_ID_CHARACTERS;
  if (!pointsSomewhere) return 'reference';
  if (evidence.issuer !== undefined && namesTheButler(evidence.issuer)) return 'issuer';
  return evidence.kind === 'spec-sheet' || namesSomeone(withoutHiddenCharacters(evidence.issuer ?? '')) ? undefined : 'issuer';
}

/**
 * Checks each claim of an offer on its own terms: backed by checkable evidence, by evidence nobody could check, or
 * by nothing, and consistent with the product attributes of the same offer. Impacts are honesty log-odds; the
 * checkable-evidence bonus is capped so a pile of certificates cannot buy trust.
 */
export function checkClaimSupport(offer: Offer): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  // Each piece of evidence is judged once: its flaw, or undefined when it is checkable (or when there is none).
  const flaws = offer.claims.map((c) => (c.evidence === undefined ? undefined : evidenceFlaw(c.evidence)));
  const checkable = offer.claims.filter((c, i) => c.evidence !== undefined && flaws[i] === undefined).length;
  const backedStep = checkable ? cappedTotal(checkable, HONESTY_WEIGHTS.claimWithEvidence, HONESTY_WEIGHTS.claimWithEvidenceCap) / checkable : 0;
  for (const [i, claim] of offer.claims.entries()) {
    const evidence = claim.evidence;
    const flaw = flaws[i];
    const said = `${claim.attribute} = ${formatAttributeValue(claim.asserted)}`;
    if (evidence && flaw === undefined) {
      items.push({
        code: 'claim-has-evidence',
        effect: 'supports',
        impact: backedStep,
        attribute: claim.attribute,
        detail: `${said} comes with a checkable ${evidence.kind}${evidence.issuer ? ' from a named issuer' : ''}`,
        data: { claimed: claim.asserted, evidenceKind: evidence.kind, namedIssuer: Boolean(evidence.issuer) },
        quote: quoteText(`claims[${i}].evidence.reference`, evidence.reference),
      });
    } else if (evidence && flaw) {
      items.push({
        code: 'claim-evidence-uncheckable',
        effect: 'neutral',
        impact: HONESTY_WEIGHTS.claimWithUncheckableEvidence,
        attribute: claim.attribute,
        detail: `${said} cites a ${evidence.kind} nobody could check (${flaw === 'reference' ? 'its reference is no id, number or address' : 'no issuer is named'})`,
        data: { claimed: claim.asserted, evidenceKind: evidence.kind, flaw },
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
