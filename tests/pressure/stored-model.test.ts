import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createPressureDetector,
  EVALUATION_SETS,
  getDefaultPressureModel,
  loadEvaluationExamples,
  loadTrainingExamples,
  trainPressureModel,
} from '../../agent/pressure/index.ts';
import { readCachedCalibration } from '../../agent/pressure/model-only-threshold-cache.ts';
import { readStoredPressureModel, serializePressureModel, STORED_PRESSURE_MODEL_FILE } from '../../agent/pressure/stored-pressure-model.ts';

const examples = loadTrainingExamples();
const trained = trainPressureModel(examples);

describe('the tactic model stored in training/trained-model.json', () => {
  it('is byte for byte what training on the committed examples gives (run scripts/store-model.ts when this fails)', () => {
    expect(serializePressureModel(examples, trained) === readFileSync(STORED_PRESSURE_MODEL_FILE, 'utf8')).toBe(true);
  });

  it('loads to the trained model, and the default model is the stored one', () => {
    const stored = readStoredPressureModel(examples);
    expect(stored).toBeDefined();
    expect(Buffer.from(stored!.model.weights.buffer).equals(Buffer.from(trained.model.weights.buffer))).toBe(true);
    expect(Buffer.from(stored!.model.rowOfBucket.buffer).equals(Buffer.from(trained.model.rowOfBucket.buffer))).toBe(true);
    expect(Buffer.from(stored!.model.biases.buffer).equals(Buffer.from(trained.model.biases.buffer))).toBe(true);
    expect(Buffer.from(stored!.priors.buffer).equals(Buffer.from(trained.priors.buffer))).toBe(true);
    expect(stored!.exampleCount).toBe(trained.exampleCount);
    const defaults = getDefaultPressureModel();
    expect(Buffer.from(defaults.model.weights.buffer).equals(Buffer.from(trained.model.weights.buffer))).toBe(true);
    expect(defaults.modelOnlyThreshold).toBe(readCachedCalibration(examples)!.threshold);
  });

  it('gives the readings of the trained model on every evaluation text', () => {
    const threshold = readCachedCalibration(examples)!.threshold;
    const fromFile = createPressureDetector({ ...readStoredPressureModel(examples)!, modelOnlyThreshold: threshold }, { segmentCacheSize: 0 });
    const fromTraining = createPressureDetector({ ...trained, modelOnlyThreshold: threshold }, { segmentCacheSize: 0 });
    const texts = EVALUATION_SETS.flatMap((set) => loadEvaluationExamples(set)).map((e) => e.text);
    expect(texts.length).toBeGreaterThan(10_000);
    let withTactics = 0;
    for (const text of texts) {
      const reading = fromFile(text);
      expect(reading, text).toEqual(fromTraining(text));
      if (reading.tactics.length > 0) withTactics++;
    }
    expect(withTactics).toBeGreaterThan(1_000);
  }, 300_000);

  it('is not read for other examples, nor when its content is damaged', () => {
    expect(readStoredPressureModel(examples.slice(1))).toBeUndefined();
    expect(readStoredPressureModel([...examples.slice(0, -1), { ...examples.at(-1)!, text: `${examples.at(-1)!.text}!` }])).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'stored-model-'));
    const content = JSON.parse(readFileSync(STORED_PRESSURE_MODEL_FILE, 'utf8')) as Record<string, unknown>;
    const write = (name: string, value: unknown): string => {
      const file = join(dir, name);
      writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
      return file;
    };
    expect(readStoredPressureModel(examples, write('same.json', content))).toBeDefined();
    expect(readStoredPressureModel(examples, join(dir, 'missing.json'))).toBeUndefined();
    expect(readStoredPressureModel(examples, write('truncated.json', readFileSync(STORED_PRESSURE_MODEL_FILE, 'utf8').slice(0, 5_000)))).toBeUndefined();
    expect(readStoredPressureModel(examples, write('short-weights.json', { ...content, weights: (content.weights as string).slice(0, -8) }))).toBeUndefined();
    expect(readStoredPressureModel(examples, write('old-version.json', { ...content, version: 0 }))).toBeUndefined();
  });
});
