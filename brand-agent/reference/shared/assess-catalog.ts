import type { CatalogEntry } from '../../definition.ts';
import { entriesOfCategory } from './catalog-entries.ts';
import { exceedsBudget, violatedConstraints, type BrandPolicies, type Decline, type HardConstraint, type Money, type NeedBrief } from '../../../protocol/index.ts';

const DAY_MS = 86_400_000;

/** One catalog entry considered for a brief, with the hard constraints it violates and its total price. */
export interface Candidate {
  readonly entry: CatalogEntry;
  readonly violations: readonly HardConstraint[];
  /** Unit price × brief quantity. */
  readonly total: Money;
}

/** Why nothing fits, when nothing does. */
export interface Blocker {
  readonly reason: Decline['reason'];
  readonly detail: 'category' | 'currency' | 'ship-to' | 'constraints' | 'stock' | 'deadline' | 'budget';
}

/** The catalog seen through one brief: what matches, what fully fits, what comes nearest, and why nothing fits. */
export interface Assessment {
  /** Entries of the brief's category in the brief's currency. */
  readonly inCategory: readonly Candidate[];
  /** In-category entries meeting every hard constraint (stock, deadline and budget not yet applied). */
  readonly matching: readonly Candidate[];
  /** Matching entries that are in stock for the quantity, arrive in time and fit a disclosed budget. */
  readonly fitting: readonly Candidate[];
  /** In-category entries in stock, fewest violations first, then cheapest. */
  readonly nearest: readonly Candidate[];
  /** Set when `fitting` is empty. */
  readonly blocker?: Blocker;
}

/** Which of the brief's limits the brand chooses to respect when it calls something "fitting". */
export interface AssessOptions {
  readonly respectBudget: boolean;
  readonly respectDeadline: boolean;
}

/** Total price of `quantity` units of an entry. */
export function totalOf(entry: CatalogEntry, quantity: number): Money {
  return { amountMinor: entry.price.amountMinor * quantity, currency: entry.price.currency };
}

/** True when an entry delivered from `now` arrives by the brief's deadline (or there is none). */
export function arrivesInTime(entry: CatalogEntry, brief: NeedBrief, now: Date): boolean {
  if (brief.deliverBy === undefined) return true;
  return now.getTime() + entry.terms.deliveryDays * DAY_MS <= Date.parse(brief.deliverBy);
}

/** True when the total fits the brief's disclosed budget ceiling (or none was disclosed). */
export function withinBudget(total: Money, brief: NeedBrief): boolean {
  return !exceedsBudget(total, brief.budgetCeiling);
}

function bySkuOrder(a: Candidate, b: Candidate): number {
  return a.entry.product.sku < b.entry.product.sku ? -1 : a.entry.product.sku > b.entry.product.sku ? 1 : 0;
}

/**
 * Assesses every catalog entry against a brief: hard constraints via the protocol's shared semantics (a product stating
 * no maker is the brand's own: `card.id` is its maker), then stock, deadline and budget (where `card.policies` ship).
 */
export function assessCatalog(
  brief: NeedBrief,
  entries: readonly CatalogEntry[],
  now: Date,
  card: { readonly id: string; readonly policies: Pick<BrandPolicies, 'shipsTo'> },
  options: AssessOptions,
): Assessment {
  // Already in sku order: the listing's index keeps each category sorted.
  const sameCategory = entriesOfCategory(entries, brief.category);
  const inCategory = sameCategory
    .filter((e) => e.price.currency === brief.currency)
    .map((entry) => ({ entry, violations: violatedConstraints(entry.product, brief.hardConstraints, card.id), total: totalOf(entry, brief.quantity) }));
  const matching = inCategory.filter((c) => c.violations.length === 0);
  const inStock = matching.filter((c) => c.entry.stock >= brief.quantity);
  const inTime = inStock.filter((c) => !options.respectDeadline || arrivesInTime(c.entry, brief, now));
  const shipsThere = brief.shipToCountry === undefined || card.policies.shipsTo.includes(brief.shipToCountry);
  const fitting = shipsThere ? inTime.filter((c) => !options.respectBudget || withinBudget(c.total, brief)) : [];
  const nearest = inCategory
    .filter((c) => c.entry.stock >= brief.quantity)
    .sort((a, b) => a.violations.length - b.violations.length || a.total.amountMinor - b.total.amountMinor || bySkuOrder(a, b));
  let blocker: Blocker | undefined;
  if (fitting.length === 0) {
    if (sameCategory.length === 0) blocker = { reason: 'not-our-category', detail: 'category' };
    else if (inCategory.length === 0) blocker = { reason: 'other', detail: 'currency' };
    else if (!shipsThere) blocker = { reason: 'other', detail: 'ship-to' };
    else if (matching.length === 0) blocker = { reason: 'no-fit', detail: 'constraints' };
    else if (inStock.length === 0) blocker = { reason: 'out-of-stock', detail: 'stock' };
    else if (inTime.length === 0) blocker = { reason: 'cannot-deliver-in-time', detail: 'deadline' };
    else blocker = { reason: 'no-fit', detail: 'budget' };
  }
  return { inCategory, matching, fitting, nearest, ...(blocker ? { blocker } : {}) };
}
