import { describe, expect, it } from 'vitest';
import { adoptDefaultPressureModel, getDefaultPressureModel, shareableDefaultPressureModel } from '../../agent/pressure/index.ts';

describe('the default pressure model shared with worker threads', () => {
  it('holds the same numbers in shared memory, and never replaces a model already trained', () => {
    const trained = getDefaultPressureModel();
    const shared = shareableDefaultPressureModel();
    expect(shared.model.weights.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.model.rowOfBucket.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(shared.model.weights.buffer).equals(Buffer.from(trained.model.weights.buffer))).toBe(true);
    expect(Buffer.from(shared.model.rowOfBucket.buffer).equals(Buffer.from(trained.model.rowOfBucket.buffer))).toBe(true);
    expect([...shared.model.biases]).toEqual([...trained.model.biases]);
    expect([...shared.priors]).toEqual([...trained.priors]);
    expect(shared.exampleCount).toBe(trained.exampleCount);
    adoptDefaultPressureModel(shared);
    expect(getDefaultPressureModel()).toBe(trained);
  });
});
