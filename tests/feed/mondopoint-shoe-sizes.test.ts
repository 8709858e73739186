import { describe, expect, it } from 'vitest';
import { formatFeedReport, parseFeedText } from '../../brand-agent/feed/index.ts';
import { shoeSizeScaleOf } from '../../brand-agent/feed/feed-shoe-size.ts';
import { withShoeSize } from '../../brand-agent/feed/feed-entry.ts';
import { SHOP_TERMS, servedEntry } from './feed-options.ts';

const HEADER = 'id\ttitle\tprice\tgoogle_product_category\tsize\tsize_system';
const feedOf = (...rows: string[]) => parseFeedText([HEADER, ...rows].join('\n'), { ...SHOP_TERMS, currency: 'JPY' });

// On main (86050b1) a Japanese shop's "26.5" (a foot length in cm) was served as size_eu 26.5, a toddler's size: a
// request for EU 42 never found it, and nothing in the import report said how the sizes were read.
describe('shoe sizes written as foot lengths in cm (Mondopoint, as Japanese shops size shoes)', () => {
  it('reads a file whose shoe sizes run 22.0–30.0 as cm, serves the EU size each fits, and says so in the report', () => {
    const feed = feedOf('J1\tランニングシューズ\t12800 JPY\t187\t26.5\t', 'J2\tランニングシューズ\t12800 JPY\t187\t24.0\t', 'J3\tランニングシューズ\t12800 JPY\t187\t28.0\t', 'J4\tパーカー\t6800 JPY\t5598\t30\t');
    expect(servedEntry(feed, 'J1').product.attributes).toMatchObject({ size: '26.5', size_eu: 42, size_cm: 26.5 });
    expect(servedEntry(feed, 'J1').claims).toContainEqual({ attribute: 'size_eu', asserted: 42 });
    expect(servedEntry(feed, 'J2').product.attributes).toMatchObject({ size_eu: 38, size_cm: 24 });
    expect(servedEntry(feed, 'J3').product.attributes).toMatchObject({ size_eu: 44, size_cm: 28 });
    // A hoodie's 30 is no shoe size, whatever the file's shoes are.
    expect(servedEntry(feed, 'J4').product.attributes.size_eu).toBeUndefined();
    const report = formatFeedReport(feed).join('\n');
    expect(report).toContain('row 2, size: the file states no size system and its shoe sizes run 24.0–28.0');
    expect(report).toContain('read as centimetres (Mondopoint');
    expect(report).toContain('26.5 cm → EU 42');
  });

  it('reads cm where a row says so (size_system JP, "25.5 cm"), even among EU sizes', () => {
    const feed = feedOf('E1\tTrail shoe\t12800 JPY\t187\t43\t', 'E2\tTrail shoe\t12800 JPY\t187\t25.5\tJP', 'E3\tTrail shoe\t12800 JPY\t187\t25.5 cm\t');
    expect(servedEntry(feed, 'E1').product.attributes).toMatchObject({ size_eu: 43 });
    expect(servedEntry(feed, 'E1').product.attributes.size_cm).toBeUndefined();
    for (const sku of ['E2', 'E3']) expect(servedEntry(feed, sku).product.attributes).toMatchObject({ size_eu: 40.5, size_cm: 25.5 });
  });

  it('keeps EU sizes EU: an adult range, whole children\'s sizes, a size system other than EU', () => {
    expect(shoeSizeScaleOf([{ size: '42.5' }, { size: '43' }])).toBe('eu');
    expect(shoeSizeScaleOf([{ size: '26' }, { size: '28' }])).toBe('eu');
    expect(shoeSizeScaleOf([{ size: '26.5' }, { size: '38' }])).toBe('eu');
    expect(shoeSizeScaleOf([{ size: '26.5' }, { size: '27.0' }])).toBe('cm');
    const feed = feedOf('K1\tKids shoe\t4800 JPY\t187\t26\t', 'K2\tKids shoe\t4800 JPY\t187\t28\t');
    expect(servedEntry(feed, 'K1').product.attributes).toMatchObject({ size_eu: 26 });
    expect(formatFeedReport(feed).join('\n')).not.toContain('Mondopoint');
  });
});

