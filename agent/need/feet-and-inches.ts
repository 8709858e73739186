import type { Token } from './tokenize.ts';

/** The marks written after inches in a height ("5'10"", "6′2″"). */
const INCH_MARKS: ReadonlySet<string> = new Set(['"', '″', '”', "''"]);

/**
 * A length in feet and inches written with the marks, "5'10"" or "6′2″" (the tokenizer keeps the two figures and the
 * inch mark; the foot mark is the one character between the figures): its length in inches and the token after it.
 * Said of people ("I'm 6'3"", "he's 5'10""), it is a height, never a size of the product.
 */
export function feetAndInchesAt(tokens: readonly Token[], at: number): { inches: number; end: number } | undefined {
  const [feet, inches, mark] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (feet?.kind !== 'number' || inches?.kind !== 'number' || mark === undefined || feet.value === undefined || inches.value === undefined) return undefined;
  if (inches.start !== feet.end + 1 || !mark.attached || !INCH_MARKS.has(mark.raw)) return undefined;
  if (!Number.isInteger(feet.value) || feet.value < 1 || feet.value > 8 || inches.value < 0 || inches.value >= 12) return undefined;
  return { inches: feet.value * 12 + inches.value, end: at + 3 };
}
