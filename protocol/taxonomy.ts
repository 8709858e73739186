/**
 * The shared vocabulary of the built-in categories: attribute names, types and units, so butler and brands
 * mean the same thing by "size_eu" or "noise_cancelling". Brands may add attributes; these are the common ones.
 */
export const TAXONOMY = {
  'running-shoes': {
    label: 'Running shoes',
    attributes: {
      size_eu: { type: 'number', unit: 'EU size', description: 'European shoe size, e.g. 43 or 42.5' },
      terrain: { type: 'enum', values: ['road', 'trail', 'track'], description: 'Surface the shoe is built for' },
      waterproof: { type: 'boolean', description: 'Waterproof membrane (e.g. Gore-Tex)' },
      drop_mm: { type: 'number', unit: 'mm', description: 'Heel-to-toe drop' },
      weight_g: { type: 'number', unit: 'g', description: 'Weight of one shoe (EU 42)' },
      cushioning: { type: 'enum', values: ['firm', 'balanced', 'plush'], description: 'Cushioning level' },
      width: { type: 'enum', values: ['narrow', 'standard', 'wide'], description: 'Fit width' },
      gender: { type: 'enum', values: ['men', 'women', 'unisex'], description: 'Cut' },
      vegan: { type: 'boolean', description: 'No animal-derived materials' },
      recycled_materials: { type: 'boolean', description: 'Upper made mostly of recycled material' },
      color: { type: 'string', description: 'Main colour' },
    },
  },
  headphones: {
    label: 'Headphones',
    attributes: {
      form: { type: 'enum', values: ['over-ear', 'on-ear', 'in-ear'], description: 'Form factor' },
      noise_cancelling: { type: 'boolean', description: 'Active noise cancelling' },
      wireless: { type: 'boolean', description: 'Bluetooth wireless' },
      battery_hours: { type: 'number', unit: 'h', description: 'Battery life with ANC on' },
      water_resistance: { type: 'enum', values: ['none', 'IPX4', 'IPX5', 'IPX7'], description: 'Water resistance rating' },
      weight_g: { type: 'number', unit: 'g', description: 'Weight' },
      multipoint: { type: 'boolean', description: 'Connects to two devices at once' },
      codec_ldac: { type: 'boolean', description: 'Supports LDAC hi-res codec' },
      color: { type: 'string', description: 'Main colour' },
    },
  },
  coffee: {
    label: 'Coffee',
    attributes: {
      form: { type: 'enum', values: ['beans', 'ground', 'capsules'], description: 'Whole beans, ground, or capsules' },
      weight_g: { type: 'number', unit: 'g', description: 'Net weight of one pack' },
      roast: { type: 'enum', values: ['light', 'medium', 'dark'], description: 'Roast level' },
      use: { type: 'enum', values: ['espresso', 'filter', 'both'], description: 'Brewing method the roast targets' },
      organic: { type: 'boolean', description: 'Certified organic' },
      fair_trade: { type: 'boolean', description: 'Fair-trade certified' },
      decaf: { type: 'boolean', description: 'Decaffeinated' },
      origin: { type: 'string', description: 'Country (or "blend")' },
      arabica_percent: { type: 'number', unit: '%', description: 'Share of arabica' },
    },
  },
} as const;

/** A built-in category id. */
export type BuiltinCategory = keyof typeof TAXONOMY;

/** The built-in category ids. */
export const BUILTIN_CATEGORIES = Object.keys(TAXONOMY) as BuiltinCategory[];

/** True when the category is one of the built-in ones. */
export function isBuiltinCategory(category: string): category is BuiltinCategory {
  return Object.hasOwn(TAXONOMY, category);
}
