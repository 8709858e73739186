import type { AttributeDefinition } from './attribute-schema.ts';

/**
 * Attributes every category shares, named after the Google Merchant Center feed fields they come from, so butler,
 * brands and product feeds mean the same thing by "color" or "condition" whatever the category.
 */
export const COMMON_ATTRIBUTES: readonly AttributeDefinition[] = [
  { name: 'brand', type: 'text', labels: { en: 'Brand', fr: 'Marque' }, description: 'Maker or brand name as printed on the product' },
  { name: 'color', type: 'text', labels: { en: 'Colour', fr: 'Couleur' }, description: 'Main colour' },
  { name: 'size', type: 'text', labels: { en: 'Size', fr: 'Taille' }, description: 'Size as the maker states it (e.g. M, 42, 160 x 200 cm)' },
  { name: 'material', type: 'text', labels: { en: 'Material', fr: 'Matière' }, description: 'Main material' },
  {
    name: 'condition',
    type: 'enum',
    values: ['new', 'refurbished', 'used'],
    labels: { en: 'Condition', fr: 'État' },
    description: 'New, refurbished or used (Merchant Center values)',
  },
  {
    name: 'gender',
    type: 'enum',
    values: ['male', 'female', 'unisex'],
    labels: { en: 'Gender', fr: 'Genre' },
    description: 'Cut or intended gender (Merchant Center values)',
  },
  {
    name: 'age_group',
    type: 'enum',
    values: ['newborn', 'infant', 'toddler', 'kids', 'adult'],
    labels: { en: 'Age group', fr: "Tranche d'âge" },
    description: 'Intended age group (Merchant Center values)',
  },
  { name: 'pack_size', type: 'number', unit: 'items', labels: { en: 'Pack size', fr: 'Nombre par lot' }, description: 'Number of items sold together as one unit' },
  { name: 'gtin', type: 'text', labels: { en: 'GTIN', fr: 'GTIN (EAN)' }, description: 'Global Trade Item Number (EAN/UPC/ISBN)' },
  { name: 'mpn', type: 'text', labels: { en: 'Manufacturer part number', fr: 'Référence fabricant' }, description: "The maker's part number" },
];

/** Names of the shared attributes. */
export const COMMON_ATTRIBUTE_NAMES: readonly string[] = COMMON_ATTRIBUTES.map((a) => a.name);
