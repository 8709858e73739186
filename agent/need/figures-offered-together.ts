import type { Token } from './tokenize.ts';
import { OR_WORDS } from './values-offered-together.ts';

/** A list of alternatives may also be joined by commas before its "or" ("16, 18 or 20 inch"). */
const LIST_JOINERS: ReadonlySet<string> = new Set([...OR_WORDS, ',']);

/** Figures offered with a measure, and the tokens [start, end) they and the measure span. */
export interface FiguresOffered {
  /** The other figures, as typed (in the measure's unit). */
  readonly figures: readonly number[];
  readonly start: number;
  readonly end: number;
}

function freeFigure(tokens: readonly Token[], used: readonly boolean[], k: number): number | undefined {
  const token = tokens[k];
  return token?.kind === 'number' && token.value !== undefined && !used[k] ? token.value : undefined;
}

/**
 * The figures offered as alternatives to the measure at tokens [start, end) typed in `unitWord`: before it with or
 * without the unit ("16 ou 20 pouces", "16, 18 or 20 inch") and after it with the same unit or none ending the clause
 * ("128 GB or 256 GB"), joined by "or"/"ou"/"/" (commas only in a list that has one). Undefined when there are none, so
 * "128 GB, 16 GB RAM" (a list of other measures) and "8 GB RAM or 256 GB" (another unit's figure) stay apart.
 */
export function figuresOfferedWith(tokens: readonly Token[], used: readonly boolean[], start: number, end: number, unitWord: string | undefined): FiguresOffered | undefined {
  const sameUnit = (k: number): boolean => unitWord !== undefined && tokens[k]?.kind === 'word' && tokens[k]!.norm === unitWord && !used[k];
  const figures: number[] = [];
  let or = false;
  let first = start;
  for (let k = start - 1; LIST_JOINERS.has(tokens[k]?.norm ?? '') && !used[k]; ) {
    const figureAt = sameUnit(k - 1) ? k - 2 : k - 1;
    const figure = freeFigure(tokens, used, figureAt);
    if (figure === undefined) break;
    or ||= OR_WORDS.has(tokens[k]!.norm);
    figures.unshift(figure);
    first = figureAt;
    k = figureAt - 1;
  }
  let last = end;
  for (let k = end; LIST_JOINERS.has(tokens[k]?.norm ?? '') && !used[k]; ) {
    const figure = freeFigure(tokens, used, k + 1);
    if (figure === undefined) break;
    const unitTyped = sameUnit(k + 2);
    const next = tokens[unitTyped ? k + 3 : k + 2];
    // A figure after the measure with no unit is one of its alternatives only where the clause ends ("or 256,").
    if (!unitTyped && next !== undefined && next.kind !== 'punct') break;
    or ||= OR_WORDS.has(tokens[k]!.norm);
    figures.push(figure);
    last = unitTyped ? k + 3 : k + 2;
    k = last;
  }
  if (!or || figures.length === 0) return undefined;
  return { figures, start: first, end: last };
}
