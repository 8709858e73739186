import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A "not …" list ends where the person turns to something else. On main (88f53d5) "a TV, not Samsung, OLED please"
// refused OLED panels, "headphones without bluetooth and I need noise cancelling" refused noise cancelling (in French,
// German and Spanish too) and "headphones, no bluetooth, Sony" refused Sony. The twins below read as before: a list
// of makers after a comma, "no X, no Y", "without X and Y" (neither), "sans X ni Y", "ohne X und Y".

type Rule = { attribute: string; op: string; value: unknown };
const rules = (text: string): Rule[] => {
  const need = read(text);
  return [...need.hardConstraints.map((c) => ({ attribute: c.attribute, op: c.op, value: c.value })), ...need.softPreferences.map((p) => ({ attribute: p.attribute, op: 'prefer', value: p.value }))];
};
const refused = (text: string, attribute: string, value: unknown): boolean =>
  rules(text).some((r) => r.attribute === attribute && (((r.op === 'neq') && r.value === value) || (r.op === 'not-in' && Array.isArray(r.value) && r.value.includes(value)) || (r.op === 'eq' && typeof value === 'boolean' && r.value === !value)));
const wanted = (text: string, attribute: string, value: unknown): boolean =>
  rules(text).some((r) => r.attribute === attribute && (r.op === 'eq' || r.op === 'prefer' || r.op === 'in') && (Array.isArray(r.value) ? r.value.includes(value) : r.value === value));

describe('a negation list ends at a comma when another kind of thing follows', () => {
  it.each([
    ['a TV, not Samsung, OLED please'],
    ['a TV, not Samsung, OLED'],
    ['a TV, no Samsung, OLED, 55 inch'],
    ['un téléviseur, pas Samsung, OLED'],
    ['ein Fernseher, nicht Samsung, OLED bitte'],
  ])('%s wants OLED and refuses Samsung', (text) => {
    expect(wanted(text, 'panel', 'oled')).toBe(true);
    expect(refused(text, 'maker', 'Samsung')).toBe(true);
  });

  it.each([
    ['headphones, no bluetooth, Sony', 'wireless'],
    ['headphones, not black, Sony please', 'color'],
  ])('%s refuses the feature, not the maker after it', (text, attribute) => {
    expect(refused(text, 'maker', 'Sony')).toBe(false);
    expect(rules(text).some((r) => r.attribute === attribute)).toBe(true);
  });

  it('a new wish after the comma is wanted: "not Sony, I want Bose"', () => {
    expect(refused('headphones, not Sony, I want Bose', 'maker', 'Bose')).toBe(false);
    expect(refused('headphones, not Sony, I want Bose', 'maker', 'Sony')).toBe(true);
  });
});

describe('twins: a list of the same kind goes on', () => {
  it.each([
    ['headphones, not Sony, not Bose', ['Sony', 'Bose']],
    ['headphones, not Sony, Bose or JBL', ['Sony', 'Bose', 'JBL']],
    ['headphones, nothing from Sony, Bose or JBL', ['Sony', 'Bose', 'JBL']],
    ['headphones, not Samsung, not LG, black', ['Samsung', 'LG']],
    ['a TV, not Samsung, LG or Sony', ['Samsung', 'LG', 'Sony']],
    ['Kopfhörer, nicht Sony, Bose bitte', ['Sony', 'Bose']],
    ['auriculares, no Sony, Bose por favor', ['Sony', 'Bose']],
  ])('%s refuses every maker', (text, makers) => {
    for (const maker of makers) expect(refused(text, 'maker', maker)).toBe(true);
  });

  it('"no bluetooth, no noise cancelling" refuses both', () => {
    expect(refused('headphones, no bluetooth, no noise cancelling', 'wireless', true)).toBe(true);
    expect(refused('headphones, no bluetooth, no noise cancelling', 'noise_cancelling', true)).toBe(true);
  });

  it('"not red, blue or green" refuses red and leaves blue and green wanted, as before', () => {
    expect(refused('running shoes, not red, blue or green please', 'color', 'red')).toBe(true);
    expect(refused('running shoes, not red, blue or green please', 'color', 'green')).toBe(false);
    expect(refused('running shoes, not red, blue or green please', 'color', 'blue')).toBe(false);
  });

  it('a wanted black after the makers: "not Samsung, not LG, black"', () => {
    expect(wanted('headphones, not Samsung, not LG, black', 'color', 'black')).toBe(true);
  });
});

describe('"and" goes on with a negation over features, but not across a new wish', () => {
  it.each([
    ['headphones without bluetooth and noise cancelling'],
    ['headphones, no bluetooth and no noise cancelling'],
    ['headphones, no bluetooth or noise cancelling'],
    ['headphones without bluetooth and with no noise cancelling'],
    ['headphones sans bluetooth et réduction de bruit'],
    ['casque sans bluetooth ni réduction de bruit'],
    ['Kopfhörer ohne Bluetooth und Geräuschunterdrückung'],
    ['auriculares sin bluetooth y cancelación de ruido'],
    ['auriculares sin bluetooth ni cancelación de ruido'],
  ])('%s refuses both', (text) => {
    expect(refused(text, 'wireless', true)).toBe(true);
    expect(refused(text, 'noise_cancelling', true)).toBe(true);
  });

  it.each([
    ['headphones without bluetooth and I need noise cancelling'],
    ['headphones without bluetooth and I want noise cancelling'],
    ['headphones without bluetooth, and I need noise cancelling'],
    ['headphones without bluetooth and with noise cancelling'],
    ['headphones without bluetooth and must have noise cancelling'],
    ['casque sans bluetooth et je veux la réduction de bruit'],
    ['Kopfhörer ohne Bluetooth und ich brauche Geräuschunterdrückung'],
    ['auriculares sin bluetooth y quiero cancelación de ruido'],
  ])('%s refuses bluetooth and wants noise cancelling', (text) => {
    expect(refused(text, 'wireless', true)).toBe(true);
    expect(wanted(text, 'noise_cancelling', true)).toBe(true);
  });

  it('a wish said before the negation changes nothing: "I want headphones without bluetooth and noise cancelling"', () => {
    expect(refused('I want headphones without bluetooth and noise cancelling', 'noise_cancelling', true)).toBe(true);
  });
});

// review50e: a wish word said after "or", "nor", "ni" or a vague word ("anything", "ones", "rien") is part of what is
// refused, as on main: "not Sony or anything with bluetooth" refuses bluetooth. It ends the list only right after an
// item or after "and" ("without bluetooth and I need noise cancelling").
describe('a wish word after "or" or "anything" stays inside the "not" list', () => {
  it.each([
    ['headphones, not Sony or anything with bluetooth', 'wireless'],
    ['headphones, no Sony, or anything with bluetooth', 'wireless'],
    ['headphones, not Sony or ones that need bluetooth', 'wireless'],
    ['headphones, no Sony nor anything with noise cancelling', 'noise_cancelling'],
  ])('%s refuses %s', (text, attribute) => {
    expect(refused(text, attribute, true)).toBe(true);
    expect(wanted(text, attribute, true)).toBe(false);
    expect(refused(text, 'maker', 'Sony')).toBe(true);
  });
});
