/** Cyrillic, Greek and Armenian letters that render like Latin ones, mapped to the Latin letter they imitate. */
export const CONFUSABLE_TO_LATIN: ReadonlyMap<string, string> = new Map(
  Object.entries({
    а: 'a', в: 'b', е: 'e', і: 'i', ј: 'j', к: 'k', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q',
    ԝ: 'w', һ: 'h', ӏ: 'l', ѵ: 'v', ɡ: 'g', ı: 'i', ȷ: 'j',
    А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', І: 'I', Ј: 'J', К: 'K', М: 'M', О: 'O', Р: 'P', Ѕ: 'S', Т: 'T', Х: 'X',
    У: 'Y', Ԛ: 'Q', Ԝ: 'W',
    α: 'a', ο: 'o', ρ: 'p', ι: 'i', ν: 'v', υ: 'u', κ: 'k', χ: 'x', ε: 'e',
    Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
    օ: 'o', ս: 'u',
  }),
);
