import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedText, shopCategoryMapper } from '../../brand-agent/feed/index.ts';
import { nodeNamedInAnyLanguage, nodeOfTitleInAnyLanguage } from '../../brand-agent/feed/localized-category-words.ts';
import { LOCALIZED_TAXONOMY_LOCALES, MajordomeError, loadGoogleTaxonomy, loadLocalizedTaxonomy, parseLocalizedTaxonomy } from '../../protocol/index.ts';
import { FIXTURES, SHOP_TERMS, issueLines, servedEntry } from './feed-options.ts';

// Google publishes its product taxonomy in other languages with the same ids. A shop's category words and titles in one
// of the shipped languages are read through those official labels ("Kaffekvarnar" is 734), and words that name no node,
// or several equally, are refused with the row saying which.

const taxonomy = loadGoogleTaxonomy();
const SV_FILE = new URL('../../protocol/data/google-product-taxonomy.sv-SE.txt', import.meta.url);

describe('the localized taxonomies shipped', () => {
  it('each is the en-US taxonomy in another language: every id, under the same parent, the same version', () => {
    expect(LOCALIZED_TAXONOMY_LOCALES.length).toBeGreaterThan(0);
    for (const locale of LOCALIZED_TAXONOMY_LOCALES) {
      const localized = loadLocalizedTaxonomy(locale)!;
      expect(localized.version, locale).toBe(taxonomy.version);
      expect(localized.ids).toHaveLength(5595);
      expect(new Set(localized.ids)).toEqual(new Set(taxonomy.nodes.map((n) => n.id)));
    }
  });

  it('keeps the Swedish labels of the published file (spot checks)', () => {
    const sv = loadLocalizedTaxonomy('sv-SE')!;
    expect(sv.labelOf('1')).toBe('Djur och tillbehör till husdjur');
    expect(sv.labelOf('187')).toBe('Skor');
    expect(sv.labelOf('1868')).toBe('Kaffe');
    expect(sv.labelOf('734')).toBe('Kaffekvarnar');
    expect(sv.labelOf('3994')).toBe('Piñatas');
    expect(sv.labelOf('3064')).toBe('Snöskor');
  });

  it('keeps the Czech labels of the published file (spot checks), a trailing space in a label being no part of it', () => {
    const cs = loadLocalizedTaxonomy('cs-CZ')!;
    expect(cs.labelOf('1239')).toBe('Hračky a hry');
    expect(cs.labelOf('187')).toBe('Obuv');
    expect(cs.labelOf('3805')).toBe('Stavebnice');
    expect(cs.labelOf('1259')).toBe('Plyšové hračky');
    expect(cs.labelOf('2247')).toBe('Kávovary');
    // Published as "Antiseptika a čisticí prostředky " (and four others with a trailing space).
    expect(cs.labelOf('2954')).toBe('Antiseptika a čisticí prostředky');
  });

  it('keeps the Polish labels of the published file (spot checks), a label\'s double space kept as published', () => {
    const pl = loadLocalizedTaxonomy('pl-PL')!;
    expect(pl.ids).toHaveLength(5595);
    expect(pl.labelOf('1')).toBe('Zwierzęta i artykuły dla zwierząt');
    expect(pl.labelOf('187')).toBe('Buty');
    expect(pl.labelOf('734')).toBe('Młynki do kawy');
    expect(pl.labelOf('1026')).toBe('Rowery');
    expect(pl.labelOf('7323')).toBe('Szyldy „Otwarte” i „Zamknięte”');
    expect(pl.labelOf('2423')).toBe('Zupy i buliony');
    // Published as "Fartuchy chirurgiczne " (trailing space, dropped) and "Części zamienne  do kopiarek, …" (two spaces).
    expect(pl.labelOf('1645')).toBe('Fartuchy chirurgiczne');
    expect(pl.labelOf('502991')).toBe('Części zamienne  do kopiarek, drukarek i faksów');
  });

  it('refuses an edition that lacks a node, moves one under another parent, or is another version', () => {
    const text = readFileSync(SV_FILE, 'utf8');
    const refused = (edited: string) => {
      try {
        parseLocalizedTaxonomy('sv-SE', edited);
      } catch (error) {
        expect(error).toBeInstanceOf(MajordomeError);
        return (error as MajordomeError).message;
      }
      throw new Error('accepted');
    };
    expect(refused(text.replace(/^3064 - .*\n/m, ''))).toMatch(/no node 3064/);
    expect(refused(text.replace('Version: 2021-09-21', 'Version: 2019-07-10'))).toMatch(/version 2019-07-10/);
    // 3064 Snöskor moved from under Snöskogång (1166) to under Slädar (7539).
    expect(refused(text.replace('Snöskogång > Snöskor', 'Slädar > Snöskor'))).toMatch(/3064 is under 7539/);
  });
});

