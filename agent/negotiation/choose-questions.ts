import { RecentCache, type HardConstraint, type Offer } from '../../protocol/index.ts';

/** A question the butler will put to a brand to check a key claim. */
export interface PlannedQuestion {
  readonly attribute: string;
  readonly text: string;
}

// Every offer of a request is asked about the same constraints: their attributes are listed once per list.
const constrainedCache = new RecentCache<readonly HardConstraint[], readonly string[]>(2);

/** The distinct constrained attributes worth a question, sorted. */
function constrainedAttributes(hardConstraints: readonly HardConstraint[]): readonly string[] {
  let constrained = constrainedCache.get(hardConstraints);
  if (constrained === undefined) {
    constrained = [...new Set(hardConstraints.map((c) => c.attribute))].filter((a) => a !== 'maker' && a !== 'category').sort();
    constrainedCache.set(hardConstraints, constrained);
  }
  return constrained;
}

/**
 * Picks the claims worth checking: attributes the person's hard constraints depend on, claimed by the offer
 * (or present on the product) but not backed by evidence. Deterministic order, at most `max` questions.
 */
export function chooseQuestions(offer: Offer, hardConstraints: readonly HardConstraint[], max = 2): PlannedQuestion[] {
  const asked = new Set<string>();
  const out: PlannedQuestion[] = [];
  const constrained = constrainedAttributes(hardConstraints);
  for (const attribute of constrained) {
    const claim = offer.claims.find((c) => c.attribute === attribute);
    if (claim?.evidence) continue;
    const value = claim?.asserted ?? offer.product.attributes[attribute];
    if (value === undefined || asked.has(attribute)) continue;
    asked.add(attribute);
    out.push({ attribute, text: `Can you confirm that ${attribute.replace(/_/g, ' ')} is ${String(value)} for ${offer.product.sku}?` });
    if (out.length >= max) break;
  }
  return out;
}
