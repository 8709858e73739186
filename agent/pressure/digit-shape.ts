import { matchPatterns } from './match-patterns.ts';
import type { TacticPattern } from './patterns/index.ts';

/**
 * Whether a regex can tell one ASCII digit from another. A regex whose source names no particular digit (no digit
 * literal, no digit inside a character class other than the whole range `0-9`, no escape that could stand for a digit
 * or refer back to captured text, such as `\1`, `\k<n>`, `\x31`, `\u0031`, `\c`) sees every digit alike: `\d`, `\w`,
 * `\b`, `\s`, `.`, ranges whose ends are not digits and Unicode properties treat 0–9 the same. Such a regex gives the
 * same matches (positions and lengths) on two texts that differ only in which digits they hold. Quantifier bounds
 * (`{3,}`) are not digits of the text. Conservative: anything doubtful counts as sensitive.
 */
export function digitSensitive(regex: RegExp): boolean {
  const source = regex.source;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if ((e >= '0' && e <= '9') || e === 'k' || e === 'c' || e === 'x' || e === 'u') {
        // \x and \u: sensitive only if the escape stands for a digit; the form is checked strictly, else sensitive.
        const hex = e === 'x' ? /^[0-9a-fA-F]{2}/.exec(source.slice(i + 2)) : e === 'u' ? /^[0-9a-fA-F]{4}/.exec(source.slice(i + 2)) : null;
        if (hex === null) return true;
        const code = parseInt(hex[0], 16);
        if (code >= 0x30 && code <= 0x39) return true;
        i += 1 + hex[0].length;
        continue;
      }
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      else if (c >= '0' && c <= '9') {
        // The whole range 0-9 holds every digit alike ("[a-z0-9'-]" counts a word's characters), unless a dash
        // before it could make its 0 the end of another range ("[+-0-9]" holds 0 and 9 only). Any other digit in a
        // class is sensitive; so is every class of a `v` regex, whose classes nest and subtract.
        if (c === '0' && source[i + 1] === '-' && source[i + 2] === '9' && source[i - 1] !== '-' && !regex.flags.includes('v')) {
          i += 2;
          continue;
        }
        return true;
      }
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '{') {
      const quantifier = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i));
      if (quantifier !== null) {
        i += quantifier[0].length - 1;
        continue;
      }
    }
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

const ASCII_DIGIT = /[0-9]/;
const ASCII_DIGITS = /[0-9]/g;

/**
 * A key under which segments that differ only in their digits ("only 3 left", "only 7 left") share one reading, when
 * nothing that reads them can tell those digits apart: the segment with every digit written 0 (same length, so every
 * offset holds), followed by what the digit-sensitive readers make of the real segment — every hit of the
 * digit-sensitive patterns, and the verdict of each digit-sensitive test. Two segments with the same key give the same
 * hits for every pattern (the others see digits alike), the same verdicts and the same model features (which see digits
 * only as shapes: `<num>`, `<bignum>`, `<money>`, `<clock>`, `<pct>`), so the same reading. Undefined for a segment
 * without digits (its own text is the key).
 */
export function digitShapeKey(segment: string, sensitivePatterns: readonly TacticPattern[], sensitiveTests: readonly RegExp[]): string | undefined {
  if (!ASCII_DIGIT.test(segment)) return undefined;
  let key = segment.replace(ASCII_DIGITS, '0');
  key += '\u0000';
  for (const test of sensitiveTests) key += test.test(segment) ? '1' : '0';
  if (sensitivePatterns.length > 0) {
    for (const hit of matchPatterns(segment, sensitivePatterns)) key += `\u0000${hit.patternId}\u0001${hit.start}\u0001${hit.end}`;
  }
  return key;
}
