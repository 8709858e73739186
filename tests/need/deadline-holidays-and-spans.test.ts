import { describe, expect, it } from 'vitest';
import { understandNeedText } from '../../agent/need/index.ts';
import { DEMO_MARKET } from './unseen-requests-judge.ts';

// Deadlines said by the holiday a present is for, by "le réveillon", by "d'ici" and a span, and a bound after the day.
// On main (8e17732) "for Christmas"/"pour Noël"/"for Xmas Eve" set no deadline (the occasion word was the gift
// reader's alone), "le réveillon" was no date, "d'ici deux semaines" was no deadline ("d'ici" took only a day), and
// "au plus tard" after a date was left as not understood.

const MONDAY_7_DEC = new Date('2026-12-07T08:00:00Z');

function read(text: string): { deadline: string | undefined; notUnderstood: readonly string[] } {
  const u = understandNeedText(text, { now: MONDAY_7_DEC, defaultCurrency: 'EUR', market: DEMO_MARKET });
  if (u.kind === 'unsupported') throw new Error(`${text}: ${u.message}`);
  const need = u.kind === 'need' ? u.need : u.partial;
  return { deadline: need.deadline?.slice(0, 10), notUnderstood: u.notUnderstood };
}

describe('deadlines said by a holiday, a span or a bound after the day', () => {
  it('reads a present for a holiday as a deadline the day before it at the latest', () => {
    expect(read('Wireless headphones for my nephew for Christmas, under 90 euros').deadline).toBe('2026-12-24');
    expect(read('Un casque vélo pour ma nièce, pour Noël, 50 € max').deadline).toBe('2026-12-24');
    expect(read('A yoga mat for my wife for Xmas').deadline).toBe('2026-12-24');
    expect(read('A blender for Christmas Eve, under 120 euros').deadline).toBe('2026-12-24');
  });

  it('reads "le réveillon" as Christmas Eve unless the New Year\'s one is named', () => {
    expect(read('Une bouilloire en inox, livrée avant le réveillon').deadline).toBe('2026-12-24');
    expect(read('Un jeu de société pour le réveillon, 40 € max').deadline).toBe('2026-12-24');
    expect(read('Une enceinte portable pour le réveillon du nouvel an').deadline).toBe('2026-12-31');
  });

  it('reads "d\'ici" before a span as within it, and still before a day', () => {
    expect(read('Un vélo de ville électrique, d\'ici deux semaines').deadline).toBe('2026-12-21');
    expect(read('Une tente 3 places d\'ici 10 jours').deadline).toBe('2026-12-17');
    expect(read('Une tente 3 places d\'ici vendredi').deadline).toBe('2026-12-11');
  });

  it('claims a latest-bound said after the day', () => {
    const late = read('Une bouilloire électrique, livrée le 16/12 au plus tard');
    expect(late.deadline).toBe('2026-12-16');
    expect(late.notUnderstood).toEqual([]);
    expect(read('A glass kettle, the 16th at the latest').notUnderstood).toEqual([]);
  });

  it('leaves an occasion no date names to the present alone', () => {
    expect(read('A kettle for her birthday').deadline).toBeUndefined();
  });
});
