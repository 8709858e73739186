import type { AttributeValue, Offer } from '../../protocol/index.ts';
import type { EvidenceItem } from './evidence-item.ts';
import { HONESTY_WEIGHTS, cappedTotal } from './honesty-weights.ts';
import type { MarketContext } from './offer-evidence.ts';
import { formatAttributeValue, offerStatements, sameAttributeValue } from './offer-statements.ts';

type BrandStatements = Map<string, Map<string, AttributeValue[]>>;

function addStatement(byBrand: BrandStatements, brandId: string, attribute: string, value: AttributeValue): void {
  let attributes = byBrand.get(brandId);
  if (!attributes) byBrand.set(brandId, (attributes = new Map()));
  const values = attributes.get(attribute);
  if (values) values.push(value);
  else attributes.set(attribute, [value]);
}

// Every offer of a round cross-checks against the same offers: index them once per round, by GTIN then brand.
const roundIndex = new WeakMap<readonly Offer[], Map<string, BrandStatements>>();

function statementsByGtin(offers: readonly Offer[]): Map<string, BrandStatements> {
  let index = roundIndex.get(offers);
  if (index) return index;
  index = new Map();
  for (const offer of offers) {
    const gtin = offer.product.gtin;
    if (gtin === undefined) continue;
    let byBrand = index.get(gtin);
    if (!byBrand) index.set(gtin, (byBrand = new Map()));
    for (const [attribute, value] of offerStatements(offer)) addStatement(byBrand, offer.brandId, attribute, value);
  }
  roundIndex.set(offers, index);
  return index;
}

/** What each other brand says about each attribute of this offer's GTIN (a brand may say several things). */
function otherBrandStatements(offer: Offer, market: MarketContext): Array<ReadonlyMap<string, readonly AttributeValue[]>> {
  const gtin = offer.product.gtin as string;
  const byBrand = statementsByGtin(market.offers).get(gtin) ?? new Map<string, Map<string, AttributeValue[]>>();
  const answered: BrandStatements = new Map();
  if (market.answers?.length) {
    const sameGtinOffers = new Set(market.offers.filter((o) => o.brandId !== offer.brandId && o.product.gtin === gtin).map((o) => `${o.brandId}\u0000${o.offerId}`));
    for (const { brandId, answer, gtin: about } of market.answers) {
      if (brandId === offer.brandId) continue;
      if (about !== gtin && !sameGtinOffers.has(`${brandId}\u0000${answer.offerId}`)) continue;
      for (const claim of answer.claims) addStatement(answered, brandId, claim.attribute, claim.asserted);
    }
  }
  const out: Array<ReadonlyMap<string, readonly AttributeValue[]>> = [];
  for (const [brandId, attributes] of byBrand) {
    if (brandId === offer.brandId) continue;
    const extra = answered.get(brandId);
    if (!extra) {
      out.push(attributes);
      continue;
    }
    // The round index is shared: merge this brand's answers into a copy.
    const merged = new Map([...attributes].map(([a, values]) => [a, [...values]]));
    for (const [a, values] of extra) merged.set(a, [...(merged.get(a) ?? []), ...values]);
    out.push(merged);
  }
  for (const [brandId, attributes] of answered) if (!byBrand.has(brandId)) out.push(attributes);
  return out;
}

function mostCommon(values: readonly AttributeValue[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(formatAttributeValue(v), (counts.get(formatAttributeValue(v)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0] ?? '';
}

/**
 * Cross-checks what an offer states about its GTIN against what other brands state about the same GTIN: a strict
 * majority of at least two disagreeing brands is a contradiction, a lone dissent a dispute, agreement corroborates.
 * A brand agrees when any of its statements matches, so one brand cannot frame another by contradicting itself.
 */
export function checkMarketConsensus(offer: Offer, market: MarketContext | undefined): EvidenceItem[] {
  if (!market || offer.product.gtin === undefined) return [];
  const others = otherBrandStatements(offer, market);
  if (others.length === 0) return [];
  const items: EvidenceItem[] = [];
  const corroborated: string[] = [];
  const statements = [...offerStatements(offer)].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [attribute, value] of statements) {
    let agree = 0;
    let disagree = 0;
    const dissent: AttributeValue[] = [];
    for (const attributes of others) {
      const said = attributes.get(attribute);
      if (!said) continue;
      if (said.some((v) => sameAttributeValue(v, value))) agree++;
      else {
        disagree++;
        dissent.push(...said);
      }
    }
    const said = `${formatAttributeValue(value)}`;
    if (disagree >= 2 && disagree > agree) {
      items.push({
        code: 'claim-contradicted-by-market',
        effect: 'undermines',
        impact: HONESTY_WEIGHTS.marketContradiction,
        attribute,
        detail: `says ${attribute} = ${said}; ${disagree} of ${agree + disagree} other sellers of the same GTIN say ${mostCommon(dissent)}`,
      });
    } else if (disagree >= 1 && disagree > agree) {
      items.push({
        code: 'claim-disputed-by-market',
        effect: 'undermines',
        impact: HONESTY_WEIGHTS.marketDisputed,
        attribute,
        detail: `says ${attribute} = ${said}; another seller of the same GTIN says ${mostCommon(dissent)}`,
      });
    } else if (agree >= 1 && agree > disagree) {
      corroborated.push(attribute);
    }
  }
  if (corroborated.length > 0) {
    items.push({
      code: 'claims-corroborated-by-market',
      effect: 'supports',
      impact: cappedTotal(corroborated.length, HONESTY_WEIGHTS.marketCorroborated, HONESTY_WEIGHTS.marketCorroboratedCap),
      detail: `other sellers of the same GTIN agree on ${corroborated.join(', ')}`,
    });
  }
  return items;
}
