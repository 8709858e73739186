import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalJson, chainPreimage } from '../../storage/index.ts';

describe('chainPreimage', () => {
  it('is the canonical JSON of the hashed fields, whatever the strings hold (a tampered prevHash included)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.oneof(fc.constant(GENESIS_HASH), fc.stringMatching(/^[0-9a-f]{64}$/), fc.string(), fc.constant(`${'a'.repeat(63)}"`)),
        fc.integer(),
        fc.nat(),
        fc.jsonValue(),
        (brandId, kind, prevHash, occurredAtMs, seq, evidence) => {
          const evidenceJson = canonicalJson(evidence);
          const preimage = chainPreimage({ brandId, kind, prevHash, occurredAtMs, seq, evidenceJson });
          expect(preimage).toBe(canonicalJson({ brandId, evidence: JSON.parse(evidenceJson), kind, occurredAtMs, prevHash, seq }));
          // Twice: the second answer comes from the cache of quoted ids and kinds.
          expect(chainPreimage({ brandId, kind, prevHash, occurredAtMs, seq, evidenceJson })).toBe(preimage);
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});
