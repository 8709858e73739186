import { describe, expect, it } from 'vitest';
import { shopCategoryMapper } from '../../brand-agent/feed/index.ts';

describe("mapping a shop's own category words to the Google taxonomy", () => {
  const map = shopCategoryMapper();

  it('takes a Google id or path as written, and a segment the taxonomy names, silently', () => {
    expect(map(['1026'], undefined)).toEqual({ ok: true, category: '1026' });
    expect(map(['Home & Garden > Decor > Home Fragrances > Candles'], undefined)).toEqual({ ok: true, category: '588' });
    expect(map(['Kitchen > Mugs'], 'Stoneware mug')).toEqual({ ok: true, category: '2169' });
    expect(map(['Bicycles > Road bikes'], undefined)).toEqual({ ok: true, category: '1026' });
  });

  it('prefers the node whose label is exactly the words ("Candles" is Candles, not Candle & Oil Warmers; "Kitchen" is Kitchen & Dining)', () => {
    expect(map(['Candles'], undefined)).toEqual({ ok: true, category: '588' });
    expect(map(['Kitchen > Whatnots'], 'Porcelain whatnot')).toMatchObject({ ok: true, category: '638' });
    // "Teapots", two words typed as one, names "Coffee Servers & Tea Pots" itself.
    expect(map(['Kitchen > Teapots'], 'Porcelain teapot')).toMatchObject({ ok: true, category: '652' });
  });

  it('reads a lone word before a longer last alternative of a label as its modifier ("Sports & Energy Drinks" names no "sport")', () => {
    // A vague parent segment must not pull a specific one into another branch: "Sport" is the modifier in "Sports &
    // Energy Drinks" (sports drinks), so "Sport > Tents" is tents and "Sport" alone no drink.
    expect(map(['Sport > Tents'], 'Dome tent for two')).toEqual({ ok: true, category: '1022' });
    const sport = map(['Sport'], undefined);
    expect(sport.ok && sport.category).not.toBe('5723');
    // Alternatives that are words alike keep reading alone, a lone last word is a head noun, and the restored words
    // still name their node.
    expect(map(['Kitchen > Teapots'], 'Porcelain teapot')).toMatchObject({ ok: true, category: '652' });
    expect(map(['Stools'], undefined)).toMatchObject({ ok: true });
    expect(map(['Energy Drinks'], undefined)).toEqual({ ok: true, category: '5723' });
    expect(map(['Sports Drinks'], undefined)).toEqual({ ok: true, category: '5723' });
  });

  it('reads the last two segments as one label when they are one ("Bicycles > Accessories" is Bicycle Accessories)', () => {
    const mapped = map(['Bicycles > Accessories'], 'Bottle cage');
    expect(mapped.ok && mapped.note).toBeFalsy();
    expect(mapped.ok && mapped.category).not.toBe('1026');
  });

  it('serves under a broader segment with a note, refined by the title when it names a node inside it', () => {
    expect(map(['Clothing > Hoodies'], 'Merino hoodie')).toEqual({
      ok: true,
      category: '1604',
      note: 'no Google product category names "Hoodies" (in "Clothing > Hoodies"); served under the broader "Apparel & Accessories > Clothing"',
    });
    expect(map(['Clothing > Tees'], 'V-Neck T-Shirt')).toMatchObject({ ok: true, category: '212', note: expect.stringContaining('which the title names') });
    // A name typed closed up ("Tshirts" for "T-shirts") is that name: served there silently.
    expect(map(['Clothing > Tshirts'], 'V-Neck T-Shirt')).toEqual({ ok: true, category: '212' });
  });

  it('never serves silently under a whole top-level branch', () => {
    expect(map(['Accessories'], 'Leather belt')).toMatchObject({ ok: true, category: '169', note: expect.stringContaining('names only a top-level Google category') });
  });

  it("uses the title only when its head noun names the node, and the shop's --category before it", () => {
    expect(map([], 'Gift card')).toMatchObject({ ok: true, category: '53' });
    // "Linen tote bag" is a bag, not linens; "Gift wrap service" is no tortilla wrap.
    expect(map(['Uncategorized'], 'Linen tote bag')).toMatchObject({ ok: false });
    expect(map([], 'Gift wrap service')).toMatchObject({ ok: false });
    expect(shopCategoryMapper('2169')(['Uncategorized'], 'Gift card')).toMatchObject({ ok: true, category: '2169', note: expect.stringContaining('--category 2169') });
    expect(shopCategoryMapper('2169')([], 'Mystery box')).toEqual({ ok: true, category: '2169' });
  });

  it('says why when nothing maps', () => {
    expect(map(['Thingamajigs'], 'Mystery box')).toEqual({
      ok: false,
      why: '"Thingamajigs" names no Google product category, nor does the title; give a product type the Google taxonomy names (e.g. "Mugs", "Road bikes") or --category <Google id>',
    });
  });
});

