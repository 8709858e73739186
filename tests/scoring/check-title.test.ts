import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERIOUS_HONESTY_FINDINGS, checkTitle, scoreHonesty, type ScoringNeed } from '../../agent/scoring/index.ts';
import { declaredAttributesOf } from '../../agent/butler/declared-attributes.ts';
import { builtinCategoryAttributes, type AttributeDefinition, type Offer } from '../../protocol/index.ts';
import { NOW, shoeOffer } from './scoring-fixtures.ts';

// A listing that names one value in its own title and states another in its data contradicts itself: the deceptive
// reference brands write the lie into the attributes and keep the maker's title ("… azerty, grey" sold as qwerty).

const laptopAttributes: AttributeDefinition[] = [
  { name: 'keyboard_layout', type: 'enum', values: ['qwerty', 'azerty', 'qwertz'], labels: { en: 'Keyboard layout' }, description: 'Layout of the keys.' },
  { name: 'energy_class', type: 'enum', values: ['A', 'B', 'C', 'D'], labels: { en: 'Energy class' }, description: 'EU energy label.' },
  { name: 'ram_gb', type: 'number', unit: 'GB', labels: { en: 'RAM' }, description: 'Memory.' },
  { name: 'storage_gb', type: 'number', unit: 'GB', labels: { en: 'Storage' }, description: 'Disk.' },
  { name: 'weight_g', type: 'number', unit: 'g', labels: { en: 'Weight' }, description: 'Weight.' },
];

function laptop(title: string, attributes: Offer['product']['attributes']): Offer {
  return shoeOffer({ brandId: 'laptopshop', product: { sku: 'lp-1', gtin: '4063821471790', title, maker: 'Lenovo', category: '328', attributes } });
}

const need = (attributes: string[]): ScoringNeed => ({
  category: '328',
  hardConstraints: attributes.map((attribute) => ({ attribute, op: 'eq' as const, value: 'qwerty' })),
  softPreferences: [],
  quantity: 1,
  budget: { amountMinor: 150_000, currency: 'EUR' },
  currency: 'EUR',
});

const TRUE_TITLE = 'Lenovo IdeaPad Slim 5 14 laptop, 16 GB, 1024 GB, azerty, grey, 1460 g';

