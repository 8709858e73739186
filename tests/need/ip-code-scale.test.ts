import { describe, expect, it } from 'vitest';
import { ipCodeReadingsOf } from '../../agent/need/ip-code-scale.ts';
import type { AttributeDefinition } from '../../protocol/index.ts';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// "étanche"/"waterproof" on an attribute whose values are IP codes (openworld24; requests7's speaker row). The
// requests below fail on 8ed1cf4, where the words were reported as not understood.

const ip = (values: string[]): AttributeDefinition => ({ name: 'ingress', type: 'enum', values, labels: { en: 'Rating' }, description: 'Ingress protection' });
const valuesFor = (attr: AttributeDefinition, phrase: string): readonly string[] | undefined => ipCodeReadingsOf(attr)?.find((r) => r.phrases.includes(phrase))?.values;

describe('an IP-code scale read from the schema alone', () => {
  it('maps "waterproof" onto every value rated for immersion, "water resistant" onto every value rated for splashing', () => {
    const watch = ip(['IP54', 'IPX7', 'IP68', 'none']);
    expect(valuesFor(watch, 'waterproof')).toEqual(['IPX7', 'IP68']);
    expect(valuesFor(watch, 'etanche')).toEqual(['IPX7', 'IP68']);
    expect(valuesFor(watch, 'water resistant')).toEqual(['IP54', 'IPX7', 'IP68']);
    // A typed code accepts as much water or more, and as much dust when it rates dust (IPX7 rates none).
    expect(valuesFor(watch, 'ipx5')).toEqual(['IPX7', 'IP68']);
    expect(valuesFor(watch, 'ip67')).toEqual(['IP68']);
  });

  it('gives no "waterproof" when no declared value is rated for immersion, and nothing for another enum', () => {
    expect(valuesFor(ip(['none', 'IPX4']), 'waterproof')).toBeUndefined();
    expect(ipCodeReadingsOf({ name: 'size', type: 'enum', values: ['S', 'M', 'L'], labels: { en: 'Size' }, description: 'Size' })).toBeUndefined();
    expect(ipCodeReadingsOf({ name: 'rating', type: 'enum', values: ['none', 'basic'], labels: { en: 'Rating' }, description: 'Rating' })).toBeUndefined();
  });
});

describe('a request for the demo market speakers (none / IPX4 / IP67)', () => {
  it('reads "étanche", "waterproof", "IPX7" as IP67 and "splash proof" as IPX4 or better', () => {
    for (const text of ['enceinte bluetooth étanche', 'waterproof speaker', 'speaker IPX7']) {
      expect(read(text).hardConstraints, text).toContainEqual({ attribute: 'water_resistance', op: 'eq', value: 'IP67' });
    }
    expect(read('splash proof speaker').hardConstraints).toContainEqual({ attribute: 'water_resistance', op: 'in', value: ['IPX4', 'IP67'] });
    expect(read('portable speaker, ideally waterproof').softPreferences).toContainEqual(expect.objectContaining({ attribute: 'water_resistance', value: 'IP67' }));
  });
});
