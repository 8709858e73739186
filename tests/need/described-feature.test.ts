import { describe, expect, it } from 'vitest';
import { understandNeedText, type PartialNeed, type Understanding } from '../../agent/need/index.ts';
import { DEMO_MARKET, categoryOf } from './unseen-requests-judge.ts';

const now = new Date('2026-12-01T10:00:00Z');
const read = (text: string) => understandNeedText(text, { now, defaultCurrency: 'EUR', market: DEMO_MARKET });
const needOf = (u: Understanding): PartialNeed | undefined => (u.kind === 'need' ? u.need : u.kind === 'clarify' ? u.partial : undefined);

// A yes/no feature said in the words of what the brands declare it means, not its name: "cooks soup" is the blender's
// "Heating" ("Heats and cooks soups"), "warns … press too hard" the toothbrush's pressure sensor.
describe('a feature said by what it does', () => {
  it('reads a yes/no feature from two words of its declared meaning', () => {
    const blender = read('a countertop blender which also cooks soups, 1000 W');
    expect(categoryOf(blender)).toBe('505666');
    expect(needOf(blender)?.hardConstraints).toContainEqual({ attribute: 'heating', op: 'eq', value: true });
    const brush = read('an electric toothbrush that warns you if you press too hard, sonic');
    expect(needOf(brush)?.hardConstraints).toContainEqual({ attribute: 'pressure_sensor', op: 'eq', value: true });
  });

  it('does not read it negated, or from one word of the meaning', () => {
    const negated = read('a countertop blender, no need to cook soups with it');
    expect([...(needOf(negated)?.hardConstraints ?? []), ...(needOf(negated)?.softPreferences ?? [])].filter((r) => r.attribute === 'heating')).toEqual([]);
    const one = read('a countertop blender for soups');
    expect([...(needOf(one)?.hardConstraints ?? []), ...(needOf(one)?.softPreferences ?? [])].filter((r) => r.attribute === 'heating')).toEqual([]);
  });
});
