import { describe, expect, it } from 'vitest';
import { formatFeedReport, parseFeedText } from '../../brand-agent/feed/index.ts';
import { shoeSizeScaleOf } from '../../brand-agent/feed/feed-shoe-size.ts';
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
