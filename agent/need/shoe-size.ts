import { FOOT_LENGTH_CM_RANGE, euSizeOfFootLength } from '../../protocol/index.ts';

/** Smallest and largest EU shoe size accepted (children's 30 to very large adult 52). */
export const EU_SIZE_RANGE = { min: 30, max: 52 } as const;

// Men's US → EU, as printed on most running-shoe charts; brands differ by up to half a size.
const US_MEN_TO_EU: Readonly<Record<number, number>> = {
  3.5: 35.5, 4: 36, 4.5: 36.5, 5: 37.5, 5.5: 38, 6: 38.5, 6.5: 39, 7: 40, 7.5: 40.5, 8: 41, 8.5: 42, 9: 42.5, 9.5: 43,
  10: 44, 10.5: 44.5, 11: 45, 11.5: 45.5, 12: 46, 12.5: 47, 13: 47.5, 14: 48.5, 15: 49.5,
};

/** A size system a person may name: EU, US, UK, or the foot length in cm or mm (Mondopoint: "JP 26.5", "265 mm"). */
export type SizeSystem = 'eu' | 'us' | 'uk' | 'cm' | 'mm';

/** Whose chart a US size is read on: women's US sizes run one and a half above men's (a women's 8 is a men's 6.5). */
export type SizeCut = 'men' | 'women';

/** US women's sizes are men's plus one and a half, as brands' charts print them. */
const US_WOMEN_OFFSET = 1.5;

/**
 * Normalises an EU size: whole, half and third sizes (42, 42.5, 42 1/3 → 42.33) within the EU range, else undefined.
 */
export function normalizeEuSize(value: number): number | undefined {
  if (!Number.isFinite(value) || value < EU_SIZE_RANGE.min || value > EU_SIZE_RANGE.max) return undefined;
  const sixths = Math.round(value * 6);
  if (Math.abs(value * 6 - sixths) > 0.25) return undefined;
  if (![0, 2, 3, 4].includes(sixths % 6)) return undefined;
  return Math.round((sixths / 6) * 100) / 100;
}

/**
 * Converts a size to EU, or undefined when off the chart: a US size on the men's or women's chart, a UK size (one below
 * the men's US, the same for both), a foot length by protocol's Mondopoint chart.
 */
export function toEuSize(value: number, system: SizeSystem, cut: SizeCut = 'men'): number | undefined {
  if (system === 'eu') return normalizeEuSize(value);
  if (system === 'cm' || system === 'mm') {
    const cm = system === 'mm' ? value / 10 : value;
    return cm >= FOOT_LENGTH_CM_RANGE.min && cm <= FOOT_LENGTH_CM_RANGE.max ? normalizeEuSize(euSizeOfFootLength(cm)) : undefined;
  }
  const us = system === 'uk' ? value + 1 : cut === 'women' ? value - US_WOMEN_OFFSET : value;
  return US_MEN_TO_EU[us];
}