// The feed's scale is known only once every row's category is: each shoe row's size is stated once, from the size as
// the row wrote it. A size converted twice would show in a child's file: 12.0 cm is EU 20, and 20 read again as cm is 32.
describe('a shoe size is converted once', () => {
  it("serves a child's cm sizes as the EU sizes they fit, not those sizes read as cm again", () => {
    const feed = feedOf('C1\tキッズシューズ\t3800 JPY\t187\t12.0\t', 'C2\tキッズシューズ\t3800 JPY\t187\t13.5\t', 'C3\tキッズシューズ\t3800 JPY\t187\t15.0\t');
    expect(['C1', 'C2', 'C3'].map((sku) => servedEntry(feed, sku).product.attributes.size_eu)).toEqual([20, 22.5, 24.5]);
    expect(servedEntry(feed, 'C1').claims!.filter((c) => c.attribute === 'size_eu')).toEqual([{ attribute: 'size_eu', asserted: 20 }]);
  });

  it('states the size of an entry that already has it as it is (withShoeSize is idempotent)', () => {
    const feed = feedOf('C1\tキッズシューズ\t3800 JPY\t187\t12.0\t', 'C2\tキッズシューズ\t3800 JPY\t187\t13.5\t');
    const entry = servedEntry(feed, 'C1');
    const again = withShoeSize(entry, { size: '12.0' }, 'cm').entry;
    expect(again.product.attributes).toEqual(entry.product.attributes);
    expect(again.claims).toEqual(entry.claims);
  });
});

// On main (8ed1cf4) a Korean shop's "250" (a foot length in mm) was no shoe size at all: a request for EU 39.5 never
// found it, and the report said nothing.
describe('shoe sizes written as foot lengths in mm (as Korean shops size shoes)', () => {
  it('reads 220–300 in steps of 5 as mm, beside JP cm and EU sizes, and says so once', () => {
    const feed = feedOf(
      'K1\t러닝화\t12800 JPY\t187\t250\t',
      'K2\t러닝화\t12800 JPY\t187\t275\t',
      'K3\t러닝화\t12800 JPY\t187\t230mm\t',
      'K4\t러닝화\t12800 JPY\t187\t265\tKR',
      'J1\tランニングシューズ\t12800 JPY\t187\t26.5\tJP',
      'E1\tTrail shoe\t12800 JPY\t187\t43\t',
    );
    expect(servedEntry(feed, 'K1').product.attributes).toMatchObject({ size: '250', size_eu: 39.5, size_cm: 25 });
    expect(servedEntry(feed, 'K2').product.attributes).toMatchObject({ size_eu: 43.5, size_cm: 27.5 });
    expect(servedEntry(feed, 'K3').product.attributes).toMatchObject({ size_eu: 36.5, size_cm: 23 });
    expect(servedEntry(feed, 'K4').product.attributes).toMatchObject({ size_eu: 42, size_cm: 26.5 });
    expect(servedEntry(feed, 'J1').product.attributes).toMatchObject({ size_eu: 42, size_cm: 26.5 });
    expect(servedEntry(feed, 'E1').product.attributes).toMatchObject({ size_eu: 43 });
    expect(servedEntry(feed, 'E1').product.attributes.size_cm).toBeUndefined();
    const report = formatFeedReport(feed).join('\n');
    expect(report.match(/millimetres/g)).toHaveLength(1);
    expect(report).toContain('row 2, size: shoe sizes written 230–275 are foot lengths in millimetres');
    expect(report).not.toContain('Mondopoint');
  });

  it('leaves what is no millimetre size alone: off the 5 mm step, beyond a foot, written EU, or not a shoe', () => {
    const feed = feedOf('X1\tShoe\t12800 JPY\t187\t252\t', 'X2\tShoe\t12800 JPY\t187\t350\t', 'X3\tShoe\t12800 JPY\t187\t250\tEU', 'X4\tHoodie\t12800 JPY\t5598\t250\t');
    for (const sku of ['X1', 'X2', 'X3', 'X4']) expect(servedEntry(feed, sku).product.attributes.size_eu).toBeUndefined();
    expect(formatFeedReport(feed).join('\n')).not.toContain('millimetres');
  });
});