describe("a shop category path's segments narrow one another", () => {
  const map = shopCategoryMapper();

  it('does not take a last segment naming a node in another top-level branch than the segment above it ("Shoes > Trail" is no trail mix)', () => {
    expect(map(['Shoes > Trail'], 'Trailrunner X')).toEqual({
      ok: true,
      category: '187',
      note: '"Trail" names "Food, Beverages & Tobacco > Food Items > Snack Foods > Trail & Snack Mixes", outside the rest of "Shoes > Trail"; served under the broader "Apparel & Accessories > Shoes"',
    });
    // Within one branch the last segment is taken as before.
    expect(map(['Kitchen > Mugs'], undefined)).toEqual({ ok: true, category: '2169' });
    expect(map(['Clothing > Shoes'], undefined)).toEqual({ ok: true, category: '187' });
  });
});

describe('a product listed under a category path and its ancestors', () => {
  it('is filed by the deepest path, whatever order the shop lists them in (Magento, WooCommerce list both)', () => {
    const map = shopCategoryMapper();
    expect(map(['Kitchen', 'Kitchen > Mugs'], undefined)).toEqual({ ok: true, category: '2169' });
    expect(map(['Kitchen > Mugs', 'Kitchen'], undefined)).toEqual({ ok: true, category: '2169' });
    expect(map(['Clothing', 'Clothing > Hoodies'], 'Merino hoodie')).toEqual(map(['Clothing > Hoodies'], 'Merino hoodie'));
    // A path that is not an ancestor is kept: the first that maps still wins.
    expect(map(['Candles', 'Kitchen > Mugs'], undefined)).toEqual({ ok: true, category: '588' });
  });
});

describe("an ambiguous path word yields to the product's own words", () => {
  const map = shopCategoryMapper();

  it('reads a word naming its node only as a lone last alternative ("Equipment" in "Reloading Supplies & Equipment") after the title', () => {
    // A coffee shop's "Equipment" is no gun-reloading gear when the product's title names what it is.
    expect(map(['Equipment'], 'Burr coffee grinder')).toMatchObject({ ok: true, category: '734', note: expect.stringContaining('which the title names') });
    expect(map(['Brewing > Equipment'], 'Gooseneck kettle')).toMatchObject({ ok: true, category: '751' });
    // "Stools" is still a head noun of its own ("Folding Chairs & Stools" names no other stool).
    expect(map(['Stools'], undefined)).toMatchObject({ ok: true });
  });

  it('does not take a last segment naming a node unrelated to the segment above it ("Coffee > Beans" is coffee, not vegetables)', () => {
    expect(map(['Coffee > Beans'], 'Colombia Huila single origin')).toMatchObject({ ok: true, category: '1868', note: expect.stringContaining('outside the rest of "Coffee > Beans"') });
    expect(map(['Roastery > Coffee > Beans'], undefined)).toMatchObject({ ok: true, category: '1868' });
    // Related nodes are still taken as written: scarves are clothing accessories, shoes sit beside clothing.
    expect(map(['Clothing > Scarves'], 'Wool scarf')).toEqual({ ok: true, category: '543673' });
    expect(map(['Clothing > Shoes'], undefined)).toEqual({ ok: true, category: '187' });
    expect(map(['Beans'], undefined)).toMatchObject({ ok: true, category: expect.not.stringMatching(/^1868$/) });
  });
});

describe("a title's head noun before its model code, amount or aside", () => {
  const map = shopCategoryMapper();

  it('reads the head noun before a trailing model code or amount, and past a bracketed aside', () => {
    expect(map([], 'Acme Serie 6 Dishwasher SMS6ZCI49E')).toMatchObject({ ok: true, category: '680' });
    expect(map([], 'Acme 139 cm (55 inches) Smart LED TV QX-55A7')).toMatchObject({ ok: true, category: '404' });
    expect(map([], 'Trail flask 500 ml')).toMatchObject({ ok: true, category: '1444' });
    // A lone word before a code is the product's name, not its kind.
    expect(map([], 'Model X-200')).toMatchObject({ ok: false });
  });

  it('reads a head noun naming several nodes equally as their closest common node ("Pressure Cooker": cookers and their accessories)', () => {
    expect(map([], 'Acme Aluminium Pressure Cooker')).toMatchObject({ ok: true, category: '6070' });
  });
});
