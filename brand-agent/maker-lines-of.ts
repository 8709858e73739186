import { MAKER_LINES_LIMITS, MakerLinesSchema, type MakerLines, type Product } from '../protocol/index.ts';

/** A word that can be a product line's name: four or more letters, a capital among them ("iPhone", "Kindle"), no "’s". */
const LINE_WORD = /^(?=.*\p{Lu})\p{L}{4,}$/u;
/** A name the card may state, by the protocol's own schema. */
const cardName = (name: string): boolean => MakerLinesSchema.shape.name.safeParse(name).success;

/**
 * The makers a catalogue sells and their product lines, for a card's `makers` (protocol 1.2), read from the products'
 * makers and titles only where it is safe: a line is the word right after the maker's name at the start of a title
 * ("Apple iPhone 15 …" → "iPhone"), kept when it starts two or more distinct titles of that maker, is no maker's name,
 * is found in no other maker's title ("Nespresso" after both De'Longhi and Krups says nothing of either; "Essential"
 * is two makers' word) and in no title in lower case (a common word: "Rains Backpack" beside "… backpack, black").
 * Makers with the most products first, within the protocol's bounds.
 * @example
 * const card = { ...base.card, makers: makerLinesOf(entries.map((e) => e.product)) };
 */
export function makerLinesOf(products: ReadonlyArray<Pick<Product, 'maker' | 'title'>>): MakerLines[] {
  const productsOf = new Map<string, number>();
  /** line word → maker → titles it starts. */
  const starts = new Map<string, Map<string, Set<string>>>();
  for (const { maker, title } of products) {
    const name = maker?.trim();
    if (!name || !cardName(name)) continue;
    productsOf.set(name, (productsOf.get(name) ?? 0) + 1);
    if (!title.toLowerCase().startsWith(`${name.toLowerCase()} `)) continue;
    const word = title.slice(name.length + 1).split(/\s+/)[0] ?? '';
    if (!LINE_WORD.test(word) || word.length > MAKER_LINES_LIMITS.nameLength) continue;
    const byMaker = starts.get(word) ?? new Map<string, Set<string>>();
    starts.set(word, byMaker);
    byMaker.set(name, (byMaker.get(name) ?? new Set()).add(title));
  }
  const makerWords = new Set([...productsOf.keys()].map((m) => m.toLowerCase()));
  // Every word of every title, with the makers whose titles hold it and whether it is ever written in lower case.
  const titleMakers = new Map<string, Set<string>>();
  const lowerCase = new Set<string>();
  for (const { maker, title } of products) {
    for (const word of title.split(/[^\p{L}]+/u)) {
      if (word === '') continue;
      if (word === word.toLowerCase()) lowerCase.add(word);
      const key = word.toLowerCase();
      titleMakers.set(key, (titleMakers.get(key) ?? new Set()).add(maker?.trim() ?? ''));
    }
  }
  const linesOf = new Map<string, Array<{ line: string; titles: number }>>();
  for (const [word, byMaker] of starts) {
    const only = byMaker.size === 1 ? [...byMaker][0] : undefined;
    const key = word.toLowerCase();
    if (only === undefined || only[1].size < 2 || makerWords.has(key) || lowerCase.has(key) || (titleMakers.get(key)?.size ?? 0) > 1) continue;
    linesOf.set(only[0], [...(linesOf.get(only[0]) ?? []), { line: word, titles: only[1].size }]);
  }
  return [...productsOf]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAKER_LINES_LIMITS.makers)
    .map(([name]) => {
      const lines = (linesOf.get(name) ?? []).sort((a, b) => b.titles - a.titles).slice(0, MAKER_LINES_LIMITS.linesPerMaker).map((l) => l.line);
      return lines.length > 0 ? { name, lines } : { name };
    });
}
