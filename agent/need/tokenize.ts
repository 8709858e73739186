import { normalizeWord } from '../../protocol/index.ts';

/** What a token is: a word, a number, a currency or comparison symbol, punctuation, or a written date. */
export type TokenKind = 'word' | 'number' | 'symbol' | 'punct' | 'iso-date' | 'slash-date';

/** One token of a request, with its span in the original text. */
export interface Token {
  readonly kind: TokenKind;
  /** As typed. */
  readonly raw: string;
  /** Lowercase, accents removed; may be replaced by a typo correction. */
  norm: string;
  readonly start: number;
  readonly end: number;
  /** Numeric value of a number token. */
  readonly value?: number;
  /** True when nothing separates this token from the previous one ("kg" in "1kg", "€" in "150€"). */
  readonly attached: boolean;
  /** True when the word was typed with a leading capital (a hint for brand names). */
  readonly capitalized: boolean;
}

/**
 * Words, numbers, symbols and punctuation. A number may group its thousands with spaces as French and SI write them
 * ("1 200 €", "10 000 mAh", also no-break spaces), unless the last group is glued to a word: "2 250g" is two 250 g packs.
 * A minus sign typed before a number that follows no word, number or currency sign is its sign ("-5°C"); "100-150" and
 * "50€-80€" stay ranges. An inch mark after a number ('55"') is a symbol, a quotation mark elsewhere is not.
 */
const TOKEN_PATTERN =
  /(\d{4}-\d{1,2}-\d{1,2})|(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)|(\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?(?![\d\p{L}])|(?:(?<![\p{L}\p{N}.,€$£¥])[-−](?=\d))?\d+(?:[.,]\d+)*[½¼¾]?)|([\p{L}\p{M}]+(?:['’ʼ`][\p{L}\p{M}]+)*)|([€$£¥<>≤≥~≈+%×″\p{Sc}]|(?<=\d)")|([,;.!?()[\]:/&=\-–—])|(\s+)|([\s\S])/gu;

const FRACTIONS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75 };

export { normalizeWord };

/**
 * Parses "42.5", "42,5", "1,299.99", "1.299,99" and "1,000": the last separator is decimal unless it is followed by
 * exactly three digits after a non-zero integer part (then it groups thousands).
 */
export function parseNumber(text: string): number {
  let fraction = 0;
  const last = text.at(-1) ?? '';
  if (last in FRACTIONS) {
    fraction = FRACTIONS[last] ?? 0;
    text = text.slice(0, -1);
  }
  const separators = [...text.matchAll(/[.,]/g)].map((m) => m[0]);
  if (separators.length === 0) return Number(text) + fraction;
  const lastSep = separators.at(-1)!;
  const mixed = separators.some((s) => s !== lastSep);
  const lastIndex = text.lastIndexOf(lastSep);
  const after = text.slice(lastIndex + 1);
  const intPart = text.slice(0, text.search(/[.,]/));
  const isThousands = !mixed && (separators.length > 1 || (after.length === 3 && intPart !== '0'));
  if (isThousands) return Number(text.replace(/[.,]/g, '')) + fraction;
  const whole = text.slice(0, lastIndex).replace(/[.,]/g, '');
  return Number(`${whole}.${after}`) + fraction;
}

function splitApostrophes(word: string): string[] {
  const parts = word.split(/['’ʼ`]/);
  // English negative contractions: "don't" → "do not", "can't" → "ca not".
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (next === 't' && part.length > 1 && part.endsWith('n')) {
      out.push(part.slice(0, -1), 'not');
      i++;
    } else out.push(part);
  }
  return out;
}

/** Splits a request into tokens; hyphens inside words ("noise-cancelling") are dropped, between numbers kept (ranges). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    const attached = start === previousEnd;
    previousEnd = end;
    if (match[7] !== undefined) {
      previousEnd = -1;
      continue;
    }
    if (match[8] !== undefined) {
      // Emoji and other symbols carry no meaning for the parser; they still break adjacency.
      previousEnd = -1;
      continue;
    }
    const base = { raw, start, end, attached, capitalized: false };
    if (match[1] !== undefined) tokens.push({ ...base, kind: 'iso-date', norm: raw });
    else if (match[2] !== undefined) tokens.push({ ...base, kind: 'slash-date', norm: raw });
    else if (match[3] !== undefined) {
      const negative = /^[-−]/.test(raw);
      const value = parseNumber(raw.replace(/[ \u00A0\u202F]/g, '').replace(/^[-−]/, ''));
      tokens.push({ ...base, kind: 'number', norm: raw, value: negative ? -value : value });
    }
    else if (match[4] !== undefined) {
      const capitalized = /^\p{Lu}/u.test(raw);
      let offset = 0;
      for (const [i, part] of splitApostrophes(raw).entries()) {
        const partStart = raw.indexOf(part, offset);
        const s = partStart >= 0 ? start + partStart : start;
        offset = partStart >= 0 ? partStart + part.length : offset;
        tokens.push({
          kind: 'word',
          raw: partStart >= 0 ? part : raw,
          norm: normalizeWord(part),
          start: s,
          end: partStart >= 0 ? s + part.length : end,
          attached: i === 0 ? attached : true,
          capitalized: i === 0 ? capitalized : /^\p{Lu}/u.test(part),
        });
      }
    } else if (match[5] !== undefined) {
      // 'max 300"' at the end of a quotation closes it: no inch mark, like any other quotation mark.
      if (raw === '"' && closesQuotation(text, start)) {
        previousEnd = -1;
        continue;
      }
      tokens.push({ ...base, kind: 'symbol', norm: raw === '×' ? 'x' : raw });
    }
    else tokens.push({ ...base, kind: 'punct', norm: raw === '–' || raw === '—' ? '-' : raw });
  }
  return readCapitalUnits(expandChatAbbreviations(expandWithSlash(dropJoiningHyphens(tokens))));
}

/**
 * True when the straight double quote at `at`, right after a figure, closes a quotation rather than marking inches:
 * a quotation is open (an odd number of quotes before it that follow no figure) and nothing but the end of the text,
 * of a line or punctuation follows it ('"…, max 300"', '"… like 100?"' are closed; '"a 55" TV"' keeps its inches).
 */
function closesQuotation(text: string, at: number): boolean {
  let open = 0;
  for (let k = text.indexOf('"'); k >= 0 && k < at; k = text.indexOf('"', k + 1)) if (!/\d/u.test(text[k - 1] ?? '')) open++;
  return open % 2 === 1 && /^[ \t]*(?:$|[\n.,;:!?)\]])/u.test(text.slice(at + 1));
}

/**
 * Words people shorten when they type on a phone ("pr mon fils", "pr soupes", "bcp de place", "8 ppl"), read as the
 * words they stand for ("can u help", "we r pooling"); the French ones and "r" only before another word, so a code such as
 * "PR 2" is left as typed.
 */
const CHAT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['pr', 'pour'], ['bcp', 'beaucoup'], ['qd', 'quand'], ['tjrs', 'toujours'], ['tjs', 'toujours'], ['r', 'are']]);
const CHAT_ABBREVIATIONS_ANYWHERE: ReadonlyMap<string, string> = new Map([['ppl', 'people'], ['u', 'you'], ['ur', 'your']]);

