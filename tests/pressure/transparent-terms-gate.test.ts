import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVALUATION_SETS, loadEvaluationExamples, loadTrainingExamples, normalizeText } from '../../agent/pressure/index.ts';
import { mayStateTerms, TRANSPARENT_TERMS } from '../../agent/pressure/pressure-detector.ts';

describe('the transparent-terms gate skips only texts the regex cannot match', () => {
  it('over every labelled text', () => {
    const texts = [...loadTrainingExamples(), ...EVALUATION_SETS.flatMap((set) => loadEvaluationExamples(set))].map((e) => normalizeText(e.text).text);
    let matched = 0;
    for (const text of texts) {
      if (!TRANSPARENT_TERMS.test(text)) continue;
      matched++;
      expect(mayStateTerms(text), text).toBe(true);
    }
    expect(matched).toBeGreaterThan(0);
  });

  it('on random texts built from the regex’s own words', () => {
    const pieces = ['cancel', 'cancellation', ' online', ' any time', ' anytime', ' in one click', ' instantly', 'we ', 'email', 'remind', 'notify', 'tell', ' you', ' your', ' before ', 'each', 'every', 'any', ' renewal', ' charge', ' payment', ' ', '. ', '\n', 'x', ' in a few clicks', ' from your account', 'send', 'switch', ' auto-renew', ' off', ' in your settings', ' is optional', ' up to you', ' not added', ' automatically', ' by default', ' unless you', ' shown', ' before you', ' pay', 'you choose', ' what'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        return !TRANSPARENT_TERMS.test(text) || mayStateTerms(text);
      }),
      { numRuns: 5_000, seed: 7 },
    );
  });
});
