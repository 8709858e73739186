import { editDistance } from './fuzzy-match.ts';
import { isCommonWord, readable } from './declared-maker-at.ts';
import type { MarketMakers } from './market-makers.ts';
import type { Token } from './tokenize.ts';

/** A maker the market lists read from a misspelling of its name: where the name ends, the maker, and what was typed. */
export interface MisspelledMaker {
  readonly end: number;
  readonly maker: string;
  readonly typed: string;
}

/** Up to this many words in a maker's name ("palais des thes"). */
const MAX_NAME_WORDS = 5;

/**
 * How many slips a name of this many letters may hold and still be that name: none under six letters (too many names
 * and words sit one slip from a short name: "Grant" and Giant, "Hoke" and Hoka), one up to eight ("Garmen", "Phillips"),
 * two from nine ("Husqvarana" for Husqvarna less one, "Mariage Frere" for Mariage Frères) — the bound the typo corrector
 * uses for words, a letter longer, since a name has no sentence around it to check it against.
 */
export function slipsAllowed(letters: number): number {
  return letters < 6 ? 0 : letters < 9 ? 1 : 2;
}

/** A name's letters with the spaces and joins taken out: "de longhi" and "delonghi" are one spelling. */
const lettersOf = (key: string): string => key.replace(/[\s&+]/g, '');

/**
 * The maker a name typed at `i` misspells ("Garmen" Garmin, "Milwalkee" Milwaukee, "Royal Kanin" Royal Canin,
 * "Delonghi" De'Longhi, "Palais des Thé" Palais des Thés): a maker the cards list whose name is within
 * `slipsAllowed` slips of what was typed — word for word, or the typed single word against the name's letters — and
 * beginning with the same letter, the one nearest (two makers as near: none). Read only as a name is typed
 * (capitalised, or after a negation), and never from a word the engine or the category knows ("Garden" is no
 * Gardena, "hills" no maker), nor from one that is already a maker's or a line's name (the exact reader's); with the
 * `category` known, only towards a maker whose cards sell it.
 */
export function misspelledMakerAt(tokens: readonly Token[], used: readonly boolean[], i: number, makers: MarketMakers, known: ReadonlySet<string>, negated: boolean, category?: string): MisspelledMaker | undefined {
  const words: Token[] = [];
  for (let k = i; k < tokens.length && words.length < MAX_NAME_WORDS && !used[k] && tokens[k]!.kind === 'word'; k++) words.push(tokens[k]!);
  const first = words[0];
  if (first === undefined || !(negated || /^\p{Lu}/u.test(first.raw))) return undefined;
  let best: { maker: string; count: number; distance: number } | undefined;
  let tie = false;
  for (const [key, maker] of makers.makers) {
    // A slip is read only towards a maker selling the product asked for: "a drill with a Phillips bit" names no Philips.
    const sold = category === undefined ? undefined : makers.soldIn?.get(key);
    if (category !== undefined && sold !== undefined && !sold.has(category)) continue;
    const makerWords = key.split(' ').filter((w) => !/^[&+]$/.test(w));
    const target = lettersOf(key);
    // Word for word, or one typed word for a name of several ("Delonghi").
    for (const count of new Set([makerWords.length, 1])) {
      if (count > words.length) continue;
      const typedKey = words.slice(0, count).map((t) => t.norm).join(' ');
      if (makers.makers.has(typedKey) || makers.lines.has(typedKey) || !readable(typedKey, known) || (count === 1 && isCommonWord(typedKey, known))) continue;
      const said = lettersOf(typedKey);
      const limit = slipsAllowed(Math.min(target.length, said.length));
      const distance = target[0] === said[0] ? editDistance(said, target, limit) : limit + 1;
      if (distance > limit) continue;
      if (best === undefined || distance < best.distance || (distance === best.distance && count > best.count)) {
        best = { maker, count, distance };
        tie = false;
      } else if (distance === best.distance && count === best.count && maker !== best.maker) tie = true;
    }
  }
  if (best === undefined || tie) return undefined;
  const end = i + best.count;
  return { end, maker: best.maker, typed: tokens.slice(i, end).map((t) => t.raw).join(' ') };
}
