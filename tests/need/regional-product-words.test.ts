import { describe, expect, it } from 'vitest';
import { readNeedOrPartial } from './unseen-requests-judge.ts';

// Products named by regional words (reqfix35, requests18's regional family): Swiss, Québec and British words for a
// phone, a washing machine, a vacuum, a hair dryer, a television, a rain jacket and a stroller. Requests of our own,
// none from a blind table; each fails on main (332405d), where they are refused (or asked which product).

/** The category read (a kind question's pending need counts: "which kind of stroller?" is about strollers). */
const category = (text: string): string | undefined => readNeedOrPartial(text).category;

describe('a product named by a regional word', () => {
  it('reads Swiss and Québec French words as the product they name', () => {
    expect(category('Mon natel a un écran fissuré, il m’en faut un avec 256 Go')).toBe('267');
    expect(category('Je veux un cellulaire reconditionné, pas Samsung')).toBe('267');
    expect(category('Une laveuse à chargement frontal, 8 kg')).toBe('2549');
    expect(category('Une balayeuse sans sac pour les poils de chat')).toBe('619');
    expect(category('Un séchoir à cheveux qui ne fait pas trop de bruit')).toBe('490');
  });

  it('reads British words as the product they name', () => {
    expect(category('a telly for the bedroom, 32 inch')).toBe('404');
    expect(category('a packable cagoule for festivals, size M')).toBe('5598');
    expect(category('a pushchair with a big basket for the shopping')).toBe('568');
  });
});
