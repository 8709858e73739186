import { NOTE_MESSAGES } from './note-messages.ts';
import { consume, note, setConstraint, spanText } from './parse-state.ts';
import type { ParseState } from './parse-state.ts';
import { EU_SIZE_RANGE, normalizeEuSize, toEuSize } from './shoe-size.ts';
import type { SizeSystem } from './shoe-size.ts';
import { wordEntry } from './word-entry.ts';

const SIZE_WORDS = new Set(['size', 'sz', 'taille', 'pointure', 'sizes', 'tailles']);
const SYSTEM_WORDS: Readonly<Record<string, SizeSystem>> = { eu: 'eu', eur: 'eu', euro: 'eu', fr: 'eu', us: 'us', usa: 'us', uk: 'uk' };
const ALTERNATIVE_JOINERS = new Set(['or', 'ou', '/', '-', 'to', 'a']);
const FRACTIONS: Readonly<Record<string, number>> = { '1/3': 1 / 3, '2/3': 2 / 3, '1/2': 0.5 };

/** Words the size reader uses, for typo correction and leftovers. */
export const SIZE_READER_WORDS: readonly string[] = [...SIZE_WORDS, ...Object.keys(SYSTEM_WORDS), 'shoe'];

interface SizeValue {
  readonly value: number;
  readonly end: number;
}

function readSizeNumber(state: ParseState, index: number): SizeValue | undefined {
  const token = state.tokens[index];
  if (!token || state.used[index] || token.kind !== 'number' || token.value === undefined) return undefined;
  let value = token.value;
  let end = index + 1;
  const fraction = state.tokens[end];
  if (fraction && !state.used[end] && fraction.kind === 'slash-date' && FRACTIONS[fraction.raw] !== undefined && Number.isInteger(value)) {
    value += FRACTIONS[fraction.raw]!;
    end++;
  }
  return { value, end };
}

function systemAt(state: ParseState, index: number): SizeSystem | undefined {
  const token = state.tokens[index];
  if (!token || state.used[index] || token.kind !== 'word') return undefined;
  return wordEntry(SYSTEM_WORDS, token.norm);
}

/**
 * Reads shoe sizes said with a size word or system: "size 43", "taille 42,5", "EU 44", "43eu", "size 42 2/3",
 * "size 43 or 44", "size 43/44", "US 9" (converted to EU with the men's chart). Out-of-range sizes are reported.
 */
export function extractShoeSize(state: ParseState): void {
  if (state.category !== 'running-shoes') return;
  const { tokens, used } = state;
  const say = NOTE_MESSAGES[state.language ?? 'en'];
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    let cursor = i;
    let sawSizeWord = false;
    while (tokens[cursor] && !used[cursor] && tokens[cursor]!.kind === 'word' && (SIZE_WORDS.has(tokens[cursor]!.norm) || tokens[cursor]!.norm === 'shoe')) {
      sawSizeWord = sawSizeWord || SIZE_WORDS.has(tokens[cursor]!.norm);
      cursor++;
    }
    if (tokens[cursor]?.norm === ':' && !used[cursor]) cursor++;
    let system = systemAt(state, cursor);
    if (system !== undefined) cursor++;
    if (!sawSizeWord && system === undefined) {
      // Only "43 eu" / "9 us" remain possible here: the number comes first.
      const number = readSizeNumber(state, i);
      const suffix = number ? systemAt(state, number.end) : undefined;
      if (!number || suffix === undefined) continue;
      system = suffix;
      cursor = i;
    }
    // "size 43/44" arrives as one slash token.
    const slash = tokens[cursor];
    let values: number[] = [];
    let end = cursor;
    if (sawSizeWord && slash && !used[cursor] && slash.kind === 'slash-date' && FRACTIONS[slash.raw] === undefined) {
      values = slash.raw.split('/').map(Number);
      end = cursor + 1;
    } else {
      const first = readSizeNumber(state, cursor);
      if (!first) {
        if (sawSizeWord) consumeSizeWordOnly(state, i, cursor);
        continue;
      }
      values.push(first.value);
      end = first.end;
      const joiner = tokens[end];
      const second = joiner && !used[end] && ALTERNATIVE_JOINERS.has(joiner.norm) ? readSizeNumber(state, end + 1) : undefined;
      if (second && Math.abs(second.value - first.value) <= 2) {
        values.push(second.value);
        end = second.end;
      }
    }
    const suffix = systemAt(state, end);
    if (suffix !== undefined) {
      system = system ?? suffix;
      end++;
    }
    const source = spanText(state, i, end);
    consume(state, i, end);
    i = end - 1;
    // A bare "size 9" is far below any EU size: read it as US, and say so.
    const effective: SizeSystem = system ?? (values.every((v) => v < 20) ? 'us' : 'eu');
    const converted = values.map((v) => toEuSize(v, effective));
    if (converted.some((v) => v === undefined)) {
      note(state.draft.notUnderstood, effective === 'eu' ? say.notEuSize(source, EU_SIZE_RANGE.min, EU_SIZE_RANGE.max) : say.notOnChart(source, effective));
      continue;
    }
    const sizes = [...new Set(converted as number[])];
    if (effective !== 'eu') {
      note(state.draft.assumptions, say.convertedSize(source, sizes, effective, system === undefined));
    }
    setConstraint(state.draft, sizes.length === 1 ? { attribute: 'size_eu', op: 'eq', value: sizes[0]! } : { attribute: 'size_eu', op: 'in', value: sizes });
  }
}

function consumeSizeWordOnly(state: ParseState, start: number, end: number): void {
  // "what size?" or "my size": the size word alone is understood and adds nothing.
  consume(state, start, end);
}

/** True when the value reads as a plausible EU size on its own (a bare "43" in a shoe request). */
export function isPlausibleBareEuSize(value: number): boolean {
  return value >= 34 && value <= 50 && normalizeEuSize(value) !== undefined;
}
