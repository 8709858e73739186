/**
 * Inserts a brand id into `ids`, kept sorted by code unit (absent from it): the order in which the ledger's priors sum
 * the brands' evidence (`poolEvidence`), so an append, a rebuild and the simulator's ledger add the same numbers in the
 * same order.
 */
export function insertInIdOrder(ids: string[], id: string): void {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  ids.splice(lo, 0, id);
}
