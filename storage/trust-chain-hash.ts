import { hash } from 'node:crypto';

/** The `prevHash` of the first event: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an event that its hash covers. `evidenceJson` must already be canonical JSON. */
export interface ChainedEventFields {
  readonly seq: number;
  readonly prevHash: string;
  readonly brandId: string;
  readonly kind: string;
  readonly occurredAtMs: number;
  readonly evidenceJson: string;
}

/**
 * The preimage an event's hash covers: the canonical JSON of {brandId, evidence, kind, occurredAtMs, prevHash, seq}
 * (keys in sorted order), built by concatenation because the evidence is already canonical.
 */
export function chainPreimage(fields: ChainedEventFields): string {
  return (
    `{"brandId":${JSON.stringify(fields.brandId)},"evidence":${fields.evidenceJson},"kind":${JSON.stringify(fields.kind)},` +
    `"occurredAtMs":${fields.occurredAtMs},"prevHash":${JSON.stringify(fields.prevHash)},"seq":${fields.seq}}`
  );
}

/** sha256 (hex) of an event's preimage: the link that makes edits, deletions and reordering detectable. */
export function hashChainedEvent(fields: ChainedEventFields): string {
  return hash('sha256', chainPreimage(fields), 'hex');
}
