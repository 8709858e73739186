import type { Understanding } from '../need/index.ts';

/** The note said when the model's currency was replaced by one the person's words allow (in their language). */
export type CurrencyAsSaidNote = (currency: string, read: string) => string;

/**
 * The model's understanding in a currency the person's words allow: one they name (with an amount or without), the
 * earlier turn's, or their own default (`allowed`); another becomes `fallback` (the first they name, else the earlier
 * turn's, else their default), with a note. A model told by text it was shown, or simply wrong, must not have every
 * brand asked to price in yen for a person who said nothing of yen. The budget's currency is held by `withBudgetAsSaid`.
 */
export function withCurrencyAsSaid(understanding: Understanding, allowed: ReadonlySet<string>, fallback: string, note: CurrencyAsSaidNote): Understanding {
  if (understanding.kind === 'need') {
    const read = understanding.need.currency;
    if (allowed.has(read)) return understanding;
    const currency = understanding.need.budget?.currency ?? fallback;
    return { ...understanding, need: { ...understanding.need, currency }, assumptions: [note(currency, read), ...understanding.assumptions].slice(0, 64) };
  }
  if (understanding.kind !== 'clarify') return understanding;
  const read = understanding.partial.currency;
  if (read === undefined || allowed.has(read)) return understanding;
  const currency = understanding.partial.budget?.currency ?? fallback;
  return { ...understanding, partial: { ...understanding.partial, currency }, notUnderstood: [note(currency, read), ...understanding.notUnderstood].slice(0, 64) };
}