describe('an offer read against its own title', () => {
  it('a title naming azerty on an offer stating qwerty is a contradiction, quoted, and lowers that offer’s probability', () => {
    const lie = laptop(TRUE_TITLE, { keyboard_layout: 'qwerty', ram_gb: 16, storage_gb: 1024, weight_g: 1460 });
    const items = checkTitle(lie, laptopAttributes, need(['keyboard_layout']));
    expect(items.map((i) => [i.code, i.attribute])).toEqual([['title-contradicts-offer', 'keyboard_layout']]);
    expect(items[0]!.impact).toBeLessThan(0);
    expect(items[0]!.quote?.text).toContain('azerty');
    const honest = laptop(TRUE_TITLE.replace('azerty', 'qwerty'), { keyboard_layout: 'qwerty', ram_gb: 16, storage_gb: 1024, weight_g: 1460 });
    const scored = (o: Offer) => scoreHonesty({ offer: o, need: need(['keyboard_layout']), now: NOW, attributes: laptopAttributes }).probability;
    expect(scored(lie)).toBeLessThan(scored(honest) - 0.3);
    expect(checkTitle(honest, laptopAttributes, need(['keyboard_layout']))).toEqual([]);
  });

  it('convicts no one: the finding is about this offer, never written to the ledger', () => {
    expect(SERIOUS_HONESTY_FINDINGS.has('title-contradicts-offer')).toBe(false);
  });

  it('reads only what the person asked about, and amounts only when the title gives one per stated attribute in the unit', () => {
    const lie = laptop(TRUE_TITLE, { keyboard_layout: 'qwerty', ram_gb: 32, storage_gb: 2048, weight_g: 1100 });
    // Not asked: nothing read.
    expect(checkTitle(lie, laptopAttributes, need([]))).toEqual([]);
    // Asked about weight: "1460 g" is the title's one amount in grams, the offer states 1100.
    const weight: ScoringNeed = { ...need([]), softPreferences: [{ attribute: 'weight_g', direction: 'lower', weight: 1 }] };
    expect(checkTitle(lie, laptopAttributes, weight).map((i) => i.attribute)).toEqual(['weight_g']);
    // GB names two attributes: "16 GB, 1024 GB" is read against both. Stated RAM 32 and storage 1024: 16 GB is explained
    // by neither, so the RAM is contradicted; with the true RAM stated, both amounts are explained.
    const memory: ScoringNeed = { ...need([]), softPreferences: [{ attribute: 'ram_gb', direction: 'higher', weight: 1 }] };
    const ramLie = laptop(TRUE_TITLE, { keyboard_layout: 'azerty', ram_gb: 32, storage_gb: 1024, weight_g: 1460 });
    expect(checkTitle(ramLie, laptopAttributes, memory).map((i) => [i.attribute, i.data?.titleSays])).toEqual([['ram_gb', '16 GB']]);
    expect(checkTitle(laptop(TRUE_TITLE, { keyboard_layout: 'azerty', ram_gb: 16, storage_gb: 1024, weight_g: 1460 }), laptopAttributes, memory)).toEqual([]);
    // Two lies at once (RAM and storage) leave two unexplained amounts: which is which is not said, so nothing is read.
    expect(checkTitle(lie, laptopAttributes, memory)).toEqual([]);
    // A title with a different count of GB amounts than stated GB attributes is not read at all.
    expect(checkTitle(laptop('Lenovo IdeaPad laptop, 16 GB, azerty', { ram_gb: 32, storage_gb: 1024 }), laptopAttributes, memory)).toEqual([]);
  });

  it('never reads model names as values or amounts: "B14979", "5G", "85h", single letters', () => {
    const phone = laptop('Haier HW90-B14979 5G 85h laptop, azerty', { keyboard_layout: 'azerty', energy_class: 'A', weight_g: 213 });
    const all: ScoringNeed = { ...need([]), softPreferences: ['keyboard_layout', 'energy_class', 'weight_g'].map((attribute) => ({ attribute, direction: 'equals' as const, value: 'x', weight: 1 })) };
    expect(checkTitle(phone, laptopAttributes, all)).toEqual([]);
  });

  it('reads units written as titles write them: attached ("6mm", "1024GB"), a bare degree sign ("0°", "-5°"), a signed amount', () => {
    const bagAttributes: AttributeDefinition[] = [
      { name: 'comfort_temp_c', type: 'number', unit: '°C', labels: { en: 'Comfort temperature' }, description: 'ISO 23537.' },
      { name: 'thickness_mm', type: 'number', unit: 'mm', labels: { en: 'Thickness' }, description: 'Pad.' },
      { name: 'battery_h', type: 'number', unit: 'h', labels: { en: 'Battery' }, description: 'Hours.' },
    ];
    const asked = (attribute: string): ScoringNeed => ({ ...need([]), softPreferences: [{ attribute, direction: 'lower', weight: 1 }] });
    const bag = (title: string, attributes: Offer['product']['attributes']) => laptop(title, attributes);
    // The 10° bag sold as a 0° one: its own title says 10 °C.
    const lie = checkTitle(bag('Forclaz MT500 10° sleeping bag, regular, green', { comfort_temp_c: 0 }), bagAttributes, asked('comfort_temp_c'));
    expect(lie.map((i) => [i.attribute, i.data?.titleSays])).toEqual([['comfort_temp_c', '10 °C']]);
    expect(checkTitle(bag('Forclaz MT500 0° sleeping bag', { comfort_temp_c: 0 }), bagAttributes, asked('comfort_temp_c'))).toEqual([]);
    expect(checkTitle(bag('Forclaz MT900 0°C sleeping bag', { comfort_temp_c: 0 }), bagAttributes, asked('comfort_temp_c'))).toEqual([]);
    // A minus sign belongs to the amount: "-5°" is -5, never 5.
    expect(checkTitle(bag('Forclaz MT900 -5° Down sleeping bag', { comfort_temp_c: -5 }), bagAttributes, asked('comfort_temp_c'))).toEqual([]);
    expect(checkTitle(bag('Forclaz MT900 -5° Down sleeping bag', { comfort_temp_c: 5 }), bagAttributes, asked('comfort_temp_c')).map((i) => i.data?.titleSays)).toEqual(['-5 °C']);
    // Attached multi-letter units are read; a single attached letter is a model name ("85h"), read only after a space.
    expect(checkTitle(bag('Manduka PRO 6mm yoga mat', { thickness_mm: 4 }), bagAttributes, asked('thickness_mm')).map((i) => i.attribute)).toEqual(['thickness_mm']);
    expect(checkTitle(bag('Ultra 7 85h laptop', { battery_h: 10 }), bagAttributes, asked('battery_h'))).toEqual([]);
    expect(checkTitle(bag('Travel laptop, 12 h battery', { battery_h: 10 }), bagAttributes, asked('battery_h')).map((i) => i.attribute)).toEqual(['battery_h']);
    // A hyphen inside a model name is not a sign ("18V-55" is not -55), and digits glued to letters are a model ("MT500").
    expect(checkTitle(bag('Bosch GSR 18V-55 mm drill', { thickness_mm: 55 }), bagAttributes, asked('thickness_mm'))).toEqual([]);
  });

  it('reads a free-text attribute only where the title names it in a part of its own ("…, size S, red")', () => {
    const apparel: AttributeDefinition[] = [
      { name: 'size', type: 'text', labels: { en: 'Size' }, description: 'Size.' },
      { name: 'color', type: 'text', labels: { en: 'Colour' }, description: 'Colour.' },
    ];
    const asked: ScoringNeed = { ...need([]), hardConstraints: [{ attribute: 'size', op: 'eq', value: 'XL' }], softPreferences: [{ attribute: 'color', direction: 'equals', value: 'black', weight: 1 }] };
    const jacket = (title: string, attributes: Offer['product']['attributes']) => laptop(title, attributes);
    // The S jacket sold as an XL one.
    expect(checkTitle(jacket('Columbia Steens Mountain 2.0 Fleece jacket, size S, navy', { size: 'XL' }), apparel, asked).map((i) => [i.attribute, i.data?.titleSays])).toEqual([['size', 's']]);
    expect(checkTitle(jacket('Columbia Steens Mountain 2.0 Fleece jacket, size XL, navy', { size: 'XL' }), apparel, asked)).toEqual([]);
    // A name inside a model name is not a statement; a multi-word value is not read.
    expect(checkTitle(jacket('PocketBook InkPad Color 3 e-reader, black', { color: 'black' }), apparel, asked)).toEqual([]);
    expect(checkTitle(jacket('Emma Original mattress, size 80 x 200 cm', { size: '90 x 200 cm' }), apparel, asked)).toEqual([]);
  });

  it('an honest listing that names its own value beside another is consistent ("road-ready city bike" stating city)', () => {
    const bike = laptop('Riverside road-ready city bike', { bike_type: 'city' });
    const bikeAttributes: AttributeDefinition[] = [{ name: 'bike_type', type: 'enum', values: ['road', 'city', 'mountain'], labels: { en: 'Type' }, description: 'Type.' }];
    expect(checkTitle(bike, bikeAttributes, { ...need([]), softPreferences: [{ attribute: 'bike_type', direction: 'equals', value: 'city', weight: 1 }] })).toEqual([]);
  });

  it('the vocabulary is the offering brand’s own card (or the built-in one), so no other brand can make a title look false', () => {
    const card = { attributeSchemas: [{ category: '328', attributes: laptopAttributes }] };
    expect(declaredAttributesOf(card, '328')?.map((a) => a.name)).toEqual(laptopAttributes.map((a) => a.name));
    expect(declaredAttributesOf({}, 'coffee')?.map((a) => a.name)).toEqual(builtinCategoryAttributes('coffee').attributes.map((a) => a.name));
    expect(declaredAttributesOf({}, '328')).toBeUndefined();
  });

  it('honest listings of the reference catalogs (built-in and open market, every attribute asked) are flagged on ≤ 0.1 % of attribute pairs', () => {
    let pairs = 0;
    let flagged = 0;
    const scan = (dir: string, declared: (d: { category: string; attributeSchema?: AttributeDefinition[] }) => readonly AttributeDefinition[]) => {
      for (const file of readdirSync(dir)) {
        const data = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as { category: string; attributeSchema?: AttributeDefinition[]; products: Array<{ title: string; attributes: Offer['product']['attributes'] }> };
        const attributes = declared(data);
        for (const p of data.products) {
          const offer = shoeOffer({ product: { title: p.title, category: data.category, attributes: p.attributes } });
          pairs += attributes.filter((a) => p.attributes[a.name] !== undefined).length;
          flagged += checkTitle(offer, attributes).length;
        }
      }
    };
    scan('brand-agent/reference/data/products', (d) => builtinCategoryAttributes(d.category as 'coffee').attributes);
    scan('brand-agent/reference/data/open-market/products', (d) => d.attributeSchema ?? []);
    expect(pairs).toBeGreaterThan(10_000);
    expect(flagged / pairs).toBeLessThanOrEqual(0.001);
  });
});

