import { z } from 'zod';
import { BrandCardSchema } from './brand-card.ts';
import { ProtocolVersionSchema } from './version.ts';

/** The brand's answer to a hello: the agreed version, the capability intersection and its card. */
export const HelloResultSchema = z.object({
  protocolVersion: ProtocolVersionSchema.describe('The agreed version: the common major and the lower minor.'),
  capabilities: z.array(z.string().max(64)).max(32).describe('The capabilities both sides support (the intersection).'),
  card: BrandCardSchema.describe("The brand card: identity, categories, currencies, policies."),
  keyProof: z.string().max(256).optional().describe("Base64 Ed25519 signature, by the card's publicKey, of \"majordome-key-proof-v1\\n<card id>\\n<keyChallenge>\": proves the key is the brand's, so identities proving one key are linked."),
});
export type HelloResult = z.infer<typeof HelloResultSchema>;
