import { describe, expect, it } from 'vitest';
import { euSizeOfFootLength } from '../../protocol/index.ts';
import { readNeed as read } from './unseen-requests-judge.ts';

// Shoe sizes said in another system (openworld24): foot lengths in mm or cm (Korean and Japanese sizing), the US system
// named before the size word, and women's US sizes. Each request fails on 8ed1cf4.

const size = (text: string) => read(text).hardConstraints.find((c) => c.attribute === 'size_eu')?.value;

describe('foot lengths (Mondopoint) are the EU size they fit, on the chart the feed importer uses', () => {
  it('reads "260 mm", "사이즈 265", "JP 26.5" and "26.5 cm" through protocol\'s foot-length chart', () => {
    expect(size('running shoes 260 mm')).toBe(euSizeOfFootLength(26));
    expect(size('chaussures de running 사이즈 265')).toBe(euSizeOfFootLength(26.5));
    expect(size('running shoes JP 26.5')).toBe(42);
    expect(size('running shoes 26.5 cm')).toBe(42);
  });

  it('leaves a drop in mm to the measure reader and never reads a foot length as money', () => {
    const need = read('running shoes 8mm drop size 43');
    expect(size('running shoes 8mm drop size 43')).toBe(43);
    expect(need.softPreferences).toContainEqual(expect.objectContaining({ attribute: 'drop_mm', value: 8 }));
    expect(read('running shoes 270 mm').budget).toBeUndefined();
  });
});

describe('US and UK sizes with the system named', () => {
  it('reads "US size 10" and "US men\'s 10" as US (not a guess, not 10 euros)', () => {
    expect(size('trail shoes US size 10')).toBe(44);
    const mens = read("trail shoes US men's 10");
    expect(mens.hardConstraints).toContainEqual({ attribute: 'size_eu', op: 'eq', value: 44 });
    expect(mens.budget).toBeUndefined();
    expect(size('taille US 9, chaussures de trail')).toBe(42.5);
    expect(size('running shoes UK 8.5')).toBe(43);
  });

  it('reads a women\'s US size on the women\'s chart (one and a half above men\'s)', () => {
    expect(size("women's trail shoes US 8")).toBe(39);
    expect(size('trail shoes US W8')).toBe(39);
    expect(size("trail shoes US women's 8")).toBe(39);
  });
});