describe('inches read from the inch mark, as titles write screens and wheels', () => {
  const screen: AttributeDefinition[] = [{ name: 'screen_in', type: 'number', unit: 'in', labels: { en: 'Screen' }, description: 'Diagonal.' }];
  const tv = (title: string, screenIn: number) => shoeOffer({ brandId: 'tvshop', product: { sku: 'tv-1', gtin: '8806094991093', title, maker: 'Samsung', category: '404', attributes: { screen_in: screenIn } } });
  const asked: ScoringNeed = { ...need([]), category: '404', hardConstraints: [{ attribute: 'screen_in', op: 'gte', value: 55 }] };

  it('the 50-inch TV sold as a 65-inch one contradicts its own title ("TV, 50\\", black")', () => {
    const items = checkTitle(tv('Samsung QE Q80C TV, 50", black', 65), screen, asked);
    expect(items.map((i) => [i.code, i.attribute, i.data?.titleSays])).toEqual([['title-contradicts-offer', 'screen_in', '50 in']]);
    expect(checkTitle(tv('Samsung QE Q80C TV, 50", black', 50), screen, asked)).toEqual([]);
  });

  it('a straight quote that closes a quotation is no inch mark (\'TV "Series 7" 55"\' gives 55, not 7)', () => {
    expect(checkTitle(tv('Samsung TV "Series 7" 55", black', 55), screen, asked)).toEqual([]);
    const items = checkTitle(tv('Samsung TV "Series 7" 50", black', 65), screen, asked);
    expect(items.map((i) => i.data?.titleSays)).toEqual(['50 in']);
  });

  it('any inch amount reads the same written "in", with the inch mark or the double prime, attached or after a space', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 120 }), fc.integer({ min: 5, max: 120 }), fc.constantFrom(' in', '"', '″', ' "'), (inTitle, stated, mark) => {
        const items = checkTitle(tv(`Some TV, ${inTitle}${mark}, black`, stated), screen, asked);
        expect(items.length).toBe(inTitle === stated ? 0 : 1);
        if (items.length === 1) expect(items[0]!.data?.titleSays).toBe(`${inTitle} in`);
      }),
    );
  });
});
