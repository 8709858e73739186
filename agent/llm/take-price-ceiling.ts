import type { HardConstraint } from '../../protocol/index.ts';

/** A model's hard constraints with any price limit taken out: the ceiling it states, and what could not be read as one. */
export interface PriceCeilingReading {
  readonly hardConstraints: readonly HardConstraint[];
  /** The lowest price ceiling stated (minor units), when the model put one among the constraints. */
  readonly ceilingMinor?: number;
  readonly problems: readonly string[];
}

/**
 * Takes every hard constraint on `price` out of a model's reading. A price limit is the person's budget: the brief
 * forwards hard constraints to every brand, so a ceiling left there would tell each brand what the person will pay
 * (the budget is shared only when their disclosure level says so), and no brand can meet a constraint on an attribute
 * no product has. A ceiling (`lte` or `eq` a whole number of minor units) is returned to become the budget; any other
 * price constraint is a problem sent back to the model.
 */
export function takePriceCeiling(constraints: readonly HardConstraint[]): PriceCeilingReading {
  const kept: HardConstraint[] = [];
  const problems: string[] = [];
  let ceilingMinor: number | undefined;
  constraints.forEach((c, i) => {
    if (c.attribute !== 'price') {
      kept.push(c);
      return;
    }
    if ((c.op === 'lte' || c.op === 'eq') && typeof c.value === 'number' && Number.isSafeInteger(c.value) && c.value >= 0) {
      ceilingMinor = ceilingMinor === undefined ? c.value : Math.min(ceilingMinor, c.value);
      return;
    }
    problems.push(`hardConstraints[${i}]: a price limit is the budget: put the ceiling in budgetMinor (minor units), never a hard constraint on price`);
  });
  return ceilingMinor === undefined ? { hardConstraints: kept, problems } : { hardConstraints: kept, ceilingMinor, problems };
}

/**
 * A model's soft preferences with the value taken off a price wish at or above the budget: such a "target" only
 * restates the ceiling (the brief forwards preferences to every brand), so the wish keeps its direction, not the figure.
 * A wish below the budget ("ideally under 120", with 150 as the limit) is kept, as the built-in reader keeps it.
 */
export function withoutRestatedCeiling<P extends { readonly attribute: string; readonly value?: unknown }>(preferences: readonly P[], budgetMinor: number | undefined): P[] {
  if (budgetMinor === undefined) return [...preferences];
  return preferences.map((p) => {
    if (p.attribute !== 'price' || typeof p.value !== 'number' || p.value < budgetMinor) return p;
    const { value: _restated, ...rest } = p;
    return rest as P;
  });
}
