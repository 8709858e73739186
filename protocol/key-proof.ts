import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/**
 * Proof that the brand answering a hello holds the private key of the `publicKey` its card names. A card's key is the
 * brand's own word, and a public key is public: anyone may copy Trailco's onto its card. So a key links identities only
 * when proved: the butler sends a fresh `keyChallenge` with its hello, the brand answers `keyProof`, its Ed25519
 * signature of `keyProofMessage(card id, challenge)`. The card id is signed so a proof cannot be relayed: a shop that
 * forwards the butler's challenge to Trailco gets a signature over "trailco", not over its own id.
 */
export const KEY_PROOF_CONTEXT = 'majordome-key-proof-v1';

/** What the brand signs: the context, its card id and the butler's challenge, one per line. */
export function keyProofMessage(cardId: string, challenge: string): Buffer {
  return Buffer.from(`${KEY_PROOF_CONTEXT}\n${cardId}\n${challenge}`, 'utf8');
}

/** A card's public key as a key object: PEM, or base64 of its DER SubjectPublicKeyInfo; undefined when unreadable or not Ed25519. */
export function readCardPublicKey(publicKey: string): KeyObject | undefined {
  try {
    const text = publicKey.trim();
    const key = text.startsWith('-----BEGIN') ? createPublicKey(text) : createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}

/** Signs a key proof with the brand's Ed25519 private key (base64). */
export function signKeyProof(privateKey: KeyObject, cardId: string, challenge: string): string {
  return sign(null, keyProofMessage(cardId, challenge), privateKey).toString('base64');
}

/** Whether `proof` is the signature of the card's key over this card id and challenge; false for anything unreadable. */
export function verifyKeyProof(publicKey: string, cardId: string, challenge: string, proof: string): boolean {
  const key = readCardPublicKey(publicKey);
  if (key === undefined || !/^[A-Za-z0-9+/]+={0,2}$/.test(proof)) return false;
  try {
    return verify(null, keyProofMessage(cardId, challenge), key, Buffer.from(proof, 'base64'));
  } catch {
    return false;
  }
}

/** The key's fingerprint: sha256 of its DER SubjectPublicKeyInfo (one key written as PEM or as base64 DER is one fingerprint). */
export function keyFingerprint(key: KeyObject): string {
  return createHash('sha256').update(key.export({ format: 'der', type: 'spki' })).digest('hex');
}
