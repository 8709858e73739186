import { describe, expect, it } from 'vitest';
import {
  BUILTIN_CATEGORIES,
  BUILTIN_CATEGORY_GOOGLE_IDS,
  CATEGORY_LABELS_FR,
  MajordomeError,
  googleCategoryIdOf,
  isKnownCategory,
  loadGoogleTaxonomy,
  parseGoogleTaxonomy,
} from '../../protocol/index.ts';

describe('the shipped Google product taxonomy', () => {
  const taxonomy = loadGoogleTaxonomy();

  it('has every node of the 2021-09-21 edition, 21 top-level branches, unique ids', () => {
    expect(taxonomy.version).toBe('2021-09-21');
    expect(taxonomy.nodes).toHaveLength(5595);
    expect(taxonomy.roots().map((n) => n.label)).toContain('Sporting Goods');
    expect(taxonomy.roots()).toHaveLength(21);
    expect(new Set(taxonomy.nodes.map((n) => n.id)).size).toBe(5595);
  });

  it('keeps official ids and paths (spot checks against the published file)', () => {
    const expected: Record<string, string> = {
      '1': 'Animals & Pet Supplies',
      '187': 'Apparel & Accessories > Shoes',
      '543626': 'Electronics > Audio > Audio Components > Headphones & Headsets > Headphones',
      '1868': 'Food, Beverages & Tobacco > Beverages > Coffee',
      '1026': 'Sporting Goods > Outdoor Recreation > Cycling > Bicycles',
      '619': 'Home & Garden > Household Appliances > Vacuums',
      '3287': 'Toys & Games > Toys > Building Toys > Interlocking Blocks',
      '6071': 'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware & Bakeware Combo Sets',
      '7460': 'Sporting Goods > Outdoor Recreation > Hunting & Shooting > Hunting & Shooting Protective Gear',
      '543661': 'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pencils > Writing Pencils > Wooden Pencils',
      '5644': 'Vehicles & Parts > Vehicles > Watercraft > Yachts',
      '3994': 'Arts & Entertainment > Party & Celebration > Party Supplies > Piñatas',
    };
    for (const [id, path] of Object.entries(expected)) expect(taxonomy.pathText(id), id).toBe(path);
  });

  it('has no encoding damage (the public copies carry mojibake such as "PiГ±atas")', () => {
    const damaged = taxonomy.nodes.filter((node) => /[ГÐÃ]|\uFFFD/.test(node.label)).map((n) => `${n.id} ${n.label}`);
    expect(damaged).toEqual([]);
  });

  it('navigates parents and children', () => {
    expect(taxonomy.get('1026')!.parentId).toBe('1025');
    expect(taxonomy.childrenOf('1025').map((n) => n.id)).toContain('1026');
    expect(taxonomy.lineageOf('1026').map((n) => n.label)).toEqual(['Sporting Goods', 'Outdoor Recreation', 'Cycling', 'Bicycles']);
    expect(taxonomy.isWithin('543626', '222')).toBe(true);
    expect(taxonomy.isWithin('543626', '988')).toBe(false);
  });

  it('is loaded once', () => {
    expect(loadGoogleTaxonomy()).toBe(taxonomy);
  });

  it('maps the built-in categories to taxonomy nodes and keeps their string ids valid', () => {
    for (const category of BUILTIN_CATEGORIES) {
      expect(taxonomy.has(BUILTIN_CATEGORY_GOOGLE_IDS[category])).toBe(true);
      expect(isKnownCategory(category)).toBe(true);
    }
    expect(googleCategoryIdOf('headphones')).toBe('543626');
    expect(googleCategoryIdOf('1026')).toBe('1026');
    expect(googleCategoryIdOf('99999999')).toBeUndefined();
    expect(googleCategoryIdOf('road-bikes')).toBeUndefined();
  });

  it('has French labels only for real nodes', () => {
    for (const id of Object.keys(CATEGORY_LABELS_FR)) expect(taxonomy.has(id), id).toBe(true);
    expect(CATEGORY_LABELS_FR['619']!.synonyms).toContain('aspirateur');
  });
});

describe('parseGoogleTaxonomy', () => {
  it('reads the official format', () => {
    const t = parseGoogleTaxonomy('# Google_Product_Taxonomy_Version: 2099-01-01\n1 - A\n2 - A > B\n3 - A > B > C\n');
    expect(t.version).toBe('2099-01-01');
    expect(t.lineageOf('3').map((n) => n.id)).toEqual(['1', '2', '3']);
  });

  it('refuses lines that are not "id - path", duplicates and orphans, naming the line', () => {
    expect(() => parseGoogleTaxonomy('1 - A\nnonsense\n')).toThrow(/line 2/);
    expect(() => parseGoogleTaxonomy('1 - A\n1 - B\n')).toThrow(/appears twice/);
    expect(() => parseGoogleTaxonomy('1 - A\n2 - Z > B\n')).toThrow(MajordomeError);
  });
});
