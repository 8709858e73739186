import { describe, expect, it } from 'vitest';
import type { HardConstraint, SoftPreference } from '../../protocol/index.ts';
import { readNeedOrPartial as read, readRequest } from './unseen-requests-judge.ts';

// Numbers written in words beside units, read as the digits are (requests12's number-word family, reqfix29): one
// reader (`joinNumberWords`) turns "nine hundred watts", "trente-cinq litres", "one point two kilos" into the figures
// every measure, size and money reader already knows. Requests written for this test; each fails on ffc15d1.

type Rule = HardConstraint | SoftPreference;

/** The value a reading gives an attribute, firm or wished for. */
function valueOf(text: string, attribute: string): unknown {
  const need = read(text);
  const rules: Rule[] = [...need.hardConstraints, ...need.softPreferences];
  return rules.find((r) => r.attribute === attribute)?.value;
}

function firm(text: string, attribute: string): HardConstraint | undefined {
  return read(text).hardConstraints.find((r) => r.attribute === attribute);
}

describe('a cardinal of several words beside a unit', () => {
  it('reads hundreds and thousands in English and French as the figure', () => {
    expect(firm("Je voudrais un blender d'au moins neuf cents watts, 80 euros maximum.", 'power_w')).toMatchObject({ op: 'gte', value: 900 });
    expect(firm('a blender of at least fourteen hundred watts please, under 150 euros', 'power_w')).toMatchObject({ op: 'gte', value: 1400 });
    expect(valueOf('a jigsaw puzzle of one thousand five hundred pieces for my aunt, 25 euros', 'pieces')).toBe(1500);
  });

  it('reads hyphenated tens and halves as one figure', () => {
    expect(valueOf('Un sac à dos de randonnée de trente-cinq litres, 90 euros max', 'volume_l')).toBe(35);
    expect(firm('a two-person tent lighter than two and a half kilos, max 300 euros', 'weight_kg')).toMatchObject({ op: 'lte', value: 2.5 });
    expect(firm('road running shoes, size forty-four and a half, under 120 euros', 'size_eu')).toMatchObject({ op: 'eq', value: 44.5 });
  });

  it('reads a decimal point said in words', () => {
    expect(valueOf('a laptop for travelling, under one point two kilos, 1200 euros', 'weight_kg')).toBe(1.2);
  });
});

describe('one number word beside a unit', () => {
  it('reads it as the figure on the built-in categories too', () => {
    expect(firm('over-ear headphones with at least forty hours of battery, 200 euros', 'battery_hours')).toMatchObject({ op: 'gte', value: 40 });
  });

  it('adds "et demi" said after the unit, and reads "minus" as a sign', () => {
    expect(valueOf("une bouilloire d'un litre et demi, 40 euros", 'capacity_l')).toBe(1.5);
    expect(valueOf('a sleeping bag with a comfort rating of minus ten degrees, 150 euros', 'comfort_temp_c')).toBe(-10);
  });

  it('keeps an elided article after a number word for what it is ("à deux l\'été" is no two litres)', () => {
    const u = readRequest("une tente pour partir à deux l'été, 200 euros");
    expect(u.kind === 'need' ? u.notUnderstood.filter((n) => n.includes('« deux l »')) : ['no need']).toEqual([]);
  });
});

describe('cents said after the currency word', () => {
  it('reads "quinze euros quarante" and "12 dollars 99" to the cent', () => {
    expect(read('du café en grains, maximum quinze euros quarante').budget).toEqual({ amountMinor: 1540, currency: 'EUR' });
    expect(read('ground coffee, up to 12 dollars 99').budget).toEqual({ amountMinor: 1299, currency: 'USD' });
  });
});

describe('a unit said in two words', () => {
  it('reads "square metres", "mètres carrés", "milliamp hours" and "degrees Celsius" as one unit', () => {
    expect(valueOf('an air purifier for a living room of about twenty square metres, 200 euros', 'room_m2')).toBe(20);
    expect(valueOf("un purificateur d'air, environ 25 mètres carrés, 200 euros", 'room_m2')).toBe(25);
    expect(firm('a phone with a battery of at least 4500 milliamp hours, 400 euros', 'battery_mah')).toMatchObject({ op: 'gte', value: 4500 });
    expect(firm('a synthetic sleeping bag good to -8 degrees Celsius or colder, 120 euros', 'comfort_temp_c')).toMatchObject({ op: 'lte', value: -8 });
  });
});
