/** Kilograms in one of each weight unit a shop export writes (lower case), exact by the international pound. */
const KG_PER_UNIT: ReadonlyMap<string, number> = new Map([
  ['kg', 1],
  ['g', 0.001],
  ['lb', 0.45359237],
  ['lbs', 0.45359237],
  ['oz', 0.028349523125],
]);

/** Kilograms in one `unit` (any case), or undefined for a unit no shop export writes ("constructor" included). */
export function kgPerUnit(unit: string): number | undefined {
  return KG_PER_UNIT.get(unit.toLowerCase());
}

/** `amount` of `unit` in kg to the gram, or undefined for an unknown unit or an amount that is no positive number. */
export function weightInKg(amount: number, unit: string): number | undefined {
  const perKg = kgPerUnit(unit);
  return perKg !== undefined && Number.isFinite(amount) && amount > 0 ? Math.round(amount * perKg * 1000) / 1000 : undefined;
}
