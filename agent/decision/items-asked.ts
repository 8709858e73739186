import { packMeasureOf, type HardConstraint } from '../../protocol/index.ts';

/**
 * How many items the person asked for, counted the way an offer's items are counted (its quantity times the pack's
 * count): the need's quantity times the pack count its own requirements state, so "2 packs of 6 socks" asks for 12
 * items and an offer of exactly that is not "more than asked". Requirements by weight or volume count packs.
 */
export function itemsAsked(need: { readonly category: string; readonly quantity?: number | undefined; readonly hardConstraints: readonly HardConstraint[] }): number {
  const stated: Record<string, number> = {};
  for (const rule of need.hardConstraints) {
    if ((rule.op === 'eq' || rule.op === 'gte') && typeof rule.value === 'number') stated[rule.attribute] = rule.value;
  }
  const pack = packMeasureOf({ category: need.category, attributes: stated });
  return (need.quantity ?? 1) * (pack.dimension === 'count' ? pack.amount : 1);
}
