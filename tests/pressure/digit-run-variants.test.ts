import { describe, expect, it, vi } from 'vitest';

// Every text a seeded simulation hands the pressure detector, recorded on the way in (the simulation builds its
// detector from detectPressureTactics itself, so the recording wraps that function).
const simTexts: string[] = [];
vi.mock('../../agent/pressure/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../agent/pressure/index.ts')>();
  return {
    ...original,
    detectPressureTactics: (text: string) => {
      simTexts.push(text);
      return original.detectPressureTactics(text);
    },
  };
});

const { EVALUATION_SETS, createPressureDetector, getDefaultPressureModel, loadEvaluationExamples } = await import('../../agent/pressure/index.ts');
const { runShard, scenarioFrom } = await import('../../sim/index.ts');
const { everyStrategyScenario } = await import('../sim/sim-fixtures.ts');

/**
 * Each digit run written as one of these: counts on either side of every threshold a rule could read ("only 3 left"
 * vs "only 1000 left", "0 %"), a clock time and a day of the month. Unlike the digit shifts of digit-shape.test.ts these
 * change a text's length and its digit shape, so the detector with its caches must read a variant it has never seen
 * the shape of, right after texts whose shapes differ from it only in one run.
 */
const DIGIT_RUNS = ['0', '1', '3', '99', '1000', '12:30', '31/12'];
const variantsOf = (text: string): string[] => [text, ...DIGIT_RUNS.map((run) => text.replace(/[0-9]+/g, run))];

describe('digit-run variants read as without any cache', () => {
  it('every evaluation text with a digit and every digit-bearing text of a seeded simulation, with each digit run rewritten', async () => {
    await runShard({ scenario: scenarioFrom(everyStrategyScenario(7)), consumers: [0, 1, 2], mode: 'fast', events: false, validateTrustEvents: false, onRound: () => undefined });
    const fromSim = [...new Set(simTexts)].filter((t) => /[0-9]/.test(t));
    // The simulation's brands quote prices, counts and dates: a run that read none would test nothing here.
    expect(fromSim.length).toBeGreaterThan(50);
    const evaluation = EVALUATION_SETS.flatMap((set) => loadEvaluationExamples(set)).map((e) => e.text).filter((t) => /[0-9]/.test(t));
    const texts = [...evaluation, ...fromSim].flatMap(variantsOf);
    const model = getDefaultPressureModel();
    const plain = createPressureDetector(model, { segmentCacheSize: 0 });
    const cached = createPressureDetector(model);
    for (const text of texts) expect(cached(text), text).toEqual(plain(text));
  }, 600_000);
});
