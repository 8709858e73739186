import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { loadGoogleTaxonomy } from '../../protocol/index.ts';
import { SHOP_TERMS } from './feed-options.ts';

const products = (...names: string[]) =>
  JSON.stringify({ '@context': 'https://schema.org', '@type': 'ItemList', itemListElement: names.map((name, k) => ({ '@type': 'Product', name, sku: `P${k + 1}`, offers: { '@type': 'Offer', price: '19.90', priceCurrency: 'EUR' } })) });
const categoryOf = (text: string) => {
  const feed = parseFeedText(text, SHOP_TERMS);
  return (sku: string) => feed.entries.find((e) => e.product.sku === sku)?.product.category;
};

// On main (8ed1cf4) a shop's titles were read for their head noun in English order only (the last word): a French
// shop's "Peluche lapin Léon 30 cm" or "Puzzle 1000 pièces" named nothing, and its products without category words
// were refused. The file's titles now say which order they write ("Train en bois", "Crayons de couleur" are French).
describe("a shop's titles read in the order their language writes them", () => {
  it('reads the head noun first in a file whose titles are French', () => {
    const of = categoryOf(products('Peluche lapin Léon 30 cm', 'Puzzle 1000 pièces – Carte du monde', 'Train en bois pour les enfants', 'Figurine de collection'));
    expect(of('P1')).toBe('1259');
    expect(of('P2')).toBe('2618');
  });

  it('keeps the head noun last in an English file: "Linen tote bag" is no linen, "Ceramic mug" a mug', () => {
    const feed = parseFeedText(products('Linen tote bag', 'Stuffed rabbit toy', 'Ceramic mug'), SHOP_TERMS);
    const path = (sku: string) => {
      const id = feed.entries.find((e) => e.product.sku === sku)?.product.category;
      return id === undefined ? undefined : loadGoogleTaxonomy().pathText(id);
    };
    expect(path('P1') ?? '').not.toMatch(/Linens/);
    expect(path('P3')).toMatch(/Mugs$/);
  });
});
