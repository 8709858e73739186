import { NOTE_MESSAGES } from './note-messages.ts';
import { consume, note, setConstraint, spanText } from './parse-state.ts';
import type { ParseState } from './parse-state.ts';
import { EU_SIZE_RANGE, normalizeEuSize, toEuSize } from './shoe-size.ts';
import type { SizeCut, SizeSystem } from './shoe-size.ts';
import { normalizeWord } from './tokenize.ts';
import { wordEntry } from './word-entry.ts';

// "사이즈" (Korean) and "サイズ" (Japanese) say "size" where shoes are sized by foot length in mm or cm.
const SIZE_WORDS = new Set(['size', 'sz', 'taille', 'pointure', 'sizes', 'tailles', '사이즈', 'サイズ'].map(normalizeWord));
const SYSTEM_WORDS: Readonly<Record<string, SizeSystem>> = { eu: 'eu', eur: 'eu', euro: 'eu', fr: 'eu', us: 'us', usa: 'us', uk: 'uk', jp: 'cm', mondopoint: 'cm', cm: 'cm', mm: 'mm' };
/** Words naming whose chart a size is on, said beside it ("US men's 10", "women's US 8"); left for the gender reader. */
const CUT_WORDS: Readonly<Record<string, SizeCut>> = { men: 'men', mens: 'men', man: 'men', homme: 'men', hommes: 'men', women: 'women', womens: 'women', woman: 'women', ladies: 'women', lady: 'women', femme: 'women', femmes: 'women', w: 'women', m: 'men' };
/** Foot lengths said in mm ("265 mm", "사이즈 265"): beyond any EU, US or UK size. */
const MM_RANGE = { min: 100, max: 330 } as const;
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

/** The cut word at `index` and the tokens it spans ("men" "s" of "men's"), or undefined. */
function cutAt(state: ParseState, index: number): { cut: SizeCut; end: number } | undefined {
  const token = state.tokens[index];
  if (!token || state.used[index] || token.kind !== 'word') return undefined;
  const cut = wordEntry(CUT_WORDS, token.norm);
  if (cut === undefined) return undefined;
  // A lone "M" or "W" is a cut only glued to the number ("W8", "M10").
  if (token.norm.length === 1 && !(state.tokens[index + 1]?.kind === 'number' && state.tokens[index + 1]!.attached)) return undefined;
  return { cut, end: state.tokens[index + 1]?.norm === 's' && state.tokens[index + 1]!.attached ? index + 2 : index + 1 };
}

/** Whose chart the request's sizes are on: women's when it names women and not men, else men's. */
function cutOfRequest(state: ParseState): SizeCut {
  const cuts = new Set(state.tokens.map((t) => (t.kind === 'word' && t.norm.length > 1 ? wordEntry(CUT_WORDS, t.norm) : undefined)).filter((c) => c !== undefined));
  return cuts.has('women') && !cuts.has('men') ? 'women' : 'men';
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
    // "US size 10": the system before the size word.
    while (system !== undefined && tokens[cursor] && !used[cursor] && tokens[cursor]!.kind === 'word' && SIZE_WORDS.has(tokens[cursor]!.norm)) {
      sawSizeWord = true;
      cursor++;
    }
    // "US men's 10", "W8": whose chart, said between the system and the number (left for the gender reader).
    let cut: { cut: SizeCut; start: number; end: number } | undefined;
    const cutSpan = sawSizeWord || system !== undefined ? cutAt(state, cursor) : undefined;
    if (cutSpan && readSizeNumber(state, cutSpan.end)) {
      cut = { cut: cutSpan.cut, start: cursor, end: cutSpan.end };
      cursor = cutSpan.end;
    }
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
    // "8mm drop": a length in mm or cm is a foot length only within a foot's range; other lengths are the measures'.
    if ((system === 'mm' && values.some((v) => v < MM_RANGE.min || v > MM_RANGE.max)) || (system === 'cm' && !sawSizeWord && values.some((v) => v < 10 || v > 31))) continue;
    const source = spanText(state, i, end);
    consume(state, i, end);
    if (cut !== undefined && tokens[cut.start]!.norm.length > 1) for (let k = cut.start; k < cut.end; k++) used[k] = false;
    i = end - 1;
    // A bare "size 9" is far below any EU size: read it as US, and say so; "사이즈 265", far above, is a foot in mm.
    const effective: SizeSystem = system ?? (values.every((v) => v < 20) ? 'us' : values.every((v) => v >= MM_RANGE.min && v <= MM_RANGE.max) ? 'mm' : 'eu');
    const chart = effective === 'us' ? (cut?.cut ?? cutOfRequest(state)) : 'men';
    const converted = values.map((v) => toEuSize(v, effective, chart));
    if (converted.some((v) => v === undefined)) {
      note(state.draft.notUnderstood, effective === 'eu' ? say.notEuSize(source, EU_SIZE_RANGE.min, EU_SIZE_RANGE.max) : say.notOnChart(source, effective, chart));
      continue;
    }
    const sizes = [...new Set(converted as number[])];
    if (effective !== 'eu') {
      note(state.draft.assumptions, say.convertedSize(source, sizes, effective, system === undefined, chart));
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
