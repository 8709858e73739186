import { describe, expect, it } from 'vitest';
import type { HardConstraint } from '../../protocol/index.ts';
import { readNeed } from './unseen-requests-judge.ts';

// On main (dc0427d) two values of a built-in category offered as alternatives ("from Ethiopia or Kenya", "Brésil ou
// Colombie") kept only the later one, as if it corrected the first, and "I don't mind" said after such a choice dropped
// it as not needed. Either value will do: one `in` rule, as the open categories already read "blue or green".

/** The hard rule read on one attribute. */
function ruleOn(text: string, attribute: string): HardConstraint | undefined {
  return readNeed(text).hardConstraints.find((c) => c.attribute === attribute);
}

describe('values of a built-in category offered as alternatives', () => {
  it('reads every value offered, in English and French, the word before each said again or not', () => {
    expect(ruleOn('whole beans from Guatemala or Honduras please, about 20 euros', 'origin')).toEqual({ attribute: 'origin', op: 'in', value: ['Guatemala', 'Honduras'] });
    expect(ruleOn('café moulu du Brésil ou de Colombie, 15 € max', 'origin')).toEqual({ attribute: 'origin', op: 'in', value: ['Brazil', 'Colombia'] });
    expect(ruleOn('espresso beans, Kenya, Ethiopia or Mexico', 'origin')).toEqual({ attribute: 'origin', op: 'in', value: ['Kenya', 'Ethiopia', 'Mexico'] });
  });

  it('keeps a choice offered before "I don\'t mind" or "peu importe"', () => {
    expect(ruleOn("filter coffee from Colombia or Brazil I don't mind which, under 18 euros", 'origin')).toEqual({ attribute: 'origin', op: 'in', value: ['Colombia', 'Brazil'] });
    expect(ruleOn('une veste de pluie bleue ou verte peu importe, moins de 150 €', 'color')?.op).toBe('in');
  });

  it('still reads a value corrected or refused as before', () => {
    expect(ruleOn('coffee from Kenya, not Ethiopia', 'origin')).toEqual({ attribute: 'origin', op: 'eq', value: 'Kenya' });
    expect(ruleOn("a tent, the colour doesn't matter, under 200 euros", 'color')).toBeUndefined();
  });
});
