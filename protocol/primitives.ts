import { z } from 'zod';
import { PROTOCOL_LIMITS } from './limits.ts';

/** An opaque identifier: letters, digits and . _ : - (max 128). */
export const IdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:-]+$/, 'ids use letters, digits and . _ : - only');

/** An ISO 8601 UTC timestamp, e.g. "2026-11-23T10:00:00.000Z". */
export const TimestampSchema = z.iso.datetime({ offset: false });

/** An ISO 4217 currency code. */
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code like "EUR"');

/** Money: integer minor units (cents) plus an ISO currency code. */
export const MoneySchema = z.object({
  amountMinor: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).describe('Amount in integer minor units of the currency (cents for EUR, yen for JPY): 12500 is 125.00 EUR.'),
  currency: CurrencySchema.describe('ISO 4217 currency code, e.g. "EUR".'),
});
export type Money = z.infer<typeof MoneySchema>;

/** A category slug such as "running-shoes". */
export const CategoryIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'categories are lowercase slugs like "running-shoes"');

/**
 * An attribute name such as "size_eu" or "waterproof". "constructor" is refused: it is the one snake_case name every
 * JavaScript object answers to, so a product that does not state it would seem to (with a function).
 */
export const AttributeNameSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^(?!constructor$)[a-z][a-z0-9_]*$/, 'attribute names are lowercase snake_case (and not "constructor")');

/** An attribute value: short text, a finite number or a boolean. */
export const AttributeValueSchema = z.union([z.string().max(200), z.number().finite(), z.boolean()]);
export type AttributeValue = z.infer<typeof AttributeValueSchema>;

/** A product's attributes. */
export const AttributesSchema = z
  .record(AttributeNameSchema, AttributeValueSchema)
  .refine((r) => Object.keys(r).length <= PROTOCOL_LIMITS.maxAttributes, `at most ${PROTOCOL_LIMITS.maxAttributes} attributes`);

/** Free text from an untrusted party: bounded, never interpreted as instructions. */
export const FreeTextSchema = z.string().max(PROTOCOL_LIMITS.maxTextLength);

/** Marks the protocol version a request message is written in. */
export const VersionedSchema = z.object({
  protocolVersion: z.string().max(16).describe('The protocol version the message is written in, "<major>.<minor>"; another major is refused with UNSUPPORTED_VERSION.'),
});
