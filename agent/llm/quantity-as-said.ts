import type { Understanding } from '../need/index.ts';

/** The note said when the model's quantity was held to the count the person's words state (in their language). */
export type QuantityAsSaidNote = (count: number, read: number) => string;

/**
 * The model's understanding with its quantity held to `count`, the most items the person's own words ask for (read by
 * the built-in reader from the same text, see `statedCount`): a model told by text it was shown, or simply wrong, must
 * not have the butler quote and buy 40 kettles for "I need a kettle". A lower count is kept; a higher one becomes
 * `count` (a pending question's partial need loses it where the words state none), with a note.
 */
export function withQuantityAsSaid(understanding: Understanding, count: number, note: QuantityAsSaidNote): Understanding {
  if (understanding.kind === 'need') {
    const read = understanding.need.quantity;
    if (read <= count) return understanding;
    return { ...understanding, need: { ...understanding.need, quantity: count }, assumptions: [note(count, read), ...understanding.assumptions].slice(0, 64) };
  }
  if (understanding.kind !== 'clarify') return understanding;
  const read = understanding.partial.quantity;
  if (read === undefined || read <= count) return understanding;
  const { quantity: _read, ...partial } = understanding.partial;
  return { ...understanding, partial: count > 1 ? { ...partial, quantity: count } : partial, notUnderstood: [note(count, read), ...understanding.notUnderstood].slice(0, 64) };
}
