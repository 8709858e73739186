import { TRUST_PARAMETERS, type TrustParameters } from './trust-parameters.ts';

/**
 * A brand's record of how its failures fall, forgetting-weighted: its failed deliveries (linked identities' included),
 * the part of them that still met what the person required (`needMet`), and what those spared deliveries put at stake
 * on average (major units; 0 when none named a stake).
 */
export interface NeedRecord {
  readonly failedDeliveries: number;
  readonly spared: number;
  readonly sparedStakeMajor: number;
}

/** The record of a brand never bought from not as described. */
export const EMPTY_NEED_RECORD: NeedRecord = Object.freeze({ failedDeliveries: 0, spared: 0, sparedStakeMajor: 0 });

/**
 * The share of this brand's failures that spared the need, for an offer putting `stakeMajor` at stake: its failed
 * deliveries that met the need over all its failed deliveries plus the calibration prior's weight (so every failure
 * counts as missing the need until its own deliveries show otherwise: 0 for a stranger or a brand caught only before a
 * purchase). Each spared delivery counts for at most its own stake over the offer's, at most 1 (the mean stake stands
 * for each): a liar whose cheap deliveries met the need has shown nothing about what it does when more is at stake,
 * just as trust earned on 5 EUR deliveries does not forgive a failed 500 EUR one. A failure that missed the need counts
 * whole whatever its stake. Without a stake on either side, each spared delivery counts whole.
 */
export function failuresSpareNeedAt(record: NeedRecord | undefined, stakeMajor: number | undefined, params: TrustParameters = TRUST_PARAMETERS): number {
  if (record === undefined || !(record.spared > 0)) return 0;
  const share = stakeMajor !== undefined && stakeMajor > 0 && record.sparedStakeMajor > 0 ? Math.min(1, record.sparedStakeMajor / stakeMajor) : 1;
  return Math.min(1, (record.spared * share) / (record.failedDeliveries + params.calibration.priorWeight));
}

/**
 * The record a stranger is read on: the failures of the brands the butler knows in the market in hand, pooled (their
 * failed deliveries, those that spared the need, and what these put at stake on average). A stranger is a draw from the
 * brands it might be, as its honesty is (`strangerHonestyOf`): where the known sellers' failures left the need met, a
 * fresh identity's likely do too; where they missed it (liars of hard requirements), a stranger's count as missing it.
 * Each identity counts once; undefined when none has a record.
 */
export function pooledNeedRecord(records: Iterable<NeedRecord | undefined>): NeedRecord | undefined {
  let failedDeliveries = 0;
  let spared = 0;
  let stake = 0;
  for (const r of records) {
    if (r === undefined) continue;
    failedDeliveries += r.failedDeliveries;
    spared += r.spared;
    stake += r.spared * r.sparedStakeMajor;
  }
  return spared > 0 ? { failedDeliveries, spared, sparedStakeMajor: stake / spared } : undefined;
}
