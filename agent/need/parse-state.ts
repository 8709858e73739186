import type { Language } from '../language/index.ts';
import type { AttributeValue, BuiltinCategory, HardConstraint, SoftPreference } from '../../protocol/index.ts';
import type { Token } from './tokenize.ts';

/**
 * How firmly a phrase was said: "must" (hard), "ideally" (soft), "isn't needed" (unneeded: no rule at all, since not
 * needing a feature is neither wanting nor refusing it), or none of these.
 */
export type Modality = 'hard' | 'soft' | 'unneeded' | 'none';

/** A price the person mentioned, before currency and quantity are settled. */
export interface BudgetMention {
  /** Major units (e.g. 149.99). */
  readonly amount: number;
  readonly currency?: string;
  readonly soft: boolean;
  /** "80 each": multiply by the quantity. */
  readonly perUnit: boolean;
  /** "around 100": read as a ceiling 10% above. */
  readonly approximate: boolean;
  /**
   * Said as a limit in so many words ("under", "max", "budget", "around", a range, "each", "a month"), not only a
   * figure with its currency ("a 50 euro gift card", "previously paid 80 euros") nor a lone number.
   */
  readonly limit: boolean;
  /** "… but could stretch to 130", "could go up to 130": the most the person would go to, above any figure aimed at. */
  readonly stretch?: boolean;
  /**
   * Said as a plain ceiling ("max 40", "under 50", "40 € maximum", "no more than 60", "I won't pay more than that"):
   * a limit the person set, which a figure they "could stretch to" does not loosen.
   */
  readonly ceiling?: boolean;
  /**
   * Said per period with no span ("89 a month", "€15/mo"): one period's price, the budget only when no purchase figure
   * is said beside it ("renting at 89 a month … buy one up to 2500": 2500 is).
   */
  readonly recurring?: boolean;
  /**
   * Said with a condition after it, above the price said before it ("max 100, 150 if it's Sony"): the words of the
   * condition past its opener ("it's Sony"), read into the need's `budgetStretch`, never the budget.
   */
  readonly stretchIf?: { readonly text: string; readonly start: number; readonly end: number };
  /** The words as typed, for notes. */
  readonly source: string;
  /** Where in the tokens it was said [start, end), for words said of it nearby ("up to 100, can stretch 10 %"). */
  readonly span?: { readonly start: number; readonly end: number };
}

/** Everything extracted so far from one request. */
export interface NeedDraft {
  hard: HardConstraint[];
  soft: SoftPreference[];
  makersIn: string[];
  makersOut: string[];
  quantity?: number;
  budgets: BudgetMention[];
  currency?: string;
  deadline?: { readonly at: Date; readonly source: string };
  /** Attributes the person said they do not need ("app control isn't needed"): no rule, said back. */
  unneeded: string[];
  assumptions: string[];
  notUnderstood: string[];
}

/** The shared state the extractors read and fill, in order; `used` marks tokens already explained. */
export interface ParseState {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly used: boolean[];
  readonly now: Date;
  readonly category: BuiltinCategory | undefined;
  /** True when the category is known but is not a built-in one (its vocabulary comes from the brands' schemas). */
  readonly openCategory?: boolean;
  /** Per token: how firmly its clause (or the nearest marker in it) was said. */
  readonly modality: readonly Modality[];
  /** Per token: true for the firmness and emphasis words themselves ("must", "ideally", "very"). */
  readonly markerTokens: readonly boolean[];
  /** Per token: weight adjustment from "very" (+) or "a bit" (−). */
  readonly emphasis: readonly number[];
  /** Token positions where a word naming the category ("shoes", "casque") starts. */
  readonly categoryWordAt: ReadonlySet<number>;
  /** True when an earlier turn already gave a size, so a bare number is not read as one. */
  readonly hasSize: boolean;
  /** True when an earlier turn already gave a budget. */
  readonly hasBudget: boolean;
  /** The language notes are written in (the request's; default English). */
  readonly language?: Language | undefined;
  readonly draft: NeedDraft;
}

/** An empty draft. */
export function emptyDraft(): NeedDraft {
  return { hard: [], soft: [], makersIn: [], makersOut: [], budgets: [], unneeded: [], assumptions: [], notUnderstood: [] };
}

/** The original text covered by tokens [start, end). */
export function spanText(state: ParseState, start: number, end: number): string {
  const first = state.tokens[start];
  const last = state.tokens[Math.max(start, end - 1)];
  if (!first || !last) return '';
  return state.text.slice(first.start, last.end);
}

/** Marks tokens [start, end) as explained. */
export function consume(state: ParseState, start: number, end: number): void {
  for (let i = start; i < end && i < state.used.length; i++) state.used[i] = true;
}

/** True when token `i` exists, is unused and has this normalised form. */
export function isWordAt(state: ParseState, i: number, ...norms: string[]): boolean {
  const token = state.tokens[i];
  return token !== undefined && !state.used[i] && token.kind !== 'punct' && norms.includes(token.norm);
}

const excludes = (c: HardConstraint): boolean => c.op === 'neq' || c.op === 'not-in';
const valuesOf = (c: HardConstraint): AttributeValue[] => (Array.isArray(c.value) ? [...(c.value as AttributeValue[])] : [c.value as AttributeValue]);

/**
 * Adds a hard constraint, replacing an earlier one on the same attribute (later words win) — except exclusions, which
 * add up: "not white or pink", "no red, no black" exclude every value named.
 */
