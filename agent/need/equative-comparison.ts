import { saysLess } from './enum-scale.ts';
import type { Token } from './tokenize.ts';

/** Words opening an equative ("as big as", "aussi grand que") and the words closing it before what it compares with. */
const OPENS: ReadonlySet<string> = new Set(['as', 'aussi', 'so']);
const CLOSES: ReadonlySet<string> = new Set(['as', 'que', 'qu']);

/** An equative ending before a figure: where it begins, and whether its adjective says less of the quantity. */
export interface Equative {
  readonly start: number;
  /** "as light as", "aussi silencieux que": more of this adjective is less of the measure, so a bound said over it turns. */
  readonly less: boolean;
}

/**
 * The equative standing right before `end`: "as big as", "as light as", "aussi grand que", "aussi léger qu'": one
 * describing word between the two comparison words, all unclaimed. Said after a bound it keeps that bound ("at least as
 * big as 55 inch", "au moins aussi grand que 55 pouces": no smaller), turned when its adjective says less of the
 * quantity ("at least as light as 2 kg": no heavier); undefined when no equative ends at `end`.
 */
export function equativeBefore(tokens: readonly Token[], used: readonly boolean[], end: number): Equative | undefined {
  const start = end - 3;
  if (start < 0) return undefined;
  const [open, adjective, close] = [tokens[start]!, tokens[start + 1]!, tokens[start + 2]!];
  if ([start, start + 1, start + 2].some((k) => used[k])) return undefined;
  if (open.kind !== 'word' || adjective.kind !== 'word' || close.kind !== 'word') return undefined;
  if (!OPENS.has(open.norm) || !CLOSES.has(close.norm) || CLOSES.has(adjective.norm)) return undefined;
  return { start, less: saysLess(adjective.norm) };
}
