import { describe, expect, it } from 'vitest';
import { understandNeedText, type PartialNeed, type Understanding } from '../../agent/need/index.ts';
import { DEMO_MARKET } from './unseen-requests-judge.ts';

const now = new Date('2026-12-01T10:00:00Z');
const read = (text: string) => understandNeedText(text, { now, defaultCurrency: 'EUR', market: DEMO_MARKET });
const needOf = (u: Understanding): PartialNeed | undefined => (u.kind === 'need' ? u.need : u.kind === 'clarify' ? u.partial : undefined);
const rules = (u: Understanding) => [...(needOf(u)?.hardConstraints ?? []), ...(needOf(u)?.softPreferences ?? [])];

// A comparative asks for what its adjective asks for ("quieter" as "quiet"), and what the product is compared with
// ("than our old Miele") is the thing the person has: its maker is no preference.
describe('comparatives', () => {
  it('reads an English comparative as its adjective', () => {
    const washer = read('a front loading washing machine, much quieter than the one we have now');
    expect(rules(washer)).toContainEqual(expect.objectContaining({ attribute: 'noise_db', direction: 'lower' }));
    const tent = read('a lighter tent for two people');
    expect(rules(tent)).toContainEqual(expect.objectContaining({ attribute: 'weight_kg', direction: 'lower' }));
    const mattress = read('a mattress 140 wide, firmer please');
    expect(rules(mattress)).toContainEqual(expect.objectContaining({ attribute: 'firmness', value: 'firm' }));
  });

  it('takes no maker from what the product is compared with', () => {
    const vacuum = read('a stick vacuum, quieter than my old Rowenta');
    expect(rules(vacuum).filter((r) => r.attribute === 'maker')).toEqual([]);
    const headphones = read('wireless headphones that sound better than my Sony ones');
    expect(rules(headphones).filter((r) => r.attribute === 'maker')).toEqual([]);
    const tent = read('une tente plus légère que ma vieille Quechua');
    expect(rules(tent).filter((r) => r.attribute === 'maker')).toEqual([]);
  });

  it('keeps the figure said for the attribute a comparative or its adjective is about', () => {
    for (const text of ['a phone for my dad: the smaller 6.3 inch screen, 128 GB', 'a phone with a 6.3 inch screen, small']) {
      expect(needOf(read(text))?.softPreferences, text).toContainEqual(expect.objectContaining({ attribute: 'screen_in', direction: 'equals', value: 6.3 }));
    }
  });

  it('still reads a maker the person names outside a comparison', () => {
    const vacuum = read('a Shark stick vacuum, quieter than my old Rowenta');
    expect(rules(vacuum)).toContainEqual(expect.objectContaining({ attribute: 'maker', value: 'Shark' }));
  });
});
