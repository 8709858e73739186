import type { AttributeValue } from '../../protocol/index.ts';

/** A hard constraint a consumer may hold, taken from the product the consumer has in mind. */
export interface HardTaste {
  readonly attribute: string;
  /** Only when the anchor product has this value (e.g. "must be waterproof" only for someone who has a waterproof one in mind). */
  readonly onlyIf?: AttributeValue;
}

/** A soft preference a consumer may hold: a direction on a number, or a wanted value. */
export type SoftTaste =
  | { readonly attribute: string; readonly direction: 'higher' | 'lower' }
  | { readonly attribute: string; readonly direction: 'equals'; readonly wanted?: AttributeValue };

/** What people care about in one category: hard constraints (the first is always held), soft preferences, style attributes. */
export interface CategoryTasteSet {
  readonly hard: readonly HardTaste[];
  readonly soft: readonly SoftTaste[];
  readonly style: readonly string[];
}

/** What people care about per built-in category (the open market's categories carry theirs in their data files). */
export const CATEGORY_TASTES: Readonly<Record<string, CategoryTasteSet>> = {
  'running-shoes': {
    hard: [{ attribute: 'size_eu' }, { attribute: 'terrain' }, { attribute: 'waterproof', onlyIf: true }, { attribute: 'vegan', onlyIf: true }, { attribute: 'gender' }],
    soft: [
      { attribute: 'weight_g', direction: 'lower' },
      { attribute: 'cushioning', direction: 'equals' },
      { attribute: 'color', direction: 'equals' },
      { attribute: 'drop_mm', direction: 'lower' },
      { attribute: 'recycled_materials', direction: 'equals', wanted: true },
    ],
    style: ['terrain', 'cushioning', 'color'],
  },
  headphones: {
    hard: [{ attribute: 'form' }, { attribute: 'noise_cancelling', onlyIf: true }, { attribute: 'wireless', onlyIf: true }],
    soft: [
      { attribute: 'battery_hours', direction: 'higher' },
      { attribute: 'weight_g', direction: 'lower' },
      { attribute: 'color', direction: 'equals' },
      { attribute: 'multipoint', direction: 'equals', wanted: true },
      { attribute: 'codec_ldac', direction: 'equals', wanted: true },
    ],
    style: ['form', 'color'],
  },
  coffee: {
    hard: [{ attribute: 'form' }, { attribute: 'decaf', onlyIf: true }, { attribute: 'organic', onlyIf: true }],
    soft: [
      { attribute: 'roast', direction: 'equals' },
      { attribute: 'use', direction: 'equals' },
      { attribute: 'origin', direction: 'equals' },
      { attribute: 'arabica_percent', direction: 'higher' },
      { attribute: 'fair_trade', direction: 'equals', wanted: true },
    ],
    style: ['roast', 'origin', 'form'],
  },
};

/** Tastes as the open market's data files state them, in the simulator's form. */
export function tasteSetFrom(data: {
  readonly hard: readonly { readonly attribute: string; readonly onlyIf?: AttributeValue | undefined }[];
  readonly soft: readonly { readonly attribute: string; readonly direction: 'higher' | 'lower' | 'equals'; readonly wanted?: AttributeValue | undefined }[];
  readonly style: readonly string[];
}): CategoryTasteSet {
  return {
    hard: data.hard.map((h) => (h.onlyIf === undefined ? { attribute: h.attribute } : { attribute: h.attribute, onlyIf: h.onlyIf })),
    soft: data.soft.map((s): SoftTaste => {
      if (s.direction !== 'equals') return { attribute: s.attribute, direction: s.direction };
      return s.wanted === undefined ? { attribute: s.attribute, direction: 'equals' } : { attribute: s.attribute, direction: 'equals', wanted: s.wanted };
    }),
    style: data.style,
  };
}
