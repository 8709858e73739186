import type { BrandTrustView } from './offer-evidence.ts';

/**
 * The party behind each seller of a market: identities the person's record connects (entries on one server, a brand
 * trading under ids the ledger joined; `partyIdentitiesOf`) are one party, so no party counts twice where the
 * market's scales are read (each party has one say, `preferenceScale` and the money reference). Returns a function
 * from a brand id to its party's key (the smallest id of its group; an unlinked brand is its own party).
 */
export function marketParties(brandIds: Iterable<string>, linkedOf: (brandId: string) => readonly string[] | undefined): (brandId: string) => string {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    for (let next = parent.get(root); next !== undefined && next !== root; next = parent.get(root)) root = next;
    return root;
  };
  const join = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    // The smaller id is the root, so a group's key does not depend on the order its links were read in.
    if (ra < rb) parent.set(rb, ra);
    else if (rb < ra) parent.set(ra, rb);
  };
  for (const id of new Set(brandIds)) {
    if (!parent.has(id)) parent.set(id, id);
    for (const linked of linkedOf(id) ?? []) {
      if (!parent.has(linked)) parent.set(linked, linked);
      join(id, linked);
    }
  }
  return (brandId) => (parent.has(brandId) ? find(brandId) : brandId);
}

/** The identities one party with this brand where the market is read (connected, else linked; see `BrandTrustView`). */
export function partyIdentitiesOf(view: Pick<BrandTrustView, 'linkedIdentities' | 'connectedIdentities'> | undefined): readonly string[] | undefined {
  return view?.connectedIdentities ?? view?.linkedIdentities;
}
