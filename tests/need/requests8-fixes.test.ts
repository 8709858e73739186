import { describe, expect, it } from 'vitest';
import { categoryOf, readNeedOrPartial as read, readRequest } from './unseen-requests-judge.ts';

// Failure families of the requests8 blind set (openworld24): each expectation fails on 8ed1cf4.

describe('an English "the" is no French "thé"', () => {
  it('does not read "for the car" or "before the cold snap" as tea; "thé" and a French "the" still are', () => {
    expect(categoryOf(readRequest('handheld vacum for the car under 1 kg 80$'))).toBe('619');
    expect(categoryOf(readRequest('a phone case for the car'))).not.toBe('2073');
    expect(categoryOf(readRequest('thé vert bio'))).toBe('2073');
    expect(categoryOf(readRequest('the vert bio pour ma mere'))).toBe('2073');
  });
});

describe('which kind, weights and counts', () => {
  it('still asks which kind of bike when only "new" was said', () => {
    expect(categoryOf(readRequest('I need a new bike, around 900 euros'))).toBe('ask:bike_type');
  });

  it('reads "pas trop lourd", "not too heavy", "rien de trop lourd" as lighter', () => {
    for (const text of ['vélo de ville électrique, pas trop lourd', 'a tent, not too heavy', 'une tente, rien de trop lourd']) {
      expect(read(text).softPreferences, text).toContainEqual(expect.objectContaining({ attribute: 'weight_kg', direction: 'lower' }));
    }
  });

  it('counts with a French label\'s head noun ("3 réglages" for "Réglages de chaleur")', () => {
    expect(read('sèche-cheveux avec au moins 3 réglages de chaleur').hardConstraints).toContainEqual({ attribute: 'heat_settings', op: 'gte', value: 3 });
  });

  it('reads "two electric toothbrushes" as two, and numbers listed together or glued to a word as no price', () => {
    const brushes = read('two electric toothbrushes for the kids (6 and 9)');
    expect(brushes.quantity).toBe(2);
    expect(brushes.budget).toBeUndefined();
    expect(read("sac de couchage pour quelqu'un d'1m95").budget).toBeUndefined();
    // A lone number is still the budget.
    expect(read('a kettle, 40').budget?.amountMinor).toBe(4000);
  });
});

describe('a choice the request settles, a price after "for", a wish said last', () => {
  it('picks the one option that declares the kind said ("jeu de stratégie", "sac de rando")', () => {
    expect(categoryOf(readRequest('jeu de stratégie en anglais'))).toBe('1246');
    expect(categoryOf(readRequest('sac de rando 55 litres'))).toBe('100');
    // Nothing said: still a question.
    expect(categoryOf(readRequest('un sac'))).toBe('ask:category');
  });

  it('reads "a tent for 80 euros" as a price, not eighty places', () => {
    const tent = read('a tent for 80 euros');
    expect(tent.budget?.amountMinor).toBe(8000);
    expect(tent.hardConstraints.some((c) => c.attribute === 'capacity_persons')).toBe(false);
    expect(read('une tente pour 4, 80€').hardConstraints).toContainEqual({ attribute: 'capacity_persons', op: 'gte', value: 4 });
  });

  it('lets a trailing "if possible" reach back to the last "and" only', () => {
    const shoes = read('wide road running shoes size 42.5 plush cushioning and zero drop if possible');
    expect(shoes.hardConstraints).toContainEqual({ attribute: 'terrain', op: 'eq', value: 'road' });
    expect(shoes.softPreferences).toContainEqual(expect.objectContaining({ attribute: 'drop_mm', value: 0 }));
    expect(read('vegan trail shoes size 43 if possible').softPreferences).toContainEqual(expect.objectContaining({ attribute: 'vegan' }));
  });
});

describe('words for a form, and an exclusion a pinned value already meets', () => {
  it('reads French "écouteurs" as in-ear headphones and "push reel" as a manual mower', () => {
    expect(read('écouteurs sans fil pour courir').hardConstraints).toContainEqual({ attribute: 'form', op: 'eq', value: 'in-ear' });
    expect(read('push reel mower for a small lawn').hardConstraints).toContainEqual({ attribute: 'power_source', op: 'eq', value: 'manual' });
  });

  it('keeps "eq manual" when "no battery" follows, and "eq band" when "not a watch" does', () => {
    expect(read('push reel mower no engine no battery').hardConstraints).toContainEqual({ attribute: 'power_source', op: 'eq', value: 'manual' });
    expect(read('a band, not a watch').hardConstraints).toContainEqual({ attribute: 'form', op: 'eq', value: 'band' });
    // The exclusion stays beside the pin ("glass … just not plastic" still excludes plastic).
    expect(read('kettle glass or steel whatever just not plastic').hardConstraints).toContainEqual({ attribute: 'body', op: 'neq', value: 'plastic' });
    expect(read('push reel mower no engine no battery').hardConstraints).toContainEqual({ attribute: 'power_source', op: 'neq', value: 'battery' });
    // An exclusion of the pinned value itself still replaces it (later words win).
    expect(read('a red kettle, not red').hardConstraints).toContainEqual(expect.objectContaining({ attribute: 'color', op: 'not-in' }));
  });
});

describe('ages said in words or after the person', () => {
  it('reads "de quatre ans", "a five year old", "grandson hes 7", "a friend turning 30"', () => {
    expect(read('un puzzle pour ma fille de quatre ans').recipient?.ageYears).toBe(4);
    expect(read('dinosaur jigsaw puzzle for a five year old').recipient?.ageYears).toBe(5);
    const bike = read('kids bike for my grandson hes 7');
    expect(bike.recipient).toMatchObject({ who: 'grandson', ageYears: 7 });
    expect(bike.budget).toBeUndefined();
    expect(read('instant camera for a friend turning 30').recipient).toMatchObject({ who: 'friend', ageYears: 30 });
    // A count after the person is still a count.
    expect(read('a tent for my son, 2 please').quantity).toBe(2);
  });
});

describe('a material wanted and one excluded, and French shorthand', () => {
  it('keeps "in mesh" beside "no leatherette"', () => {
    const chair = read('office chair in mesh, no leatherette');
    expect(chair.hardConstraints).toContainEqual(expect.objectContaining({ attribute: 'material', op: 'in', value: expect.arrayContaining(['mesh']) }));
    expect(chair.hardConstraints).toContainEqual(expect.objectContaining({ attribute: 'material', op: 'not-in', value: expect.arrayContaining(['leatherette']) }));
  });

  it('reads "purificateur" as an air purifier and "pr" as "pour" before a room size', () => {
    const purifier = readRequest('purificateur HEPA pr chambre de bébé 15m2');
    expect(categoryOf(purifier)).toBe('606');
    expect(read('purificateur HEPA pr chambre de bébé 15m2').hardConstraints).toContainEqual({ attribute: 'room_m2', op: 'gte', value: 15 });
  });
});

describe('a height written "1m95"', () => {
  it('is 195 cm, never a price', () => {
    const bag = read("sac de couchage en duvet pour quelqu'un d'1m95");
    expect(bag.hardConstraints).toContainEqual({ attribute: 'length_cm', op: 'gte', value: 195 });
    expect(bag.budget).toBeUndefined();
  });
});
