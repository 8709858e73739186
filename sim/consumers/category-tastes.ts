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

/** What people care about per category: hard constraints (the first is always held) and soft preferences. */
export const CATEGORY_TASTES: Readonly<Record<string, { hard: readonly HardTaste[]; soft: readonly SoftTaste[]; style: readonly string[] }>> = {
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
