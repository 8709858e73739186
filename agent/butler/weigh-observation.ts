import { weighEvidence, type WeighedEvidence } from '../trust/index.ts';
import type { TrustObservation } from './butler-trust.ts';
import { toTrustEvent } from './ledger-trust.ts';

/**
 * What the trust model makes of one observation before it is recorded: `weighEvidence` of the ledger event it becomes
 * (the weighing reads no time, so any timestamp serves). The one way the butler asks "did this catch the brand?", so a
 * new kind of failure is covered without a list of kinds here.
 */
export function weighObservation(o: TrustObservation): WeighedEvidence {
  return weighEvidence(toTrustEvent(o, '1970-01-01T00:00:00.000Z'));
}
