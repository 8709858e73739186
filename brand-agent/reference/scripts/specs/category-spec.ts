// Hand-written specs the open-market generator builds products from: per category, its attribute vocabulary,
// what consumers care about, and real makers' model lines with their public specs and a plausible price.
import type { AttributeDefinition, AttributeValue } from '../../../../protocol/index.ts';

/** One model line: maker, model name, RRP in euros, the attributes every variant shares, and its variant axes. */
export interface ModelSpec {
  readonly maker: string;
  readonly model: string;
  /** Maker's recommended retail price in euros (major units) for the base variant. */
  readonly rrp: number;
  readonly a: Readonly<Record<string, AttributeValue>>;
  /** Variant axes (attribute → values); one product per combination, each with its own GTIN. Overrides the category's. */
  readonly axes?: Readonly<Record<string, readonly AttributeValue[]>>;
  /** True quality 0..1 when known from reviews; otherwise derived from the price rank. */
  readonly q?: number;
}

/** A consumer's hard constraint candidate (see sim/consumers/category-tastes.ts). */
export interface TasteHard {
  readonly attribute: string;
  readonly onlyIf?: AttributeValue;
}

/** A consumer's soft preference candidate. */
export type TasteSoft =
  | { readonly attribute: string; readonly direction: 'higher' | 'lower' }
  | { readonly attribute: string; readonly direction: 'equals'; readonly wanted?: AttributeValue };

/** A certification a product really holds when an attribute has a given value. */
export interface CertificationSpec {
  readonly attribute: string;
  readonly when: AttributeValue;
  readonly kind: 'certification' | 'spec-sheet' | 'test-report' | 'third-party-review';
  /** Reference text; `{gtin}` is replaced by the product's GTIN. */
  readonly reference: string;
  readonly issuer?: string;
}

/** One category of the open market. */
export interface CategorySpec {
  /** Official Google product taxonomy id. */
  readonly id: string;
  /** File name part, e.g. "bicycles". */
  readonly slug: string;
  /** Word used in titles, e.g. "bike". */
  readonly noun: string;
  /** Category-specific attributes plus the shared ones the products use (taken from COMMON_ATTRIBUTES by name). */
  readonly attributes: readonly AttributeDefinition[];
  readonly common: readonly string[];
  readonly tastes: { readonly hard: readonly TasteHard[]; readonly soft: readonly TasteSoft[]; readonly style: readonly string[] };
  /** Default variant axes for models that declare none. */
  readonly axes?: Readonly<Record<string, readonly AttributeValue[]>>;
  /** Extra RRP in euros per axis value (e.g. storage_gb 256 → +120). */
  readonly axisPrice?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Attributes a variant value implies (e.g. frame_size_cm 54 → size "M"). */
  readonly derive?: (attributes: Readonly<Record<string, AttributeValue>>) => Record<string, AttributeValue>;
  /** The RRP of a variant when it is not the model's RRP plus `axisPrice` (e.g. priced by weight). */
  readonly price?: (rrp: number, variant: Readonly<Record<string, AttributeValue>>, model: ModelSpec) => number;
  readonly certifications?: readonly CertificationSpec[];
  readonly models: readonly ModelSpec[];
}

/** A number attribute with its unit. */
export function num(name: string, unit: string, en: string, fr: string, description: string): AttributeDefinition {
  return { name, type: 'number', unit, labels: { en, fr }, description };
}

/** An enum attribute with its values. */
export function oneOf(name: string, values: readonly string[], en: string, fr: string, description: string): AttributeDefinition {
  return { name, type: 'enum', values: [...values], labels: { en, fr }, description };
}

/** A boolean attribute. */
export function flag(name: string, en: string, fr: string, description: string): AttributeDefinition {
  return { name, type: 'boolean', labels: { en, fr }, description };
}

/** A free-text attribute. */
export function text(name: string, en: string, fr: string, description: string): AttributeDefinition {
  return { name, type: 'text', labels: { en, fr }, description };
}