describe('category words and titles in a shipped language', () => {
  it('serves a Swedish shop\'s rows under the nodes its category words or titles name, and refuses the rest', () => {
    const feed = parseFeedText(readFileSync(`${FIXTURES}/rosteri-produkter-se.csv`, 'utf8'), { ...SHOP_TERMS, currency: 'SEK' });
    const pathOf = (sku: string) => taxonomy.pathText(servedEntry(feed, sku).product.category);
    expect(pathOf('KV-01')).toMatch(/> Coffee Grinders$/);
    expect(pathOf('ES-01')).toMatch(/> Espresso Machines$/);
    expect(pathOf('TE-01')).toMatch(/> Tea & Infusions$/);
    expect(pathOf('KB-01')).toMatch(/> Beverages > Coffee$/);
    expect(pathOf('VK-01')).toMatch(/> Electric Kettles$/);
    // "Tillbehör" (accessories) is one word of twelve labels, and the brush's title names none; "Presentkort" is one word
    // of "Presentkort och kuponger", too weak in a title; the tint's title is no Swedish at all ("Matte" is no "mått",
    // "Muslimah" no "müsli"). All three refused, saying why.
    expect(feed.entries.map((e) => e.product.sku).sort()).toEqual(['ES-01', 'KB-01', 'KV-01', 'TE-01', 'VK-01']);
    const refusals = issueLines(feed).filter((l) => /^row (7|8|9),/.test(l));
    expect(refusals).toEqual([
      'row 7, google_product_category: missing; give the Google product category id or path (or --category)',
      'row 8, category: "Tillbehör" names no Google product category, nor does the title; give a product type the Google taxonomy names (e.g. "Mugs", "Road bikes") or --category <Google id>',
      'row 9, google_product_category: missing; give the Google product category id or path (or --category)',
    ]);
  });

  it('reads a label up to an inflectional ending and a compound by its head, and refuses words naming several nodes', () => {
    expect(nodeNamedInAnyLanguage('Kaffekvarn', 'SEK')).toBe('734');
    expect(nodeNamedInAnyLanguage('kaffekvarnar', 'SEK')).toBe('734');
    expect(nodeNamedInAnyLanguage('Soffkuddar', 'SEK')).toBe('2700');
    expect(nodeNamedInAnyLanguage('Tillbehör')).toBeUndefined();
    expect(nodeNamedInAnyLanguage('Hela bönor')).toBeUndefined();
    // An ending is read off only in the language of the feed's market: Spanish "Geles" (energy gels) is no Swedish "gelé".
    expect(nodeNamedInAnyLanguage('Geles', 'EUR')).toBeUndefined();
    expect(nodeNamedInAnyLanguage('Geles', 'SEK')).toBe(nodeNamedInAnyLanguage('Gelé', 'EUR'));
    expect(nodeOfTitleInAnyLanguage('Bryggkaffe mellanrost 450 g', 'SEK')).toBe('1868');
    expect(nodeOfTitleInAnyLanguage('Hario V60 keramik 02, vit', 'SEK')).toBeUndefined();
    expect(nodeOfTitleInAnyLanguage('Lip Tint Velvet Matte Long Lasting', 'SEK')).toBeUndefined();
  });

  it('serves a Czech shop\'s rows by its Czech category words and titles, reading "Kávovary" as coffee makers, not percolators', () => {
    const feed = parseFeedText(readFileSync(`${FIXTURES}/hracky-produkty-cz.csv`, 'utf8'), { ...SHOP_TERMS, currency: 'CZK' });
    const pathOf = (sku: string) => taxonomy.pathText(servedEntry(feed, sku).product.category);
    expect(pathOf('ST-01')).toMatch(/> Construction Set Toys$/);
    // Google's Czech edition labels 2247 (Percolators) "Kávovary", which is also the first part of 736's "Kávovary a
    // automaty na espreso" while the English labels differ: the words are read as 736, right whichever was meant.
    expect(pathOf('KV-01')).toBe('Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines');
    expect(pathOf('LG-01')).toMatch(/> Construction Set Toys$/);
    expect(feed.entries.map((e) => e.product.sku).sort()).toEqual(['KV-01', 'LG-01', 'ST-01']);
    expect(issueLines(feed).filter((l) => l.startsWith('row 5,'))).toEqual([
      'row 5, category: "Dětské zboží" names no Google product category, nor does the title; give a product type the Google taxonomy names (e.g. "Mugs", "Road bikes") or --category <Google id>',
    ]);
  });

  it('reads a Polish shop\'s category words, up to an inflected ending only when the feed is priced in złoty', () => {
    expect(nodeNamedInAnyLanguage('Młynki do kawy', 'PLN')).toBe('734');
    expect(nodeNamedInAnyLanguage('Rowery', 'PLN')).toBe('1026');
    expect(nodeNamedInAnyLanguage('Odkurzacze', 'PLN')).toBe('619');
    // "Rower" (one bicycle) is "Rowery" up to its ending: read in a PLN feed, not in a EUR one, where only whole words count.
    expect(nodeNamedInAnyLanguage('Rower', 'PLN')).toBe('1026');
    expect(nodeNamedInAnyLanguage('Rower', 'EUR')).toBeUndefined();
    expect(nodeOfTitleInAnyLanguage('Odkurzacz bezprzewodowy Xiaomi', 'PLN')).toBeUndefined();
    expect(nodeOfTitleInAnyLanguage('Młynki do kawy ręczne, stal', 'PLN')).toBe('734');
    expect(nodeOfTitleInAnyLanguage('Młynki do kawy ręczne, stal', 'EUR')).toBeUndefined();
  });

  it('reads a title only in the language of the feed\'s market: Czech "Tenis" is tennis, Mexican "tenis" are sneakers', () => {
    expect(nodeOfTitleInAnyLanguage('Tenis Running Hombre Amortiguación Ligeros', 'CZK')).toBe('1065');
    expect(nodeOfTitleInAnyLanguage('Tenis Running Hombre Amortiguación Ligeros', 'MXN')).toBeUndefined();
    expect(nodeOfTitleInAnyLanguage('Stavebnice Lego City 60367', 'SEK')).toBeUndefined();
    expect(nodeOfTitleInAnyLanguage('Stavebnice Lego City 60367', undefined)).toBeUndefined();
    // Category words are the shop's own naming of a category, read in every shipped language.
    expect(nodeNamedInAnyLanguage('Stavebnice')).toBe('3805');
    expect(nodeNamedInAnyLanguage('Espressomaskiner')).toBe('2422');
  });

  it('never throws and names only taxonomy nodes, whatever the words', () => {
    const mapper = shopCategoryMapper();
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (category, title) => {
        for (const id of [nodeNamedInAnyLanguage(category), nodeNamedInAnyLanguage(category, 'PLN'), ...['SEK', 'CZK', 'PLN'].map((c) => nodeOfTitleInAnyLanguage(title, c))]) if (id !== undefined) expect(taxonomy.has(id)).toBe(true);
        const mapped = mapper([category], title);
        if (mapped.ok) expect(taxonomy.has(mapped.category)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