/** Which side of a figure a numeric bound allows: "floor" for gte, "ceiling" for lte. */
function boundSide(c: HardConstraint): 'floor' | 'ceiling' | undefined {
  return c.op === 'gte' ? 'floor' : c.op === 'lte' ? 'ceiling' : undefined;
}

export function setConstraint(draft: NeedDraft, given: HardConstraint): void {
  const earlier = draft.hard.find((c) => c.attribute === given.attribute);
  // "not black, everyone has black": a value excluded stays excluded when it is only named again.
  if ((given.op === 'eq' || given.op === 'in') && draft.hard.some((c) => c.attribute === given.attribute && excludes(c) && valuesOf(given).every((v) => valuesOf(c).includes(v)))) return;
  let constraint = given;
  if (earlier && excludes(earlier) && excludes(given)) {
    const values = [...new Set([...valuesOf(earlier), ...valuesOf(given)])];
    constraint = values.length === 1 ? { attribute: given.attribute, op: 'neq', value: values[0]! } : { attribute: given.attribute, op: 'not-in', value: values };
  }
  // "a push mower, no battery", "glass … just not plastic": an exclusion the values already pinned satisfy is kept
  // beside the pin (as a maker may be both named and excluded), neither replacing it.
  if (earlier && (earlier.op === 'eq' || earlier.op === 'in') && excludes(given) && !valuesOf(given).some((v) => valuesOf(earlier).includes(v))) {
    const excluded = draft.hard.find((c) => c.attribute === given.attribute && excludes(c));
    const values = [...new Set([...(excluded ? valuesOf(excluded) : []), ...valuesOf(given)])];
    draft.hard = draft.hard.filter((c) => c.attribute !== given.attribute || c === earlier);
    draft.hard.push(values.length === 1 ? { attribute: given.attribute, op: 'neq', value: values[0]! } : { attribute: given.attribute, op: 'not-in', value: values });
    return;
  }
  // "32 to 43 inch", "at least 9 kg … at most 12": a floor and a ceiling on one attribute keep each other when some
  // value lies between them; a later bound on the same side still replaces the earlier one.
  const side = boundSide(given);
  const others = draft.hard.filter((c) => c.attribute === given.attribute);
  if (side !== undefined && others.length > 0 && others.every((c) => boundSide(c) !== undefined)) {
    const opposite = others.filter((c) => boundSide(c) !== side);
    const floor = side === 'floor' ? given : opposite[0];
    const ceiling = side === 'ceiling' ? given : opposite[0];
    if (opposite.length > 0 && typeof floor?.value === 'number' && typeof ceiling?.value === 'number' && floor.value <= ceiling.value) {
      draft.hard = draft.hard.filter((c) => c.attribute !== given.attribute || boundSide(c) !== side);
      draft.soft = draft.soft.filter((p) => p.attribute !== given.attribute || p.direction !== 'equals');
      draft.hard.push(given);
      return;
    }
  }
  const pinsValue = constraint.op === 'eq' || constraint.op === 'in';
  draft.hard = draft.hard.filter((c) => c.attribute !== constraint.attribute);
  // A wish on an attribute the constraint pins down adds nothing; a wish beyond a bound ("more battery") still does.
  draft.soft = draft.soft.filter((p) => p.attribute !== constraint.attribute || (!pinsValue && p.direction !== 'equals'));
  draft.hard.push(constraint);
}

/** Adds a soft preference, replacing an earlier one on the same attribute (skipped when a constraint pins the value, or when it is a wish for more or less and a figure was given). */
export function setPreference(draft: NeedDraft, preference: SoftPreference): void {
  if (draft.hard.some((c) => c.attribute === preference.attribute && (c.op === 'eq' || c.op === 'in'))) return;
  // "the small 6.1 inch screen", "a 6.1 inch screen, small": a wish for less or more says no more than the figure given
  // for the same attribute, so it does not replace it.
  if (preference.value === undefined && draft.soft.some((p) => p.attribute === preference.attribute && p.value !== undefined)) return;
  draft.soft = draft.soft.filter((p) => p.attribute !== preference.attribute);
  draft.soft.push({ ...preference, weight: clampWeight(preference.weight) });
}

/** Records that the person does not need an attribute ("app control isn't needed"): it gets no rule from that mention. */
export function markUnneeded(draft: NeedDraft, attribute: string): void {
  if (!draft.unneeded.includes(attribute)) draft.unneeded.push(attribute);
}

/**
 * Sets a rule as it was said at token `at`: the wish when said softly ("ideally"), nothing when said not to be needed
 * ("isn't needed", "pas besoin de"), the constraint otherwise.
 */
export function setAsSaid(state: ParseState, at: number, constraint: HardConstraint, wish: SoftPreference): void {
  const modality = state.modality[at];
  if (modality === 'unneeded') markUnneeded(state.draft, constraint.attribute);
  else if (modality === 'soft') setPreference(state.draft, wish);
  else setConstraint(state.draft, constraint);
}

/** Keeps a weight within the schema's 0..1, never quite zero (a stated wish matters a little). */
export function clampWeight(weight: number): number {
  return Math.round(Math.min(1, Math.max(0.05, weight)) * 100) / 100;
}

/** Adds a note once. */
export function note(list: string[], text: string): void {
  const trimmed = text.length > 300 ? `${text.slice(0, 297)}...` : text;
  if (!list.includes(trimmed)) list.push(trimmed);
}

/** Shortens quoted user text for notes. */
export function quote(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `"${clean.length > 60 ? `${clean.slice(0, 57)}...` : clean}"`;
}
