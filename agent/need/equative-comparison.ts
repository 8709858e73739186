import type { Token } from './tokenize.ts';

/** Words opening an equative ("as big as", "aussi grand que") and the words closing it before what it compares with. */
const OPENS: ReadonlySet<string> = new Set(['as', 'aussi', 'so']);
const CLOSES: ReadonlySet<string> = new Set(['as', 'que', 'qu']);

/**
 * Where an equative standing right before `end` begins: "as big as", "as light as", "aussi grand que", "aussi léger
 * qu'": one describing word between the two comparison words, all unclaimed. Said after a bound ("at least as big as
 * 55 inch", "au moins aussi grand que 55 pouces", "at most as heavy as 2 kg") it is that bound whatever the adjective,
 * so a reader of bounds looks for its bound before this index; undefined when no equative ends at `end`.
 */
export function equativeStart(tokens: readonly Token[], used: readonly boolean[], end: number): number | undefined {
  const start = end - 3;
  if (start < 0) return undefined;
  const [open, adjective, close] = [tokens[start]!, tokens[start + 1]!, tokens[start + 2]!];
  if ([start, start + 1, start + 2].some((k) => used[k])) return undefined;
  if (open.kind !== 'word' || adjective.kind !== 'word' || close.kind !== 'word') return undefined;
  return OPENS.has(open.norm) && CLOSES.has(close.norm) && !CLOSES.has(adjective.norm) ? start : undefined;
}
