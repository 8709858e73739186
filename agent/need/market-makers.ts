import { canonicalCategoryId, type BrandCard } from '../../protocol/index.ts';
import { tokenize } from './tokenize.ts';

/** How many parties must declare a line for the same maker before it is read: one card alone never decides. */
const MIN_LINE_PARTIES = 2;

/** A product line the market agrees on: the line as declared and the maker it is named instead of. */
export interface MarketLine {
  readonly line: string;
  readonly maker: string;
}

/** The makers and product lines the connected brands' cards list (protocol 1.2 `makers`), keyed by their words. */
export interface MarketMakers {
  /** A declared maker's words ("de longhi", "black + decker", "the north face") → its name as most cards write it. */
  readonly makers: ReadonlyMap<string, string>;
  /** A line's words ("iphone", "kindle") → the line and its maker, where the cards declaring it agree. */
  readonly lines: ReadonlyMap<string, MarketLine>;
  /** A declared maker's words → the categories (canonical ids) of the cards listing it, where the cards say what they sell. */
  readonly soldIn?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The parts of a card the makers are read from: its `makers`, and who declares them (`id`, `domain`). */
export type CardMakers = Partial<Pick<BrandCard, 'id' | 'domain' | 'makers' | 'categories'>>;

/** A name's words as the request reader tokenises them: "De'Longhi" and "de'longhi" → "de longhi", "Oral-B" → "oral b". */
export function nameKeyOf(name: string): string {
  return tokenize(name)
    .filter((t) => t.kind !== 'punct' || t.norm === '&' || t.norm === '+')
    .map((t) => t.norm)
    .join(' ');
}

/** The spelling most declarations use (the earliest on a tie). */
function mostWritten(spellings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best = spellings[0]!;
  for (const [s, n] of counts) if (n > counts.get(best)!) best = s;
  return best;
}

/**
 * The makers and lines a set of cards declare, read as brand text: one party (cards sharing a declared domain, else one
 * card id) counts once; a line goes to a maker only when at least two parties declare it and every party declaring it
 * names that maker, else it is no line (one card alone decides nothing, and any disagreement takes the line away rather
 * than letting a count of cheap unlinked names outvote the others); a line that is a declared maker's name, or
 * holds another maker's one-word name ("Sony" → "Slyco", "Sony Walkman" → "Slyco"), is no line, so a card cannot
 * re-map a maker the person names; and a maker of several words holding another maker's one-word name ("Sony Slyco")
 * is dropped, so it cannot swallow that maker. Common words are filtered where the request is read (`declaredMakerAt`).
 */
export function marketMakersOf(cards: readonly CardMakers[]): MarketMakers {
  const makerSpellings = new Map<string, string[]>();
  /** line key → maker key → parties; and the line's spellings. */
  const lineVotes = new Map<string, Map<string, Set<string>>>();
  const lineSpellings = new Map<string, string[]>();
  const soldIn = new Map<string, Set<string>>();
  for (const [index, card] of cards.entries()) {
    const party = card.domain !== undefined ? `domain:${card.domain.toLowerCase()}` : `card:${card.id ?? index}`;
    for (const entry of card.makers ?? []) {
      const maker = nameKeyOf(entry.name);
      if (maker === '') continue;
      makerSpellings.set(maker, [...(makerSpellings.get(maker) ?? []), entry.name]);
      for (const category of card.categories ?? []) soldIn.set(maker, (soldIn.get(maker) ?? new Set()).add(canonicalCategoryId(category)));
      for (const line of entry.lines ?? []) {
        const key = nameKeyOf(line);
        if (key === '' || key === maker) continue;
        const votes = lineVotes.get(key) ?? new Map<string, Set<string>>();
        lineVotes.set(key, votes);
        votes.set(maker, (votes.get(maker) ?? new Set()).add(party));
        lineSpellings.set(key, [...(lineSpellings.get(key) ?? []), line]);
      }
    }
  }
  const oneWordMakers = new Set([...makerSpellings.keys()].filter((k) => !k.includes(' ')));
  const holdsOtherMaker = (key: string, own: string): boolean => key.split(' ').some((w) => w !== own && oneWordMakers.has(w));
  const makers = new Map<string, string>();
  for (const [key, spellings] of makerSpellings) if (!(key.includes(' ') && holdsOtherMaker(key, key))) makers.set(key, mostWritten(spellings));
  const lines = new Map<string, MarketLine>();
  for (const [key, votes] of lineVotes) {
    if (makerSpellings.has(key)) continue;
    // Every party naming the line must name the same maker: unlinked names are cheap, so a count of them (a majority)
    // could be bought, while a disagreement only takes the line away (it reads as the person wrote it).
    if (votes.size !== 1) continue;
    const [maker, parties] = [...votes][0]!;
    const winner = { maker, parties: parties.size };
    if (winner.parties < MIN_LINE_PARTIES || !makers.has(winner.maker) || holdsOtherMaker(key, winner.maker)) continue;
    lines.set(key, { line: mostWritten(lineSpellings.get(key)!), maker: makers.get(winner.maker)! });
  }
  return soldIn.size > 0 ? { makers, lines, soldIn } : { makers, lines };
}
