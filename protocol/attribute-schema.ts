import { z } from 'zod';
import { PROTOCOL_LIMITS } from './limits.ts';
import { AttributeNameSchema, CategoryIdSchema } from './primitives.ts';

/** The kinds of attribute a category vocabulary can declare. */
export const ATTRIBUTE_TYPES = ['number', 'enum', 'boolean', 'text'] as const;

/** One attribute kind: a number with a unit, an enum with values, a boolean or free text. */
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

/** Human labels of an attribute or a category: English always, French when the declarer has one. */
export const LabelsSchema = z.object({
  en: z.string().min(1).max(120).describe('English label.'),
  fr: z.string().min(1).max(120).optional().describe('French label.'),
});
export type Labels = z.infer<typeof LabelsSchema>;

/**
 * One attribute of a category vocabulary (protocol 1.1): its wire name, type, unit or values, labels and meaning.
 * An enum lists its values; only a number carries a unit.
 */
export const AttributeDefinitionSchema = z
  .object({
    name: AttributeNameSchema.describe('Wire name used in product attributes, constraints and claims (snake_case).'),
    type: z.enum(ATTRIBUTE_TYPES).describe('number (with a unit), enum (with values), boolean or text.'),
    unit: z.string().min(1).max(32).optional().describe('Unit of a number attribute, e.g. "cm", "g", "W".'),
    values: z.array(z.string().min(1).max(80)).min(1).max(64).optional().describe('The allowed values of an enum attribute.'),
    labels: LabelsSchema.describe('Human labels (English, and French when known).'),
    description: z.string().max(500).describe('What the attribute means.'),
  })
  .superRefine((attr, ctx) => {
    if (attr.type === 'enum' && !attr.values) ctx.addIssue({ code: 'custom', path: ['values'], message: 'an enum attribute lists its values' });
    if (attr.type !== 'enum' && attr.values) ctx.addIssue({ code: 'custom', path: ['values'], message: 'only an enum attribute lists values' });
    if (attr.type !== 'number' && attr.unit) ctx.addIssue({ code: 'custom', path: ['unit'], message: 'only a number attribute has a unit' });
  });
export type AttributeDefinition = z.infer<typeof AttributeDefinitionSchema>;

/** The attribute vocabulary a brand declares for one category it sells (names unique within the category). */
export const CategoryAttributesSchema = z
  .object({
    category: CategoryIdSchema.describe('A category the card lists.'),
    attributes: z.array(AttributeDefinitionSchema).max(PROTOCOL_LIMITS.maxAttributes).describe('The attributes the brand states for products of this category.'),
  })
  .superRefine((entry, ctx) => {
    const seen = new Set<string>();
    entry.attributes.forEach((attr, i) => {
      if (seen.has(attr.name)) ctx.addIssue({ code: 'custom', path: ['attributes', i, 'name'], message: `attribute ${attr.name} is declared twice` });
      seen.add(attr.name);
    });
  });
export type CategoryAttributes = z.infer<typeof CategoryAttributesSchema>;
