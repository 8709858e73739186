import { z } from 'zod';
import { CategoryAttributesSchema } from './attribute-schema.ts';
import { MakersSchema } from './maker-lines.ts';
import { CategoryIdSchema, CurrencySchema, FreeTextSchema, IdSchema } from './primitives.ts';
import { ProtocolVersionSchema } from './version.ts';

/** A brand's standing policies. */
export const BrandPoliciesSchema = z.object({
  returnDays: z.number().int().min(0).max(3650).describe('Days the buyer may return a product by default.'),
  warrantyMonths: z.number().int().min(0).max(600).describe('Months of warranty by default.'),
  shipsTo: z.array(z.string().regex(/^[A-Z]{2}$/)).max(250).describe('ISO 3166-1 alpha-2 countries the brand ships to.'),
  shippingNote: FreeTextSchema.optional().describe('Free text about shipping (untrusted, shown as data).'),
});
export type BrandPolicies = z.infer<typeof BrandPoliciesSchema>;

/** A brand agent's identity card, served as the `majordome://card` resource and in the hello result. */
export const BrandCardSchema = z.object({
  id: IdSchema.describe('Must equal the brands.json entry id the person configured; every offer, decline and receipt names it as brandId.'),
  name: z.string().min(1).max(120).describe('Display name (untrusted; shown with the entry id when it reads like another brand).'),
  description: FreeTextSchema.describe('What the brand sells, in its own words (untrusted data).'),
  /** Category ids: Google product taxonomy ids ("1026") or the built-in aliases ("running-shoes"). */
  categories: z.array(CategoryIdSchema).min(1).max(256).describe('Google product taxonomy ids ("1026") or the built-in aliases ("running-shoes", "headphones", "coffee").'),
  currencies: z.array(CurrencySchema).min(1).max(8).describe('ISO 4217 currencies the brand prices in.'),
  policies: BrandPoliciesSchema.describe('Standing returns, warranty and shipping policies.'),
  protocolVersion: ProtocolVersionSchema.describe('The protocol version the brand implements ("1.2").'),
  capabilities: z.array(z.string().max(64)).max(32).describe('Capabilities the brand supports (offers, decline, questions, counters, orders; 1.1: cancellations).'),
  /** Optional Ed25519 public key (PEM, or base64 DER SPKI); identities proving one key in their hello are linked. */
  publicKey: z.string().max(4096).optional().describe('Ed25519 public key (PEM, or base64 of its DER SubjectPublicKeyInfo); identities that prove it (hello keyProof) are linked. An unproved key links nothing.'),
  /** Optional web domain, also used to link identities. */
  domain: z.string().max(253).optional().describe('Web domain; identities sharing a domain are linked.'),
  /** Protocol 1.1: the attribute vocabulary of each category sold (absent from 1.0 cards; 1.0 readers ignore it). */
  attributeSchemas: z.array(CategoryAttributesSchema).max(256).optional().describe('Protocol 1.1: the attribute vocabulary of each listed category; 1.0 readers ignore it.'),
  /** Protocol 1.2: the makers the brand sells and their product lines (absent from older cards; older readers ignore it). */
  makers: MakersSchema.optional().describe('Protocol 1.2: the makers the brand sells, each with the product lines people name it by ("Apple": ["iPhone", "iPad"]); older readers ignore it.'),
}).superRefine((card, ctx) => {
  const sold = new Set(card.categories);
  card.attributeSchemas?.forEach((entry, i) => {
    if (!sold.has(entry.category)) ctx.addIssue({ code: 'custom', path: ['attributeSchemas', i, 'category'], message: `attribute schema for ${entry.category}, a category the card does not list` });
  });
});
export type BrandCard = z.infer<typeof BrandCardSchema>;
