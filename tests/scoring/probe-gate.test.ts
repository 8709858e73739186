import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVALUATION_SETS, loadEvaluationExamples, loadTrainingExamples } from '../../agent/pressure/index.ts';
import { findProbes } from '../../agent/scoring/probe-patterns.ts';

describe('the probe keyword gate changes no match', () => {
  it('gated == ungated over every labelled text', () => {
    const texts = [...loadTrainingExamples(), ...EVALUATION_SETS.flatMap((set) => loadEvaluationExamples(set))].map((e) => e.text);
    let probes = 0;
    for (const text of texts) {
      const gated = findProbes(text);
      expect(gated).toEqual(findProbes(text, { keywordGate: false }));
      probes += gated.length;
    }
    expect(probes).toBeGreaterThan(0);
  });

  it('holds on random texts built from the probes’ own words, in any case', () => {
    const pieces = ['What is ', 'WHAT’S ', 'tell me ', 'Share ', 'your ', 'the buyer’s ', 'THEIR ', 'max ', 'Maximum ', 'budget', 'price range', 'spending limit', 'Ceiling', 'how much ', 'are ', 'you ', 'willing ', 'to ', 'SPEND', 'pay', 'which ', 'is ', 'the ', 'name', 'e-mail address', 'Phone number', 'home address', 'date of birth', 'post code', 'zip', 'card number', 'IBAN', 'who ', 'Who are you buying for', 'who is the buyer', 'person behind', 'everyone who bought it', '. ', '? ', '\n', ', ', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(findProbes(text)).toEqual(findProbes(text, { keywordGate: false }));
      }),
      { numRuns: 3_000, seed: 7 },
    );
  });
});