function expandChatAbbreviations(tokens: Token[]): Token[] {
  return tokens.map((token, i) => {
    if (token.kind !== 'word' || token.capitalized) return token;
    const meant = CHAT_ABBREVIATIONS_ANYWHERE.get(token.norm) ?? (tokens[i + 1]?.kind === 'word' ? CHAT_ABBREVIATIONS.get(token.norm) : undefined);
    return meant !== undefined ? { ...token, norm: meant } : token;
  });
}

/**
 * Units written only in capitals: a watch's "5 ATM" is atmospheres, while "atm" typed otherwise is chat for "at the
 * moment" ("a kettle under 40 atm") and stays a plain word.
 */
const CAPITAL_UNITS: ReadonlyMap<string, string> = new Map([['ATM', 'atmospheres']]);

function readCapitalUnits(tokens: Token[]): Token[] {
  return tokens.map((token) => {
    const unit = token.kind === 'word' ? CAPITAL_UNITS.get(token.raw) : undefined;
    return unit !== undefined ? { ...token, norm: unit } : token;
  });
}

/** "w/" is "with" and "w/o" "without", as people abbreviate them. */
function expandWithSlash(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const slash = tokens[i + 1];
    if (token.kind === 'word' && token.norm === 'w' && slash?.norm === '/' && slash.attached) {
      const o = tokens[i + 2];
      const without = o !== undefined && o.attached && o.kind === 'word' && o.norm === 'o';
      const end = without ? o.end : slash.end;
      out.push({ ...token, raw: without ? 'w/o' : 'w/', norm: without ? 'without' : 'with', end });
      i += without ? 2 : 1;
      continue;
    }
    out.push(token);
  }
  return out;
}

const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['€', '$', '£', '¥']);

/** A number, or a currency sign glued after one ("50€"): what a range's first figure ends with. */
function isFigureEnd(token: Token): boolean {
  return token.kind === 'number' || (token.kind === 'symbol' && CURRENCY_SIGNS.has(token.raw) && token.attached);
}

/** A number, or a currency sign glued before one ("€900"): what a range's second figure starts with. */
function isFigureStart(token: Token, next: Token | undefined): boolean {
  return token.kind === 'number' || (token.kind === 'symbol' && CURRENCY_SIGNS.has(token.raw) && next?.kind === 'number' && next.attached);
}

function dropJoiningHyphens(tokens: Token[]): Token[] {
  return tokens.filter((token, i) => {
    if (token.norm !== '-' || token.raw !== '-') return true;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (!before || !after || !after.attached || !token.attached) return true;
    // "100-150" and "€700-€900" stay ranges; "noise-cancelling", "in-ear", "ipx-7" become plain word sequences.
    return isFigureEnd(before) && isFigureStart(after, tokens[i + 2]);
  });
}
