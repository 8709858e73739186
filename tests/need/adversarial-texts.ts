import { xorshiftBytes } from './xorshift-bytes.ts';

/**
 * Pasted or typed texts shaped to make a reader's work grow faster than the text: a hex dump, a base64 blob, runs
 * of numbers with separators, currency signs, negations, one long word, emoji, a repeated size, blank lines. Each is
 * built to an exact length, deterministically, so its reading costs the same on every run (tests and `npm run bench`).
 */
export interface AdversarialShape {
  readonly name: string;
  /** The text, exactly `length` UTF-16 code units long (an emoji is cut whole). */
  text(length: number): string;
}

/** `unit` repeated and cut to `length` code units, without splitting a surrogate pair. */
function repeatTo(unit: string, length: number): string {
  let out = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  if (/[\uD800-\uDBFF]$/u.test(out)) out = `${out.slice(0, -1)} `;
  return out;
}

/** Lines of 64 hex digits (32 bytes each), joined by newlines. */
function hexLines(length: number): string {
  const lines: string[] = [];
  for (let i = 0; lines.join('\n').length < length; i += 1) lines.push(Buffer.from(xorshiftBytes(32, 2300 + i)).toString('hex'));
  return lines.join('\n').slice(0, length);
}

function numbered(separator: string, length: number): string {
  const parts: string[] = [];
  for (let i = 1, size = 0; size < length; i += 1) {
    parts.push(String(i));
    size += String(i).length + separator.length;
  }
  return parts.join(separator).slice(0, length);
}

export const ADVERSARIAL_SHAPES: readonly AdversarialShape[] = [
  { name: 'hex lines', text: hexLines },
  { name: 'base64 blob', text: (n) => Buffer.from(xorshiftBytes(Math.ceil((n * 3) / 4) + 3, 91)).toString('base64').slice(0, n) },
  { name: '1,2,3,…', text: (n) => numbered(',', n) },
  { name: '1 2 3 …', text: (n) => numbered(' ', n) },
  { name: '€€€', text: (n) => repeatTo('€', n) },
  { name: '$$$', text: (n) => repeatTo('$', n) },
  { name: 'not no', text: (n) => repeatTo('not no ', n) },
  { name: 'one long word', text: (n) => repeatTo('a', n) },
  { name: 'emoji', text: (n) => repeatTo('😀', n) },
  { name: 'size 43', text: (n) => repeatTo('size 43 ', n) },
  { name: 'newlines', text: (n) => repeatTo('\n', n) },
  { name: 'blank lines', text: (n) => repeatTo(`${' '.repeat(63)}\n`, n) },
  { name: 'unclosed quotes', text: (n) => repeatTo('“a «b „c "d ', n) },
  { name: 'at signs', text: (n) => repeatTo('a@b', n) },
  { name: 'dashes, bullets', text: (n) => repeatTo('- • * — x ', n) },
  { name: 'is out', text: (n) => repeatTo('and pink is out ', n) },
];
