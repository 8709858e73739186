import type { AttributeValue, BuiltinCategory } from '../../protocol/index.ts';

/** A phrase that sets a hard constraint (or, said softly, an "equals" preference). */
export interface ConstraintEffect {
  readonly kind: 'constraint';
  readonly attribute: string;
  readonly op: 'eq' | 'in' | 'neq';
  readonly value: AttributeValue | readonly AttributeValue[];
  /** When set, the phrase is only a wish unless said firmly ("must"), with this weight. */
  readonly softByDefault?: number;
  /** How the constraint reads as a soft preference (default: equals the first value). */
  readonly soft?: { readonly direction: 'higher' | 'lower' | 'equals'; readonly value?: AttributeValue };
}

/** A vague phrase that only ever sets a weighted soft preference ("cheap", "light"). */
export interface PreferenceEffect {
  readonly kind: 'preference';
  readonly attribute: string;
  readonly direction: 'higher' | 'lower' | 'equals';
  readonly value?: AttributeValue;
  readonly weight: number;
}

/** A phrase that is understood but adds nothing for this category ("sport" shoes). */
export interface NoEffect {
  readonly kind: 'none';
}

/** What a phrase means for a need. */
export type Effect = ConstraintEffect | PreferenceEffect | NoEffect;

/** The understood-but-nothing-to-add effect. */
export const NO_EFFECT: NoEffect = { kind: 'none' };

/** Function words that steer how nearby phrases are read. */
export type LexiconRole = 'negation' | 'hard' | 'soft' | 'unneeded' | 'intensifier' | 'diminisher' | 'connector';

/** One meaning and the phrases (normalised, space-separated) that express it. */
export interface LexiconEntry {
  readonly phrases: readonly string[];
  /** The phrase names (strong) or hints at (weak) a product category. */
  readonly category?: { readonly id: BuiltinCategory; readonly strong: boolean };
  /** Effect per category; a phrase with no effect for the need's category is reported as not understood. */
  readonly effects?: Partial<Record<BuiltinCategory, Effect>>;
  /** Canonical maker name, for brand mentions ("not Sony"). */
  readonly maker?: string;
  readonly role?: LexiconRole;
  /** A placeholder for "some product" ("something", "a gift"): no category, but not unsupported either. */
  readonly generic?: boolean;
}

/** Every built-in category, for effects that apply everywhere. */
export const ALL_CATEGORIES: readonly BuiltinCategory[] = ['running-shoes', 'headphones', 'coffee'];

/** The same effect for every category. */
export function everywhere(effect: Effect): Record<BuiltinCategory, Effect> {
  return { 'running-shoes': effect, headphones: effect, coffee: effect };
}

/** A hard "attribute equals value" effect. */
export function equals(attribute: string, value: AttributeValue, softByDefault?: number): ConstraintEffect {
  return softByDefault === undefined ? { kind: 'constraint', attribute, op: 'eq', value } : { kind: 'constraint', attribute, op: 'eq', value, softByDefault };
}

/** A hard "attribute is one of values" effect. */
export function oneOf(attribute: string, value: readonly AttributeValue[], soft?: ConstraintEffect['soft']): ConstraintEffect {
  return soft === undefined ? { kind: 'constraint', attribute, op: 'in', value } : { kind: 'constraint', attribute, op: 'in', value, soft };
}

/** A soft preference effect. */
export function prefer(attribute: string, direction: PreferenceEffect['direction'], weight: number, value?: AttributeValue): PreferenceEffect {
  return value === undefined ? { kind: 'preference', attribute, direction, weight } : { kind: 'preference', attribute, direction, weight, value };
}
