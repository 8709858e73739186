import { describe, expect, it } from 'vitest';
import type { Understanding } from '../../agent/need/index.ts';
import { readRequest } from './unseen-requests-judge.ts';

/** The rules a reading sets on one attribute, hard and soft, as "op value" / "~direction value". */
function rulesOn(u: Understanding, attribute: string): string[] {
  const need = u.kind === 'need' ? u.need : u.kind === 'clarify' ? u.partial : undefined;
  if (need === undefined) throw new Error(`no need read: ${u.kind}`);
  return [
    ...need.hardConstraints.filter((c) => c.attribute === attribute).map((c) => `${c.op} ${JSON.stringify(c.value)}`),
    ...need.softPreferences.filter((p) => p.attribute === attribute).map((p) => `~${p.direction} ${JSON.stringify(p.value)}`),
  ];
}

const assumptionsOf = (u: Understanding): readonly string[] => (u.kind === 'need' ? u.assumptions : []);

// Saying a feature is not needed is neither asking for it nor refusing it: "app control isn't needed" left a hard
// app_control = true on main (the "not" negated nothing and "needed" was a filler word), "I don't need app control" a
// hard app_control = false (read as "without"), "not essential" a wish for it. Requests written for this test, over
// built-in and open-market categories, in English and French, with the feature before or after the words saying so.
describe('"X isn\'t needed" sets no rule on X', () => {
  const unneeded: ReadonlyArray<readonly [string, string]> = [
    ['an air purifier for the bedroom; app control isn\'t needed; max 220 EUR', 'app_control'],
    ['An air purifier with HEPA. App control: not needed. Budget 300€', 'app_control'],
    ['I don\'t need app control, just a quiet air purifier under 200 euros', 'app_control'],
    ['air purifier under 180 EUR - no need for app control', 'app_control'],
    ['an air purifier, no app control required, under 200 EUR', 'app_control'],
    ['a kettle, no temperature control needed, max 60 EUR', 'temperature_control'],
    ['a countertop blender, it does not need to heat soup, under 150 euros', 'heating'],
    ['a stick vacuum, I don\'t need it cordless, 250 EUR max', 'cordless'],
    ['noise cancelling isn\'t needed: wireless over-ear headphones under 150', 'noise_cancelling'],
    ['wireless earbuds, I do not need noise cancelling, max 90 GBP', 'noise_cancelling'],
    ['headphones for long flights, noise cancelling not needed', 'noise_cancelling'],
    ['trail shoes size 44, they don\'t have to be waterproof, max 140 EUR', 'waterproof'],
    ['road running shoes 42.5 - waterproof is not necessary', 'waterproof'],
    ['whole beans 1kg, organic is not essential', 'organic'],
    ['ground coffee for filter, no need for organic, 15 euros', 'organic'],
    ['a 2 person tent, four-season isn\'t needed, under 400 EUR', 'seasons'],
    ['un casque sans fil, je n\'ai pas besoin de la réduction de bruit, moins de 150 €', 'noise_cancelling'],
    ['casque bluetooth : réduction de bruit pas indispensable, 120 € max', 'noise_cancelling'],
    ['chaussures de trail en 41, pas besoin qu\'elles soient imperméables', 'waterproof'],
    ['café en grains 1 kg, le bio n\'est pas obligatoire', 'organic'],
    ['aspirateur balai, pas besoin qu\'il soit sans sac, 200 € max', 'bagless'],
    ['une tente 2 places, 4 saisons pas nécessaire', 'seasons'],
  ];
  for (const [text, attribute] of unneeded) {
    it(`${text} → no rule on ${attribute}`, () => {
      expect(rulesOn(readRequest(text), attribute)).toEqual([]);
    });
  }

  it('says the attribute back as no preference, in the request\'s language', () => {
    expect(assumptionsOf(readRequest('an air purifier for the bedroom; app control isn\'t needed; max 220 EUR'))).toContain("app control: no preference (you don't need it)");
    expect(assumptionsOf(readRequest('wireless earbuds, I do not need noise cancelling, max 90 GBP'))).toContain("noise cancelling: no preference (you don't need it)");
    expect(assumptionsOf(readRequest('un casque sans fil, je n\'ai pas besoin de la réduction de bruit, moins de 150 €'))).toContain('réduction de bruit active : pas de préférence (vous n’en avez pas besoin)');
  });

  it('keeps the rest of the request as read', () => {
    const u = readRequest('wireless earbuds, I do not need noise cancelling, max 90 GBP');
    expect(rulesOn(u, 'wireless')).toEqual(['eq true']);
    expect(u.kind === 'need' ? u.need.budget : undefined).toEqual({ amountMinor: 9000, currency: 'GBP' });
    expect(rulesOn(readRequest('An air purifier with HEPA. App control: not needed. Budget 300€'), 'hepa')).toEqual(['eq true']);
  });

  it('a brand said not to be needed is neither required nor avoided', () => {
    const u = readRequest('a cordless stick vacuum; I don\'t need a Dyson, under 300 EUR');
    expect(rulesOn(u, 'maker')).toEqual([]);
    expect(rulesOn(u, 'cordless')).toEqual(['eq true']);
  });
});

// The twins: refusing, asking firmly and wishing keep their readings.
describe('refusing, requiring and wishing for a feature keep their readings', () => {
  const twins: ReadonlyArray<readonly [string, string, readonly string[]]> = [
    ['an air purifier, I don\'t want app control, max 220 EUR', 'app_control', ['eq false']],
    ['an air purifier without app control, max 220 EUR', 'app_control', ['eq false']],
    ['an air purifier, no app control, max 220 EUR', 'app_control', ['eq false']],
    ['an air purifier, must have app control, max 220 EUR', 'app_control', ['eq true']],
    ['an air purifier, app control required, max 220 EUR', 'app_control', ['eq true']],
    ['an air purifier, app control is optional, max 220 EUR', 'app_control', ['~equals true']],
    ['an air purifier, app control would be nice, max 220 EUR', 'app_control', ['~equals true']],
    ['wireless earbuds without noise cancelling, max 90 GBP', 'noise_cancelling', ['eq false']],
    ['trail shoes size 44, not waterproof', 'waterproof', ['eq false']],
    ['trail shoes size 44, must be waterproof', 'waterproof', ['eq true']],
    ['un casque sans fil, sans réduction de bruit', 'noise_cancelling', ['eq false']],
    ['un casque sans fil, je ne veux pas de réduction de bruit', 'noise_cancelling', ['eq false']],
    ['un casque sans fil, réduction de bruit obligatoire', 'noise_cancelling', ['eq true']],
    ['un casque sans fil, il me faut la réduction de bruit', 'noise_cancelling', ['eq true']],
    ['un casque sans fil, réduction de bruit facultative', 'noise_cancelling', ['~equals true']],
    ['chaussures de trail en 41, imperméables si possible', 'waterproof', ['~equals true']],
    // "not needed" governs the thing said beside it, not the product named in the same run-on sentence.
    ['a road bike disc brakes not needed under 1500 EUR', 'bike_type', ['eq "road"']],
    ['wireless earbuds I don\'t need noise cancelling just wireless under 90 EUR', 'wireless', ['eq true']],
  ];
  for (const [text, attribute, rules] of twins) {
    it(`${text} → ${attribute} ${rules.join(', ')}`, () => {
      expect(rulesOn(readRequest(text), attribute)).toEqual(rules);
    });
  }
});
