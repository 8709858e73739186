import { SimTrust } from '../agents/sim-trust.ts';
import { SimButlerMemory } from '../agents/sim-butler-memory.ts';

/**
 * The ways the butler's trust ledger reaches a decision (agent/butler `ButlerTrust`), each of which a diagnostic may
 * cut for one run by replacing `SimTrust`'s method (the no-ledger ablation's `ForgetfulTrust` is not touched):
 * - `view`: the brand's trust (its honesty prior, need record, seller weight, the floor), unknown;
 * - `checked`: how the strangers met turned out (`checkedHonesty`, which prices the next stranger), none;
 * - `findings`: what deliveries showed about the findings (`findingRecord`, the learned finding weights), none;
 * - `past`: claims settled in past purchases (`pastOutcomes`), none;
 * - `refusals`: orders refused in this request (`hasOrderRefusal`), none;
 * - `floor` (not a channel, a what-if): the ledger whole but no recommendation floor (the profile's floor 0).
 * Cutting every channel makes the butler its no-ledger ablation exactly (tests/sim/ledger-channels.test.ts): a way
 * the ledger reaches decisions that is missing here fails that test.
 */
export const LEDGER_CUTS = ['none', 'view', 'checked', 'findings', 'past', 'refusals', 'floor'] as const;

/** Every ledger channel (what `applyLedgerCut` cuts with 'all'). */
export const ALL_LEDGER_CHANNELS = 'view+checked+findings+past+refusals';

const original = {
  view: SimTrust.prototype.view,
  checkedHonesty: SimTrust.prototype.checkedHonesty,
  findingRecord: SimTrust.prototype.findingRecord,
  pastOutcomes: SimTrust.prototype.pastOutcomes,
  hasOrderRefusal: SimTrust.prototype.hasOrderRefusal,
};
const loadProfile = SimButlerMemory.prototype.loadProfile;

/** Cuts the named channels ('+'-joined, or 'none') for every `SimTrust` until the next call; unknown names throw. */
export function applyLedgerCut(cut: string): void {
  const parts = new Set(cut.split('+'));
  for (const part of parts) if (!(LEDGER_CUTS as readonly string[]).includes(part)) throw new Error(`ledger cut: unknown channel '${part}' (one of ${LEDGER_CUTS.join(', ')})`);
  const p = SimTrust.prototype as unknown as Record<string, unknown>;
  Object.assign(p, original);
  if (parts.has('view')) p['view'] = () => undefined;
  if (parts.has('checked')) p['checkedHonesty'] = () => undefined;
  if (parts.has('findings')) p['findingRecord'] = () => undefined;
  if (parts.has('past')) p['pastOutcomes'] = () => [];
  if (parts.has('refusals')) p['hasOrderRefusal'] = () => false;
  SimButlerMemory.prototype.loadProfile = parts.has('floor')
    ? function (this: SimButlerMemory) {
        return { ...loadProfile.call(this), honestyFloor: 0 };
      }
    : loadProfile;
}
