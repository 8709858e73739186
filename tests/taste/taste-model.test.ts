import { describe, expect, it } from 'vitest';
import { learnTaste, learnedPreferences, TASTE_MODEL, type RatedPurchase } from '../../agent/taste/index.ts';
import { preferenceMatchAt } from '../../agent/decision/index.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2026-06-01T00:00:00Z');
const rated = (attributes: RatedPurchase['attributes'], rating: number, day = 0, category = 'coffee'): RatedPurchase => ({ category, attributes, rating, atMs: T0 + day * DAY });

describe('the taste model learns what the person likes from their ratings', () => {
  it('a style rated above the person’s baseline becomes a preference; one rated below, an aversion', () => {
    const model = learnTaste(
      [rated({ roast: 'dark', origin: 'Peru' }, 5, 0), rated({ roast: 'dark', origin: 'Kenya' }, 5, 1), rated({ roast: 'light', origin: 'Peru' }, 1, 2), rated({ roast: 'light', origin: 'Kenya' }, 2, 3)],
      'coffee',
      T0 + 4 * DAY,
    );
    const none = new Set<string>();
    const dark = learnedPreferences(model, { roast: 'dark', weight_g: 500 }, none);
    const light = learnedPreferences(model, { roast: 'light', weight_g: 500 }, none);
    expect(dark).toHaveLength(1); // numbers are never taste values
    expect(dark[0]!.score).toBeGreaterThan(model.baseline);
    expect(light[0]!.score).toBeLessThan(model.baseline);
    const stated = { weight: 1, weightedScore: 0.6 };
    expect(preferenceMatchAt(stated, dark)).toBeGreaterThan(0.6);
    expect(preferenceMatchAt(stated, light)).toBeLessThan(0.6);
  });

  it('having merely bought a value is no reason to prefer it: values rated like everything else move nothing', () => {
    const model = learnTaste([rated({ roast: 'dark' }, 4), rated({ roast: 'medium' }, 4), rated({ roast: 'light' }, 4)], 'coffee', T0 + DAY);
    for (const roast of ['dark', 'medium', 'light']) {
      const learned = learnedPreferences(model, { roast }, new Set());
      expect(preferenceMatchAt({ weight: 1, weightedScore: 0.5 }, learned)).toBeCloseTo(0.5, 1);
    }
    // A value never rated adds nothing at all.
    expect(learnedPreferences(model, { roast: 'espresso-blend' }, new Set())).toEqual([]);
  });

  it('never speaks for what the person said: constrained or stated attributes are theirs', () => {
    const model = learnTaste([rated({ roast: 'dark', form: 'beans' }, 5), rated({ roast: 'light', form: 'ground' }, 1)], 'coffee', T0 + DAY);
    expect(learnedPreferences(model, { roast: 'dark', form: 'beans' }, new Set(['roast'])).map((p) => p.attribute)).toEqual(['form']);
  });

  it('is per category, forgets with the half-life, and ignores ratings out of range', () => {
    const purchases = [rated({ color: 'red' }, 5, 0, 'running-shoes'), rated({ color: 'red' }, 9, 0, 'running-shoes'), rated({ color: 'red' }, 1, 0, 'headphones')];
    const shoes = learnTaste(purchases, 'running-shoes', T0);
    expect(shoes.values.get('color=red')).toMatchObject({ liked: 1, disliked: 0 });
    const later = learnTaste(purchases, 'running-shoes', T0 + TASTE_MODEL.halfLifeMs);
    expect(later.values.get('color=red')!.liked).toBeCloseTo(0.5, 12);
  });

  it('the weight of a learned value grows with the ratings behind it', () => {
    const once = learnTaste([rated({ roast: 'dark' }, 5), rated({ roast: 'light' }, 1)], 'coffee', T0);
    const often = learnTaste([...Array.from({ length: 8 }, (_, i) => rated({ roast: 'dark' }, 5, i)), ...Array.from({ length: 8 }, (_, i) => rated({ roast: 'light' }, 1, i))], 'coffee', T0 + 8 * DAY);
    const w = (m: typeof once) => learnedPreferences(m, { roast: 'dark' }, new Set())[0]!.weight;
    expect(w(often)).toBeGreaterThan(w(once));
    expect(w(often)).toBeLessThan(1);
  });
});
