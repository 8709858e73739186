import { z } from 'zod';
import { CategoryAttributesSchema } from './attribute-schema.ts';
import { CategoryIdSchema, CurrencySchema, FreeTextSchema, IdSchema } from './primitives.ts';
import { ProtocolVersionSchema } from './version.ts';

/** A brand's standing policies. */
export const BrandPoliciesSchema = z.object({
  returnDays: z.number().int().min(0).max(3650),
  warrantyMonths: z.number().int().min(0).max(600),
  shipsTo: z.array(z.string().regex(/^[A-Z]{2}$/)).max(250),
  shippingNote: FreeTextSchema.optional(),
});
export type BrandPolicies = z.infer<typeof BrandPoliciesSchema>;

/** A brand agent's identity card, served as the `majordome://card` resource and in the hello result. */
export const BrandCardSchema = z.object({
  id: IdSchema,
  name: z.string().min(1).max(120),
  description: FreeTextSchema,
  /** Category ids: Google product taxonomy ids ("1026") or the built-in aliases ("running-shoes"). */
  categories: z.array(CategoryIdSchema).min(1).max(256),
  currencies: z.array(CurrencySchema).min(1).max(8),
  policies: BrandPoliciesSchema,
  protocolVersion: ProtocolVersionSchema,
  capabilities: z.array(z.string().max(64)).max(32),
  /** Optional public key (PEM or base64) so identities sharing a key can be linked. */
  publicKey: z.string().max(4096).optional(),
  /** Optional web domain, also used to link identities. */
  domain: z.string().max(253).optional(),
  /** Protocol 1.1: the attribute vocabulary of each category sold (absent from 1.0 cards; 1.0 readers ignore it). */
  attributeSchemas: z.array(CategoryAttributesSchema).max(256).optional(),
}).superRefine((card, ctx) => {
  const sold = new Set(card.categories);
  card.attributeSchemas?.forEach((entry, i) => {
    if (!sold.has(entry.category)) ctx.addIssue({ code: 'custom', path: ['attributeSchemas', i, 'category'], message: `attribute schema for ${entry.category}, a category the card does not list` });
  });
});
export type BrandCard = z.infer<typeof BrandCardSchema>;
