import { z } from 'zod';
import { BrandCardSchema } from './brand-card.ts';
import { ProtocolVersionSchema } from './version.ts';

/** The brand's answer to a hello: the agreed version, the capability intersection and its card. */
export const HelloResultSchema = z.object({
  protocolVersion: ProtocolVersionSchema,
  capabilities: z.array(z.string().max(64)).max(32),
  card: BrandCardSchema,
});
export type HelloResult = z.infer<typeof HelloResultSchema>;
