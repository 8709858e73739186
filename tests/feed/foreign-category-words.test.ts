import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { categoryTextInEnglish } from '../../brand-agent/feed/category-word-translations.ts';
import { loadGoogleTaxonomy } from '../../protocol/index.ts';
import { SHOP, issueLines, servedEntry } from './feed-options.ts';

// A shop files its products under category words in its own language: "Spielzeug > Kuscheltiere", "Casa > Illuminazione".
// They are read as the same path in English would be (German and Dutch compounds by their head: "Herrenjacken" is jackets),
// instead of refusing every row without --category.

const taxonomy = loadGoogleTaxonomy();
const pathOf = (feed: ReturnType<typeof parseFeedText>, sku: string) => taxonomy.pathText(servedEntry(feed, sku).product.category);

describe('category words in the shop\'s language', () => {
  it('serves rows whose product_type is German, Italian, Dutch, Spanish or Polish under the node the English words name', () => {
    const text = [
      'id\ttitle\tprice\tproduct_type',
      'de-1\tHase Hoppel 30 cm\t19.90 EUR\tSpielzeug > Kuscheltiere',
      'de-2\tRegenjacke Fjord\t129.00 EUR\tBekleidung > Herrenjacken',
      'it-1\tLampada da tavolo Arco\t89.00 EUR\tCasa > Illuminazione > Lampade',
      'es-1\tSartén de hierro 28 cm\t45.00 EUR\tHogar > Cocina > Sartenes',
      'pl-1\tPatelnia stalowa 24 cm\t39.00 EUR\tKuchnia > Patelnie',
      'nl-1\tHanglamp Bol\t59.00 EUR\tWonen > Verlichting',
    ].join('\n');
    const feed = parseFeedText(text, SHOP);
    expect(feed.entries).toHaveLength(6);
    expect(pathOf(feed, 'de-1')).toMatch(/> Stuffed Animals$/);
    expect(pathOf(feed, 'de-2')).toMatch(/> Coats & Jackets$/);
    expect(pathOf(feed, 'it-1')).toMatch(/> Lighting > Lamps$/);
    expect(pathOf(feed, 'es-1')).toMatch(/> Skillets & Frying Pans$/);
    expect(pathOf(feed, 'pl-1')).toMatch(/> Skillets & Frying Pans$/);
    expect(pathOf(feed, 'nl-1')).toMatch(/> Lighting$/);
  });

  it('still refuses, with why, a category in words no list knows', () => {
    const feed = parseFeedText('id\ttitle\tprice\tproduct_type\na\tQwxz\t9.00 EUR\tZzyzx > Qwrtp\nb\tMug\t9.00 EUR\tMugs\n', SHOP);
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['b']);
    expect(issueLines(feed)[0]).toMatch(/^row 2, product_type: "Zzyzx > Qwrtp" names no Google product category/);
  });

  it('translates word by word, keeps what it does not know, and says nothing for text it knows no word of', () => {
    expect(categoryTextInEnglish('Kochen > Pfannen')).toBe('cookware > frying pans');
    expect(categoryTextInEnglish('Schuhe/Damenschuhe')).toBe('shoes/shoes');
    expect(categoryTextInEnglish('Garden > Plants')).toBeUndefined();
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: fc.constantFrom('schuhe', 'kuche', 'ü', ' > ', '/', 'a', 'ß', 'ł', 'caffe', '\u0301'), maxLength: 12 })), (text) => {
        const english = categoryTextInEnglish(text);
        expect(english === undefined || typeof english === 'string').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('enum values in the shop\'s language', () => {
  it('reads "Damen", "Herren", "Neu" as female, male, new, and a gender column saying "Kinder" as the kids age group', () => {
    const text = [
      'id\ttitle\tprice\tgoogle_product_category\tgender\tcondition',
      'w\tStiefel\t99.00 EUR\t187\tDamen\tNeu',
      'm\tStiefel\t99.00 EUR\t187\tHerren\tneuf',
      'k\tStiefel\t59.00 EUR\t187\tKinder\t',
      'x\tStiefel\t59.00 EUR\t187\tmint\t',
    ].join('\n');
    const feed = parseFeedText(text, SHOP);
    expect(servedEntry(feed, 'w').product.attributes).toMatchObject({ gender: 'female', condition: 'new' });
    expect(servedEntry(feed, 'm').product.attributes).toMatchObject({ gender: 'male', condition: 'new' });
    expect(servedEntry(feed, 'k').product.attributes).toMatchObject({ age_group: 'kids' });
    expect(servedEntry(feed, 'k').product.attributes.gender).toBeUndefined();
    expect(issueLines(feed)).toEqual(['row 5, gender: "mint" is not one of male, female, unisex']);
  });
});
