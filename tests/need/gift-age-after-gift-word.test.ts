import { describe, expect, it } from 'vitest';
import type { Understanding } from '../../agent/need/index.ts';
import { readUnseen } from './unseen-requests-judge.ts';

const read = (text: string): Understanding => readUnseen({ text, lang: 'fr', expect: '' });
const ageOf = (u: Understanding): number | undefined => (u.kind === 'need' ? u.need.recipient?.ageYears : u.kind === 'clarify' ? u.partial.recipient?.ageYears : undefined);

describe('an age said right after a gift word or its occasion', () => {
  it('is whom the present is for ("cadeau anniversaire 10 ans", "idée cadeau 12 ans", "cadeau noël 7 ans")', () => {
    // 544acdb read each age; since 77ad3dc ("garantie 12 ans" is no age) any word before it made it a measure nobody declares.
    expect(ageOf(read('cadeau anniversaire 10 ans'))).toBe(10);
    expect(ageOf(read('idée cadeau 12 ans'))).toBe(12);
    expect(ageOf(read('cadeau noël 7 ans'))).toBe(7);
  });

  it('a duration of the product is still no age ("tente garantie 2 ans")', () => {
    expect(ageOf(read('tente garantie 2 ans'))).toBeUndefined();
  });
});
