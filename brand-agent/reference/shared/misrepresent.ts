import { TAXONOMY, isBuiltinCategory, type AttributeValue, type Evidence, type HardConstraint, type Product, type SeededRandom, type SoftPreference } from '../../../protocol/index.ts';

// Lies a buyer would spot on unboxing at once (or that would be dangerous) stay off the table even for a liar.
const NEVER_FAKED = new Set(['maker', 'category', 'color', 'size_eu', 'gender', 'form', 'decaf']);
const NEVER_FAKED_IN: Record<string, readonly string[]> = { coffee: ['weight_g'] };

// The number a liar inflates when the buyer states no preference.
const HEADLINE: Record<string, { attribute: string; direction: 'higher' | 'lower'; max?: number }> = {
  'running-shoes': { attribute: 'weight_g', direction: 'lower' },
  headphones: { attribute: 'battery_hours', direction: 'higher' },
  coffee: { attribute: 'arabica_percent', direction: 'higher', max: 100 },
};
const CAPS: Record<string, number> = { arabica_percent: 100 };

/** True when a liar would misstate this attribute of a product in this category. */
export function isFakeable(category: string, attribute: string): boolean {
  return !NEVER_FAKED.has(attribute) && !(NEVER_FAKED_IN[category] ?? []).includes(attribute);
}

/** A value that would satisfy a violated constraint, when one can be made up plausibly. */
export function valueSatisfying(category: string, current: AttributeValue | undefined, constraint: HardConstraint): AttributeValue | undefined {
  if (!isFakeable(category, constraint.attribute)) return undefined;
  const list = Array.isArray(constraint.value) ? constraint.value : [constraint.value];
  switch (constraint.op) {
    case 'eq':
    case 'in':
    case 'lte':
    case 'gte':
      return list[0];
    case 'neq':
    case 'not-in': {
      if (typeof current === 'boolean') return !current;
      const spec = isBuiltinCategory(category)
        ? (TAXONOMY[category].attributes as Record<string, { type: string; values?: readonly string[] }>)[constraint.attribute]
        : undefined;
      return spec?.values?.find((v) => !list.some((x) => typeof x === 'string' && x.toLowerCase() === v.toLowerCase()));
    }
  }
}

/** The attribute overrides that make a product appear to meet every violated constraint, or undefined if it can't. */
export function overridesFor(product: Product, violations: readonly HardConstraint[]): Record<string, AttributeValue> | undefined {
  const overrides: Record<string, AttributeValue> = {};
  for (const violation of violations) {
    const value = valueSatisfying(product.category, product.attributes[violation.attribute], violation);
    if (value === undefined) return undefined;
    overrides[violation.attribute] = value;
  }
  return overrides;
}

/** Inflated (or deflated) numbers on the attributes the buyer cares about, by `share` (e.g. 0.25 = 25%). */
export function pufferyFor(product: Product, preferences: readonly SoftPreference[], share: number): Record<string, AttributeValue> {
  if (share <= 0) return {};
  const targets: { attribute: string; direction: 'higher' | 'lower'; max?: number }[] = preferences
    .filter((p) => p.direction !== 'equals')
    .map((p) => ({ attribute: p.attribute, direction: p.direction === 'higher' ? 'higher' : 'lower', max: CAPS[p.attribute] }));
  const headline = HEADLINE[product.category];
  if (targets.length === 0 && headline) targets.push(headline);
  const out: Record<string, AttributeValue> = {};
  for (const t of targets) {
    const value = product.attributes[t.attribute];
    if (typeof value !== 'number' || !isFakeable(product.category, t.attribute)) continue;
    let puffed = t.direction === 'higher' ? Math.round(value * (1 + share)) : Math.round(value * (1 - share) * 10) / 10;
    if (t.max !== undefined) puffed = Math.min(t.max, puffed);
    if (puffed !== value) out[t.attribute] = puffed;
  }
  return out;
}

const FAKE_ISSUERS = ['International Product Standards Bureau', 'EuroCert Quality Lab', 'Global Consumer Testing Institute'] as const;

/** Official-looking evidence that no real body issued (numbers and issuers are made up, seeded). */
export function fabricatedEvidence(attribute: string, rng: SeededRandom): Evidence {
  const n = rng.int(1000, 9999);
  switch (attribute) {
    case 'organic':
      return { kind: 'certification', reference: `EU organic, control body DE-ÖKO-${rng.int(100, 199)}`, issuer: 'EU organic control body' };
    case 'fair_trade':
      return { kind: 'certification', reference: `Fairtrade FLO ID ${n}`, issuer: 'Fairtrade International' };
    case 'waterproof':
      return { kind: 'certification', reference: `Waterproof membrane certificate WPC-${n}`, issuer: rng.pick(FAKE_ISSUERS) };
    default:
      return { kind: 'test-report', reference: `Independent lab report ${attribute.replaceAll('_', '-')} #${n}`, issuer: rng.pick(FAKE_ISSUERS) };
  }
}
