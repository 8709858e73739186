/** Kilograms in one of each weight unit a shop export writes (lower case), exact by the international pound. */
export const KG_PER_UNIT: Readonly<Record<string, number>> = { kg: 1, g: 0.001, lb: 0.45359237, lbs: 0.45359237, oz: 0.028349523125 };

/** `amount` of `unit` in kg to the gram, or undefined for an unknown unit or an amount that is no positive number. */
export function weightInKg(amount: number, unit: string): number | undefined {
  const perKg = KG_PER_UNIT[unit.toLowerCase()];
  return perKg !== undefined && Number.isFinite(amount) && amount > 0 ? Math.round(amount * perKg * 1000) / 1000 : undefined;
}
