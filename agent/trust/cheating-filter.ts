import { TRUST_PARAMETERS, type TrustParameters } from './trust-parameters.ts';
import type { BrandTrustState } from './brand-trust-state.ts';

/** A brand's switching record, as folded in its state. */
export type SwitchingRecord = BrandTrustState['filter'];

/** What one event tells the filter: a request caught lying before a purchase, a request whose checks caught nothing, or a purchase found not as described (its request was a cheating one after all). */
export type FilterObservation = 'caught' | 'clean' | 'escaped';

const CLEAN = 1;
const CAUGHT = 2;

/**
 * The rate at which the brand ends a cheating spell between two requests, P(clean next | cheating now), learned from its
 * own record: the spells it was seen to end (a clean request after a caught one) over those plus the ones it kept up (a
 * caught request after a caught one) plus `calibration.leavePriorWeight` requests of a prior at 0. A brand never seen
 * ending a spell is presumed to go on lying (rate 0: forgiven by its checks alone, as before the filter); one whose
 * spells always end after one request is forgiven faster at each clean request, as its record grows.
 */
export function leaveRate(record: SwitchingRecord, params: TrustParameters = TRUST_PARAMETERS): number {
  return record.leave / (record.leave + record.stay + params.calibration.leavePriorWeight);
}

/**
 * What a clean request leaves of the brand's false statements: the odds that it is still cheating, in the two-state
 * filter, times (1 − the rate it ends spells, `leaveRate`) for the request that came, times (1 − its learned check
 * power) for the check it passed (P(caught | cheating) = power, P(caught | honest) = 0). The odds are carried by the
 * weight of its caught statements: the calibrated estimate reads them as failures, so a brand whose statements are all
 * forgiven is back at a stranger's standing, never above. (The filter's other rate, an honest brand starting a spell, is
 * not modelled: a spell that starts is caught, and the catch sets the odds.)
 */
export function statementsKeptByClean(record: SwitchingRecord, power: number, params: TrustParameters = TRUST_PARAMETERS): number {
  return (1 - leaveRate(record, params)) * (1 - power);
}

/**
 * The record after one observation. The findings of one request (same time) count once. A purchase not as described
 * relabels the last request as caught. Successions are counted one request late, when the next request arrives, so a
 * relabelled request is counted as what it was; `weight` is the observation's time-forgetting weight.
 */
export function foldSwitching(record: SwitchingRecord, observation: FilterObservation, atMs: number, weight: number): SwitchingRecord {
  if (observation === 'escaped') return { ...record, last: CAUGHT };
  if (observation === 'caught' && record.last === CAUGHT && record.lastCaughtAtMs === atMs) return record;
  const counted = record.prev !== CAUGHT || record.last === 0 ? record : record.last === CAUGHT ? { ...record, stay: record.stay + weight } : { ...record, leave: record.leave + weight };
  const label = observation === 'caught' ? CAUGHT : CLEAN;
  return { ...counted, prev: record.last, last: label, lastCaughtAtMs: observation === 'caught' ? atMs : record.lastCaughtAtMs };
}

/** The record's counts decayed by `long` (time forgetting, as every other sum). */
export function decaySwitching(record: SwitchingRecord, long: number): SwitchingRecord {
  return long === 1 ? record : { ...record, stay: record.stay * long, leave: record.leave * long };
}
