import { z } from 'zod';

/**
 * What the person's own delivered orders showed about the findings the butler saw on the offers they bought: how many
 * deliveries met their need and how many missed it, and per finding code how many of each carried it. Read by
 * agent/scoring `learnedFindingWeight`: a finding that keeps preceding missed needs weighs more, one that kept preceding
 * met needs less. It lives in the person's ledger (folded from `order-outcome` events carrying `findings`), so a butler
 * that forgets its ledger (the no-ledger ablation) keeps the hand-set weights.
 */
export interface FindingRecord {
  /** Delivered orders with findings on record whose need was met. */
  readonly met: number;
  /** Delivered orders with findings on record whose need was missed. */
  readonly missed: number;
  /** Per finding code: of those, how many carried it. */
  readonly byCode: ReadonlyMap<string, { readonly met: number; readonly missed: number }>;
}

/** A finding code as stored with an order and its outcome event (the scorers' stable codes). */
export const FindingCodeSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
/** Most finding codes stored with one order. */
export const MAX_ORDER_FINDINGS = 32;

/**
 * The finding codes kept with an order and its outcome event: each well-formed code once, sorted, at most
 * `MAX_ORDER_FINDINGS` of them.
 */
export function orderFindingCodes(codes: Iterable<string>): string[] {
  return [...new Set(codes)].filter((c) => FindingCodeSchema.safeParse(c).success).sort().slice(0, MAX_ORDER_FINDINGS);
}

/** A record from no delivery at all. */
export const EMPTY_FINDING_RECORD: FindingRecord = Object.freeze({ met: 0, missed: 0, byCode: new Map() });

/**
 * Whether a delivery met the person's need, as far as the report says: their own word (`needMet`) when they gave it;
 * otherwise a delivery as described met it (the butler only buys offers that meet the need as described) and one not as
 * described missed it (the ledger's reading of an absent `needMet`).
 */
export function deliveryMetNeed(outcome: { readonly needMet?: boolean | undefined; readonly asDescribed: boolean }): boolean {
  return outcome.needMet ?? outcome.asDescribed;
}

/** A mutable tally folding deliveries one by one (the ledger ports keep one each). */
export class FindingTally implements FindingRecord {
  met = 0;
  missed = 0;
  readonly byCode = new Map<string, { met: number; missed: number }>();

  /** Adds one delivery with the finding codes its offer showed (each code counted once). */
  add(findings: readonly string[], needMet: boolean): void {
    if (needMet) this.met += 1;
    else this.missed += 1;
    for (const code of new Set(findings)) {
      const counts = this.byCode.get(code) ?? { met: 0, missed: 0 };
      if (needMet) counts.met += 1;
      else counts.missed += 1;
      this.byCode.set(code, counts);
    }
  }
}
