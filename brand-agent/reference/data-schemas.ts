import { z } from 'zod';
import {
  AttributeDefinitionSchema,
  AttributeNameSchema,
  AttributeValueSchema,
  AttributesSchema,
  BrandPoliciesSchema,
  CategoryIdSchema,
  ClaimSchema,
  CurrencySchema,
  EvidenceSchema,
  IdSchema,
  TermsSchema,
} from '../../protocol/index.ts';
import { isValidGtin } from './gtin.ts';
import { STRATEGY_IDS } from './strategy-ids.ts';

/** A product id: lowercase slug (it becomes the tail of every brand's sku). */
export const ProductIdSchema = z
  .string()
  .min(3)
  .max(96)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'product ids are lowercase slugs like "hoka-clifton-9-43"');

/** A GTIN-13 with a valid check digit. */
export const Gtin13Schema = z
  .string()
  .regex(/^\d{13}$/, 'GTIN must be 13 digits')
  .refine(isValidGtin, 'GTIN check digit is wrong');

/** A certification or test a product really holds, backing a claim on one attribute. */
export const CertificationSchema = EvidenceSchema.extend({ attribute: AttributeNameSchema }).strict();

/** One product as it really is (ground truth): identity, true attributes, maker's RRP and true quality. */
export const ProductRecordSchema = z
  .object({
    id: ProductIdSchema,
    gtin: Gtin13Schema,
    maker: z.string().min(1).max(120),
    model: z.string().min(1).max(120),
    title: z.string().min(1).max(300),
    /** Maker's recommended retail price per unit, in minor units of the file currency. */
    rrp: z.number().int().positive(),
    /** True utility of the product for a typical buyer, 0..1 (used by the simulator, never shown by brands). */
    quality: z.number().min(0).max(1),
    attributes: AttributesSchema,
    certifications: z.array(CertificationSchema).max(16).default([]),
  })
  .strict();
export type ProductRecord = z.infer<typeof ProductRecordSchema>;

/** A file of products of one category. */
export const ProductFileSchema = z
  .object({
    category: CategoryIdSchema,
    currency: CurrencySchema.default('EUR'),
    note: z.string().optional(),
    products: z.array(ProductRecordSchema).min(1),
  })
  .strict();
export type ProductFile = z.infer<typeof ProductFileSchema>;

/** One product a brand lists: its price, the stock it claims and anything it says differently from the truth. */
export const ListingSchema = z
  .object({
    product: ProductIdSchema,
    /** Unit price in minor units of the brand currency. */
    price: z.number().int().positive(),
    /** Units the brand claims it can ship. */
    stock: z.number().int().nonnegative(),
    /** Terms that differ from the brand's default terms. */
    terms: TermsSchema.partial().strict().optional(),
    /** Attribute values the brand states that differ from the truth (a dishonest listing). */
    claimedAttributes: AttributesSchema.optional(),
    /** A listing title that differs from the product title. */
    title: z.string().min(1).max(300).optional(),
    /** Extra claims beyond those derived from certifications and claimed attributes. */
    claims: z.array(ClaimSchema).max(16).optional(),
  })
  .strict();
export type Listing = z.infer<typeof ListingSchema>;

/** A brand data file: card fields, declared strategy with parameters, default terms and listings. */
export const BrandFileSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1).max(120),
    skuPrefix: z.string().regex(/^[A-Z0-9]{2,6}$/, 'sku prefixes are 2-6 upper-case letters or digits'),
    domain: z.string().min(3).max(253).optional(),
    description: z.string().min(1).max(1000),
    categories: z.array(CategoryIdSchema).min(1).max(8),
    currency: CurrencySchema.default('EUR'),
    policies: BrandPoliciesSchema.strict(),
    strategy: z
      .object({
        id: z.enum(STRATEGY_IDS),
        params: z.record(z.string(), z.unknown()).default({}),
      })
      .strict(),
    defaultTerms: TermsSchema.strict(),
    listings: z.array(ListingSchema).min(1).max(500),
  })
  .strict();
export type BrandFile = z.infer<typeof BrandFileSchema>;

/** The true stock and delivery time of one listing. */
export const FulfilmentTruthSchema = z
  .object({
    stock: z.number().int().nonnegative(),
    deliveryDays: z.number().int().min(0).max(365),
  })
  .strict();
export type FulfilmentTruth = z.infer<typeof FulfilmentTruthSchema>;

/** Ground truth of fulfilment: per brand, per listed product, what really happens. */
export const FulfilmentFileSchema = z
  .object({
    note: z.string().optional(),
    brands: z.record(
      IdSchema,
      z
        .object({
          note: z.string().optional(),
          items: z.record(ProductIdSchema, FulfilmentTruthSchema),
        })
        .strict(),
    ),
  })
  .strict();
export type FulfilmentFile = z.infer<typeof FulfilmentFileSchema>;

/** A consumer taste the simulator may draw for a category: a hard constraint or a soft preference. */
const TastesSchema = z
  .object({
    hard: z.array(z.object({ attribute: AttributeNameSchema, onlyIf: AttributeValueSchema.optional() }).strict()).min(1).max(16),
    soft: z
      .array(
        z
          .object({ attribute: AttributeNameSchema, direction: z.enum(['higher', 'lower', 'equals']), wanted: AttributeValueSchema.optional() })
          .strict(),
      )
      .max(16),
    style: z.array(AttributeNameSchema).max(8),
  })
  .strict();
export type CategoryTastes = z.infer<typeof TastesSchema>;

/** A product file of the open market: one Google taxonomy category with its attribute schema and consumer tastes. */
export const OpenProductFileSchema = z
  .object({
    category: z.string().regex(/^\d{1,9}$/, 'open-market categories are Google product taxonomy ids'),
    currency: CurrencySchema.default('EUR'),
    note: z.string().optional(),
    /** The category's attribute vocabulary, as brands declare it in their cards (protocol 1.1 attributeSchemas). */
    attributeSchema: z.array(AttributeDefinitionSchema).min(1).max(64),
    /** What consumers of this category care about (read by the simulator). */
    tastes: TastesSchema,
    products: z.array(ProductRecordSchema).min(1),
  })
  .strict();
export type OpenProductFile = z.infer<typeof OpenProductFileSchema>;

/** A feed shop of the open market: a sample Merchant Center feed and the terms it is served on. */
export const FeedShopSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1).max(120),
    description: z.string().min(1).max(1000),
    skuPrefix: z.string().regex(/^[A-Z0-9]{2,6}$/),
    /** The feed file, relative to the open-market data folder. */
    file: z.string().regex(/^feeds\/[a-z0-9-]+\.(tsv|csv|xml|json)$/),
    format: z.enum(['tsv', 'csv', 'xml', 'json']),
    categories: z.array(z.string().regex(/^\d{1,9}$/)).min(1).max(8),
    currency: CurrencySchema,
    deliveryDays: z.number().int().min(0).max(365),
    returnDays: z.number().int().min(0).max(3650),
    warrantyMonths: z.number().int().min(0).max(600),
    defaultStock: z.number().int().min(0),
    maxDiscount: z.number().min(0).max(0.7),
  })
  .strict();
export type FeedShop = z.infer<typeof FeedShopSchema>;

/** The list of the open market's feed shops. */
export const FeedShopsFileSchema = z.object({ note: z.string().optional(), feeds: z.array(FeedShopSchema).min(1) }).strict();
