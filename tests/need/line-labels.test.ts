import { describe, expect, it } from 'vitest';
import { readNeed } from './unseen-requests-judge.ts';

// A request written as lines, each labelled by how firm it is (reqfix32, `agent/need/line-labels.ts`): "Must have:"
// makes the line's words hard, "Nice to have:" soft, "Avoid:"/"Éviter :" refuses them, "Don't need:" sets no rule, and
// a line's firmness never leaks into the line before or after it. Requests written for this test, never seen by the
// blind sets; every group fails on main before line-labels.ts (77e94b7).

/** The need's rules as "attribute op value" (hard) and "attribute ~ value" (soft). */
function rules(text: string): { hard: string[]; soft: string[] } {
  const need = readNeed(text);
  return {
    hard: need.hardConstraints.map((c) => `${c.attribute} ${c.op} ${JSON.stringify(c.value)}`),
    soft: need.softPreferences.map((p) => `${p.attribute} ~ ${JSON.stringify(p.value)}`),
  };
}

const soft = (attribute: string): ((s: string) => boolean) => (s) => s.startsWith(`${attribute} ~`);
const hard = (attribute: string): ((s: string) => boolean) => (s) => s.startsWith(`${attribute} `);

describe('a line labelled "must have" or "nice to have"', () => {
  it('sets the firmness of its own line only, whatever the bullet', () => {
    const earbuds = rules('Wireless earbuds\n* Must have: noise cancelling\n* Nice to have: wireless charging\n* Avoid: Sony');
    expect(earbuds.hard).toContain('noise_cancelling eq true');
    const shoes = rules('Trail shoes\n• Must: waterproof\n• Would be nice: wide fit\n• Size: 44');
    expect(shoes.hard).toContain('waterproof eq true');
    expect(shoes.soft.some(soft('width'))).toBe(true);
    expect(shoes.hard.some(hard('width'))).toBe(false);
    const kettle = rules('Electric kettle\nNice to have: temperature control\nMust have: 1.7 litres');
    expect(kettle.soft.some(soft('temperature_control'))).toBe(true);
    expect(kettle.hard.some(hard('capacity_l'))).toBe(true);
    const headphones = rules('Headphones\nRequired: bluetooth\nPreferably: white');
    expect(headphones.hard).toContain('wireless eq true');
    expect(headphones.soft.some(soft('color'))).toBe(true);
  });

  it('in French, on numbered lines', () => {
    const dryer = rules('Sèche-cheveux\nObligatoire : ionique\nEn option : diffuseur');
    expect(dryer.hard).toContain('ionic eq true');
    const coffee = rules("Cafetière\n1. Indispensable : moulin intégré\n2. Si possible : réservoir d'au moins 1,5 L");
    expect(coffee.hard).toContain('grinder eq true');
    expect(coffee.soft.some(soft('water_tank_l'))).toBe(true);
    expect(coffee.hard.some(hard('water_tank_l'))).toBe(false);
  });
});

describe('a line labelled "avoid" or "éviter"', () => {
  it('refuses what the line names', () => {
    expect(rules('Wireless earbuds\n* Must have: noise cancelling\n* Avoid: Sony').hard).toContain('maker not-in ["Sony"]');
    // "DeLonghi" is the catalogue's De'Longhi typed without the apostrophe (reqfix35: read under the catalogue's spelling).
    expect(rules('Cafetière\n1. Éviter : DeLonghi\n2. Indispensable : moulin intégré').hard).toContain('maker not-in ["De\'Longhi"]');
    expect(rules('Sèche-cheveux\nÀ éviter : Dyson\nObligatoire : ionique').hard).toContain('maker not-in ["Dyson"]');
    const headphones = rules('Headphones\nAvoid: over-ear\nRequired: bluetooth');
    expect(headphones.hard.some((s) => s.startsWith('form ') && !s.startsWith('form eq'))).toBe(true);
  });
});

describe('a line labelled "don\'t need"', () => {
  it('sets no rule on what it names, and the next line keeps its own label', () => {
    const chair = rules("Office chair\nDon't need: headrest\nMust have: lumbar support");
    expect([...chair.hard, ...chair.soft].some((s) => s.startsWith('headrest'))).toBe(false);
    expect(chair.hard).toContain('lumbar_support eq true');
  });
});
