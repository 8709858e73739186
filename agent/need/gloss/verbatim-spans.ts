/**
 * Said as typed, never glossed: quoted words (a name, a model, a phrase the person wants matched), and addresses (a
 * link, an e-mail address), whose pieces are not words of any language. The spans are those of the pattern
 *
 *   /("[^"]*"|“[^”]*”|«[^»]*»|„[^“”]*[“”]|\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+)/u
 *
 * read leftmost first, but found in one pass: a backtracking engine tries every quote mark against the rest of the
 * text and every character of a long run of non-spaces as the start of an address, so a pasted blob of unclosed
 * quotes or of characters with no spaces cost the square of its length. Here each closing mark, '@' and space is
 * looked for once: a mark with none after it has none after any later point either.
 */

/**
 * The first index ≥ from where a test holds (the text's length if none), remembered: asked with `from` never
 * decreasing, as the reading goes, it reads each character once.
 */
function nextIndexFinder(text: string, holds: (char: string) => boolean, work: WorkMeter): (from: number) => number {
  let askedFrom = 0;
  let found = -1;
  return (from: number) => {
    if (from >= askedFrom && found >= from) return found;
    askedFrom = from;
    found = text.length;
    for (let k = from; k < text.length; k += 1) {
      work.steps += 1;
      if (holds(text[k]!)) {
        found = k;
        break;
      }
    }
    return found;
  };
}

const isSpace = (char: string) => /\s/u.test(char);
const isWordChar = (char: string | undefined) => char !== undefined && /\w/u.test(char);
/** A quote mark and what closes it. */
const QUOTES: ReadonlyArray<readonly [string, (char: string) => boolean]> = [
  ['"', (c) => c === '"'],
  ['“', (c) => c === '”'],
  ['«', (c) => c === '»'],
  ['„', (c) => c === '“' || c === '”'],
];
const LINK_STARTS = ['http://', 'https://', 'www.'];

/** Characters looked at, counted for tests: the work of reading a text grows with its length only. */
export interface WorkMeter {
  steps: number;
}

/** The text cut around its verbatim spans, as `String.split` with the pattern above: plain, span, plain, …, plain. */
export function splitVerbatim(text: string, work: WorkMeter = { steps: 0 }): string[] {
  const closers = QUOTES.map(([open, closes]) => [open, nextIndexFinder(text, closes, work)] as const);
  const nextSpace = nextIndexFinder(text, isSpace, work);
  const nextAt = nextIndexFinder(text, (c) => c === '@', work);
  const nextDot = nextIndexFinder(text, (c) => c === '.', work);
  const pieces: string[] = [];
  let plainFrom = 0;
  let at = 0;
  while (at < text.length) {
    work.steps += 1;
    const end = spanEndAt(at);
    if (end === undefined) {
      const code = text.charCodeAt(at);
      const pair = code >= 0xd800 && code <= 0xdbff && /[\uDC00-\uDFFF]/u.test(text[at + 1] ?? '');
      at += pair ? 2 : 1;
      continue;
    }
    pieces.push(text.slice(plainFrom, at), text.slice(at, end));
    plainFrom = end;
    at = end;
  }
  pieces.push(text.slice(plainFrom));
  return pieces;

  /** The end of the verbatim span starting at `start`, if one does. */
  function spanEndAt(start: number): number | undefined {
    const char = text[start]!;
    for (const [open, nextCloser] of closers) {
      if (char !== open) continue;
      const close = nextCloser(start + 1);
      if (close < text.length) return close + 1;
    }
    if (isSpace(char)) return undefined;
    const runEnd = nextSpace(start);
    const linked = !isWordChar(text[start - 1]) && LINK_STARTS.some((s) => text.startsWith(s, start) && start + s.length < runEnd);
    if (linked) return runEnd;
    // An address: an '@' after the first character, then a '.' with a character on each side before the run ends.
    // The first '@' decides: a '.' far enough after a later '@' is far enough after the first.
    const atSign = nextAt(start + 1);
    if (atSign >= runEnd) return undefined;
    return nextDot(atSign + 2) < runEnd - 1 ? runEnd : undefined;
  }
}
