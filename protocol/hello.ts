import { z } from 'zod';
import { BrandCardSchema } from './brand-card.ts';
import { ProtocolVersionSchema } from './version.ts';

/** The brand's answer to a hello: the agreed version, the capability intersection and its card. */
export const HelloResultSchema = z.object({
  protocolVersion: ProtocolVersionSchema.describe('The agreed version: the common major and the lower minor.'),
  capabilities: z.array(z.string().max(64)).max(32).describe('The capabilities both sides support (the intersection).'),
  card: BrandCardSchema.describe("The brand card: identity, categories, currencies, policies."),
});
export type HelloResult = z.infer<typeof HelloResultSchema>;
