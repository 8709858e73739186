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
    `{"brandId":${quoted(fields.brandId)},"evidence":${fields.evidenceJson},"kind":${quoted(fields.kind)},` +
    `"occurredAtMs":${fields.occurredAtMs},"prevHash":${quotedHash(fields.prevHash)},"seq":${fields.seq}}`
  );
}

// Brand ids and kinds recur across events: their JSON form is computed once (bounded, like any cache here).
const QUOTED = new Map<string, string>();
const MAX_QUOTED = 4096;

function quoted(text: string): string {
  let json = QUOTED.get(text);
  if (json === undefined) {
    json = JSON.stringify(text);
    if (QUOTED.size < MAX_QUOTED) QUOTED.set(text, json);
  }
  return json;
}

// The digest this module returned last: an append chains each event to it, and a string equal to a digest we made
// is known to be 64 lowercase hex digits without checking it again (the check cost a third of the sha256 itself).
let lastDigest = GENESIS_HASH;

/** A hash we wrote is 64 lowercase hex digits and needs no escaping; anything else (a tampered row) is escaped. */
function quotedHash(hash: string): string {
  return hash === lastDigest || (hash.length === 64 && /^[0-9a-f]{64}$/.test(hash)) ? `"${hash}"` : JSON.stringify(hash);
}

/** sha256 (hex) of an event's preimage: the link that makes edits, deletions and reordering detectable. */
export function hashChainedEvent(fields: ChainedEventFields): string {
  lastDigest = hash('sha256', chainPreimage(fields), 'hex');
  return lastDigest;
}
