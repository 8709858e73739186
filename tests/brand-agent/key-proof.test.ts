// The SDK answers a hello's keyChallenge with a proof of the card's key when the brand gives its signing key; the
// butler's client believes a key only on that proof (BrandClient.provedKey), over the brand's own card id.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BrandClient } from '../../agent/transport/index.ts';
import { createBrandAgentCore, linkBrandInMemory } from '../../brand-agent/index.ts';
import { keyFingerprint, readCardPublicKey, verifyKeyProof } from '../../protocol/index.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';

const keys = generateKeyPairSync('ed25519');
const publicKey = keys.publicKey.export({ format: 'pem', type: 'spki' }).toString();
const signed = () => {
  const base = fixtureBrand();
  return { ...base, card: { ...base.card, publicKey }, signingKey: keys.privateKey };
};

describe('key proof', () => {
  it("a brand given its signing key signs the challenge over its card id, and the client reads the key as proved", async () => {
    const core = createBrandAgentCore(signed());
    const outcome = await core.call('hello', { protocolVersion: '1.1', capabilities: [], keyChallenge: 'challenge-0123456789abcdef' });
    expect(outcome.ok).toBe(true);
    const proof = (outcome as { value: { keyProof?: string } }).value.keyProof!;
    expect(verifyKeyProof(publicKey, 'fixture-shoes', 'challenge-0123456789abcdef', proof)).toBe(true);
    expect(verifyKeyProof(publicKey, 'another-brand', 'challenge-0123456789abcdef', proof)).toBe(false);
    expect(verifyKeyProof(publicKey, 'fixture-shoes', 'another-challenge-0123456789', proof)).toBe(false);

    const link = await linkBrandInMemory(signed());
    const client = await BrandClient.connect({ kind: 'transport', transport: link.clientTransport });
    expect(client.ok).toBe(true);
    if (client.ok) expect(client.value.provedKey).toBe(keyFingerprint(readCardPublicKey(publicKey)!));
    if (client.ok) await client.value.close();
    await link.close();
  });

  it('a card whose key is not proved is not read as proved; a hello without a challenge gets no proof', async () => {
    const base = fixtureBrand();
    const link = await linkBrandInMemory({ ...base, card: { ...base.card, publicKey } });
    const client = await BrandClient.connect({ kind: 'transport', transport: link.clientTransport });
    expect(client.ok && client.value.provedKey).toBe(undefined);
    if (client.ok) await client.value.close();
    await link.close();
    const outcome = await createBrandAgentCore(signed()).call('hello', { protocolVersion: '1.1', capabilities: [] });
    expect((outcome as { value: { keyProof?: string } }).value.keyProof).toBeUndefined();
  });

  it("a signing key that is not the card's key is refused when the brand is created", () => {
    const other = generateKeyPairSync('ed25519');
    expect(() => createBrandAgentCore({ ...signed(), signingKey: other.privateKey })).toThrow(/signing key/);
    const base = fixtureBrand();
    expect(() => createBrandAgentCore({ ...base, signingKey: keys.privateKey })).toThrow(/signing key/);
  });

  it('unreadable keys and proofs verify as false, never throw', () => {
    expect(readCardPublicKey('not a key')).toBeUndefined();
    expect(readCardPublicKey(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'pem', type: 'spki' }).toString())).toBeUndefined();
    expect(verifyKeyProof(publicKey, 'fixture-shoes', 'challenge-0123456789abcdef', '!!!')).toBe(false);
    expect(verifyKeyProof('garbage', 'fixture-shoes', 'challenge-0123456789abcdef', 'AAAA')).toBe(false);
  });
});
