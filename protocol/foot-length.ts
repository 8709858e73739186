/**
 * The EU shoe size that fits a foot length, to the half size: a Paris point is two thirds of a centimetre of the last,
 * which runs about 4/3 cm longer than the foot, so EU = 1.5 × cm + 2 (24 cm → 38, 26.5 → 42, 28 → 44, as running-shoe
 * charts print). Mondopoint: how Japanese, Korean and Chinese shops size shoes ("26.5", "265 mm"). Shared by the feed
 * importer (a shop writing foot lengths) and the request reader (a person saying one).
 */
export function euSizeOfFootLength(cm: number): number {
  return Math.round((1.5 * cm + 2) * 2) / 2;
}

/** Foot lengths a shoe is sized for, in cm (a toddler's 10 to a very large adult's 31). */
export const FOOT_LENGTH_CM_RANGE = { min: 10, max: 31 } as const;
