import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A product described by what it is for, read from the catalogue's own words (no list of verbs): each expectation fails
// on main (30aa7ea).

describe('a product described by its use', () => {
  it('is read from what the description acts on when no brand uses its verb, never as the thing acted on', () => {
    // "boil" is in no brand's words; "water" and "tea" are in the kettles' ("Water capacity", "… (tea, baby milk)"),
    // while Tea & Infusions is the tea itself: what is boiled for, not the product.
    expect(read('a device to boil water for my tea, under 60 euros').category).toBe('751');
  });

  it('is not overruled by a kind value said elsewhere in the request', () => {
    // "black" is a declared tea type, but here a colour to avoid: the described helmet stays.
    expect(read('something to protect my head on a road bike, anything but black').category).toBe('1029');
  });

  it('reads a figure of a dimension only a yes/no feature names as that feature', () => {
    // Kettles declare no temperature figure, but a "Temperature control" (Réglage de température).
    expect(read('an electric kettle that goes to 90 °C').hardConstraints).toContainEqual({ attribute: 'temperature_control', op: 'eq', value: true });
    expect(read('une bouilloire pour faire du thé à 70 degrés').hardConstraints).toContainEqual({ attribute: 'temperature_control', op: 'eq', value: true });
  });
});
