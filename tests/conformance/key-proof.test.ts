// The conformance kit tells a brand developer whether the card's publicKey is proved in hello (the butler links
// identities only by a proved key): a card naming a key must answer keyProof, its valid signature over the card id.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signKeyProof } from '../../protocol/index.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';
import { linkRawBrand } from './raw-brand.ts';
import { conformanceOf, conformanceOfLinked } from './run-in-memory.ts';

const keys = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');
const publicKey = keys.publicKey.export({ format: 'pem', type: 'spki' }).toString();
const keyed = () => {
  const base = fixtureBrand();
  return { ...base, card: { ...base.card, publicKey } };
};
const statusOf = (report: Awaited<ReturnType<typeof conformanceOf>>) => report.results.find((r) => r.id === 'hello.key-proof');

describe('hello.key-proof', () => {
  it('passes for a brand given its signing key', async () => {
    expect(statusOf(await conformanceOf({ ...keyed(), signingKey: keys.privateKey }))?.status).toBe('pass');
  });

  it('is skipped for a card without a key', async () => {
    expect(statusOf(await conformanceOf(fixtureBrand()))?.status).toBe('skip');
  });

  it('fails a card naming a key it does not prove', async () => {
    const result = statusOf(await conformanceOf(keyed()));
    expect(result?.status).toBe('fail');
    expect(result?.reason).toContain('no keyProof');
  });

  it('fails a proof by another key, or over another card id', async () => {
    for (const [signer, id] of [[other.privateKey, 'fixture-shoes'], [keys.privateKey, 'trailco']] as const) {
      const linked = await linkRawBrand(keyed(), {
        result: (name, outcome, standard, args) => {
          const result = standard();
          if (name !== 'hello' || !outcome.ok || typeof args.keyChallenge !== 'string') return result;
          const structuredContent = { ...result.structuredContent, keyProof: signKeyProof(signer, id, args.keyChallenge) };
          return { ...result, structuredContent, content: [{ type: 'text', text: JSON.stringify(structuredContent) }] };
        },
      });
      const result = statusOf(await conformanceOfLinked(linked));
      expect(result?.status).toBe('fail');
      expect(result?.reason).toContain('is not the card key');
    }
  });
});
