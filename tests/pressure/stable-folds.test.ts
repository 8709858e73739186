import { describe, expect, it } from 'vitest';
import { calibrateModelOnlyThreshold, loadTrainingExamples, type LabelledExample } from '../../agent/pressure/index.ts';
import { assignFolds } from '../../agent/pressure/calibrate-model-only-threshold.ts';

// The stored model-only threshold must follow what the corpus teaches, not how many texts sit before a given one: a
// text's cross-validation fold comes from its own words, so adding one text leaves every other text's fold alone.
const corpus = loadTrainingExamples();
const unrelated: LabelledExample = { text: 'Replacement gasket for the 1.5 l pressure cooker, food-safe silicone, pack of two.', labels: [] };

describe('cross-validation folds of the training corpus', () => {
  it('keep every text in its fold when one unrelated text is added at the start, in the middle or at the end', () => {
    const before = assignFolds(corpus);
    expect(new Set(before).size).toBe(5);
    for (const at of [0, Math.floor(corpus.length / 2), corpus.length]) {
      const grown = [...corpus.slice(0, at), unrelated, ...corpus.slice(at)];
      const after = assignFolds(grown);
      const moved = corpus.filter((_, i) => after[i < at ? i : i + 1] !== before[i]);
      expect(moved).toEqual([]);
    }
  });

  it('are about equal in size and do not depend on the order of the corpus', () => {
    const folds = assignFolds(corpus);
    const sizes = [0, 1, 2, 3, 4].map((f) => folds.filter((x) => x === f).length);
    for (const size of sizes) expect(Math.abs(size - corpus.length / 5)).toBeLessThan(corpus.length * 0.04);
    const reversed = assignFolds([...corpus].reverse());
    expect([...reversed].reverse()).toEqual([...folds]);
  });
});

// A small corpus (trainings of the real one take seconds each): the whole calibration, fold models included, reads the
// texts it is given, not their positions.
const TACTICS = ['urgency', 'scarcity', 'social-proof', 'confirmshaming', 'flattery', 'fear', 'authority', 'injection', 'misdirection', 'sneaking', 'obstruction', 'forced-action'] as const;
const small: LabelledExample[] = [
  ...TACTICS.flatMap((label) => [0, 1, 2, 3, 4, 5].map((i) => ({ text: `a ${label.replace('-', ' ')} wording number ${'abcdef'[i]} for the ${label} class`, labels: [label] }))),
  ...Array.from({ length: 60 }, (_, i) => ({ text: `plain product fact ${'abcdefghij'[i % 10]} about the ${['mug', 'chair', 'lamp', 'boot', 'kettle', 'desk'][i % 6]}`, labels: [] })),
  ...Array.from({ length: 6 }, (_, i) => ({ text: `a fear wording seen on a ${['mug', 'chair', 'lamp', 'boot', 'kettle', 'desk'][i]} label`, labels: [] })),
];

describe('the cross-validated model-only threshold', () => {
  it('is the same whatever the order of the corpus (fold models train in an order set by each text, not its position)', () => {
    const options = { folds: 3, targetFalseAlarmRate: 0.05, seed: 't' };
    const calibration = calibrateModelOnlyThreshold(small, options);
    const reordered = [...small.filter((_, i) => i % 2 === 1), ...small.filter((_, i) => i % 2 === 0)].reverse();
    expect(calibrateModelOnlyThreshold(reordered, options)).toEqual(calibration);
  });
});
