import { MEASURE_WORDS } from './extract-measures.ts';
import { currencyAt, readAfterPrice } from './extract-money.ts';
import { QUANTITY_READER_WORDS } from './extract-quantity.ts';
import { consume, type ParseState } from './parse-state.ts';
import { isUnitWord } from './quantity-units.ts';
import type { PhraseMatcher } from './phrase-matcher.ts';
import type { Token } from './tokenize.ts';

/**
 * The standards whose names take a version number ("Wi-Fi 6E", "USB 3.2", "Bluetooth 5.3", "HDMI 2.1", "PCIe 4"); a
 * figure after another standard's name ("ANC 9", "OLED 2") stays what the other readers make of it.
 */
const STANDARDS: ReadonlySet<string> = new Set(['wifi', 'wlan', 'bluetooth', 'usb', 'hdmi', 'thunderbolt', 'pcie', 'displayport', 'ddr', 'lte']);
/** Versions of these standards are small figures (Wi-Fi 7, Bluetooth 5.4, USB 4, Thunderbolt 5, PCIe 6). */
const MAX_VERSION = 10;
/** Letters glued after a version ("6E", "3.2a") belong to it: "6E" after "Wi-Fi" is no euro. */
const MAX_SUFFIX_LETTERS = 2;

/** Words counted or measured after a figure ("bluetooth 2 pairs", "USB 2 m"). */
const COUNTED_AFTER_A_FIGURE: ReadonlySet<string> = new Set([...QUANTITY_READER_WORDS, ...MEASURE_WORDS]);

/** True when what follows a figure at `i` says it is a price, a count or a measure ("6 euros", "6 max", "2 pairs", "2 m"). */
function saysWhatFigureIs(tokens: readonly Token[], used: readonly boolean[], i: number): boolean {
  const after = tokens[i];
  if (after === undefined) return false;
  if (after.kind === 'symbol' || currencyAt(tokens, used, i) !== undefined || readAfterPrice(tokens, i)) return true;
  return after.kind === 'word' && (COUNTED_AFTER_A_FIGURE.has(after.norm) || isUnitWord(after.norm));
}

/** True when the standard's name ends at token `k` ("bluetooth", or the "fi" of "Wi-Fi"/"wi fi"). */
function standardEndsAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (token === undefined || token.kind !== 'word') return false;
  if (STANDARDS.has(token.norm)) return true;
  if (token.norm !== 'fi') return false;
  const before = tokens[k - 1]?.norm === '-' ? tokens[k - 2] : tokens[k - 1];
  return before?.norm === 'wi';
}

/**
 * A figure said right after a standard's name is its version, never money or a count: "Wi-Fi 6E headphones under 150"
 * has a budget of 150 and wants one pair ("6E" is no 6 euros), "Bluetooth 5 headphones" one pair. The figure stays a
 * price, a count or a measure when a word those readers read follows it ("USB 2 m", "bluetooth 2 pairs", "wifi 6 max")
 * or when it is larger than any version. The figure is claimed; the standard's name is left to the other readers, and
 * a figure a phrase of `lexicon` reads with the name ("HDMI 2.1", a feature of TVs) is left to it.
 */
export function markStandardVersions(state: ParseState, lexicon?: PhraseMatcher<{ readonly phrases: readonly string[] }>): void {
  const { tokens, used } = state;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!standardEndsAt(tokens, k) || phraseCovers(state, lexicon, k + 1)) continue;
    const figure = tokens[k + 1]!;
    if (figure.kind !== 'number' || used[k + 1] || figure.value === undefined || figure.value >= MAX_VERSION || figure.start - tokens[k]!.end > 1) continue;
    let end = k + 2;
    const suffix = tokens[end];
    if (suffix !== undefined && suffix.kind === 'word' && suffix.attached && suffix.norm.length <= MAX_SUFFIX_LETTERS && /^\p{L}+$/u.test(suffix.norm)) end++;
    if (saysWhatFigureIs(tokens, used, end)) continue;
    if (used.slice(k + 1, end).some(Boolean)) continue;
    consume(state, k + 1, end);
    k = end - 1;
  }
}

/** How far back a phrase holding a standard's name and its version may start ("wi fi 6": two words before the figure). */
const PHRASE_REACH_BACK = 3;

/** True when a phrase of `lexicon` starting before the figure at `i` reads it too ("hdmi 2.1"). */
function phraseCovers(state: ParseState, lexicon: PhraseMatcher<{ readonly phrases: readonly string[] }> | undefined, i: number): boolean {
  if (lexicon === undefined) return false;
  for (let start = Math.max(0, i - PHRASE_REACH_BACK); start < i; start++) {
    const match = lexicon.matchAt(state.tokens, state.used, start);
    if (match !== undefined && match.start <= i && match.end > i) return true;
  }
  return false;
}
