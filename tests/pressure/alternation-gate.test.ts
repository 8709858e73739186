import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AlternationGate } from '../../agent/pressure/alternation-gate.ts';
import { EVALUATION_SETS, loadEvaluationExamples, loadTrainingExamples, normalizeText } from '../../agent/pressure/index.ts';
import { TRANSPARENT_TERMS, TRANSPARENT_TERMS_PARTS } from '../../agent/pressure/pressure-detector.ts';

describe('AlternationGate says a text may match exactly when the whole alternation matches it', () => {
  it('the transparent-terms alternatives, over every labelled text', () => {
    const gate = new AlternationGate(TRANSPARENT_TERMS_PARTS);
    const texts = [...loadTrainingExamples(), ...EVALUATION_SETS.flatMap((set) => loadEvaluationExamples(set))].map((e) => normalizeText(e.text).text);
    let matched = 0;
    for (const text of texts) {
      const whole = TRANSPARENT_TERMS.test(text);
      if (whole) matched++;
      expect(gate.mayMatch(text), text).toBe(whole);
    }
    expect(matched).toBeGreaterThan(0);
    expect(matched).toBeLessThan(texts.length);
  });

  it('the transparent-terms alternatives, on random texts built from their own words (noise-cancelling product names among them)', () => {
    const gate = new AlternationGate(TRANSPARENT_TERMS_PARTS);
    const pieces = ['cancel', 'cancelling', 'noise ', ' online', ' any time', ' in one click', ' instantly', 'we ', 'email', 'remind', 'notify', ' you', ' your', ' before ', 'each', 'the', ' renewal', ' charge', ' payment', ' ', '. ', '\n', 'x', ' from your account', 'switch', ' auto-renew', ' off', ' in your settings', ' is optional', ' up to you', ' not added', ' automatically', ' by default', ' unless you', ' shown', ' with the', ' price', ' before you', ' pay', 'you choose', ' what', ' including', ' fees', ' stop it', ' trial', ' won\'t be charged', ' 3 days', ' > ', 'settings'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        return gate.mayMatch(text) === TRANSPARENT_TERMS.test(text);
      }),
      { numRuns: 20_000, seed: 11 },
    );
  });

  it('an alternative without known literals is always tried; one with literals only when one is present', () => {
    const sources = ['\\bfoo\\d+', 'x{2,}y?', 'bar|baz', '[a-c]{3}\\.'];
    const gate = new AlternationGate(sources);
    const whole = new RegExp(sources.join('|'));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('foo', 'fo', '1', 'x', 'y', 'ba', 'r', 'z', 'a', 'b', 'c', '.', ' '), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        return gate.mayMatch(text) === whole.test(text);
      }),
      { numRuns: 20_000, seed: 3 },
    );
  });

  it('refuses what it cannot gate soundly', () => {
    expect(() => new AlternationGate(['(a)\\1', 'b'])).toThrow(RangeError);
    expect(() => new AlternationGate(['a'], 'g')).toThrow(RangeError);
    expect(() => new AlternationGate(['a'], 'i')).toThrow(RangeError);
  });
});
