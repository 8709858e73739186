import type { HardConstraint, Money, SoftPreference } from '../../protocol/index.ts';
import type { PartialNeed } from './need.ts';
import type { NoteMessages } from './note-messages.ts';
import { note } from './parse-state.ts';
import type { ResolvedBudget } from './resolve-budget.ts';

/** Most rules one condition of a stretch carries ("if it has ANC and it's Sony": 2). */
const MAX_CONDITION_RULES = 8;

/** What a reader made of a stretch's condition, read on its own ("it's Sony"). */
export interface ConditionReading {
  readonly partial: PartialNeed;
  readonly leftovers: readonly string[];
  readonly notUnderstood: readonly string[];
}

/**
 * The rules an offer must meet for a higher ceiling to hold ("150 if it's Sony": maker = Sony); undefined when the
 * condition is anything else than such rules, all read firmly ("if you can't find anything else", "if it's the XM5":
 * words left unread; "if it's really quiet": a wish; a figure, a quantity, a date, a person).
 */
export function stretchRulesOf(read: ConditionReading): HardConstraint[] | undefined {
  const { partial } = read;
  // A value read as a wish inside the condition ("350 if it sleeps 4", where a declared value is a wish by default) is
  // what the offer must have for the stretch: a rule; a wish with no value ("if it's really quiet") cannot be checked.
  const asRules = partial.softPreferences.map(ruleOf);
  const clean = read.leftovers.length === 0 && read.notUnderstood.length === 0 && asRules.every((r) => r !== undefined);
  const only = partial.budget === undefined && partial.quantity === undefined && partial.deadline === undefined && partial.recipient === undefined;
  const rules = [...partial.hardConstraints, ...asRules.filter((r): r is HardConstraint => r !== undefined)];
  return clean && only && rules.length > 0 && rules.length <= MAX_CONDITION_RULES ? rules : undefined;
}

/**
 * The need's stretch from the one the budget reader kept: its condition read into rules by `readRules`, said back
 * either way ("up to 150 only for an offer that meets that condition" / "the higher figure is not used; the budget
 * stays 100"). Never a budget above the stretch, never the stretch without its rules.
 */
export function settleStretch(
  money: ResolvedBudget,
  readRules: (condition: string) => HardConstraint[] | undefined,
  say: NoteMessages,
  assumptions: string[],
  notUnderstood: string[],
): { amount: Money; condition: HardConstraint[] } | undefined {
  const { stretch, budget } = money;
  if (stretch === undefined || budget === undefined) return undefined;
  const condition = readRules(stretch.condition);
  if (condition === undefined) {
    note(notUnderstood, say.stretchNotApplied(stretch.source, budget));
    return undefined;
  }
  note(assumptions, say.stretchApplied(stretch.source, stretch.amount, budget));
  return { amount: stretch.amount, condition };
}

/** A wish with a value as the rule it states ("equals 4": = 4; "higher 32": ≥ 32); undefined for one with no value, or on the price. */
function ruleOf(p: SoftPreference): HardConstraint | undefined {
  if (p.value === undefined || p.attribute === 'price') return undefined;
  if (p.direction === 'equals') return { attribute: p.attribute, op: 'eq', value: p.value };
  return typeof p.value === 'number' ? { attribute: p.attribute, op: p.direction === 'higher' ? 'gte' : 'lte', value: p.value } : undefined;
}
