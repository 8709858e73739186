import { describe, expect, it } from 'vitest';
import {
  PressureDetectorError,
  createPressureDetector,
  parseLabelledExamples,
  scoreTextPressure,
  trainPressureModel,
  type LabelledExample,
} from '../../agent/pressure/index.ts';

describe('labelled example files', () => {
  it('reads default labels, explicit labels, comments and escapes', () => {
    const examples = parseLabelledExamples(
      ['# a comment', 'Hurry!', '', 'urgency,scarcity | Only 2 left, ends soon', 'neutral | Free returns', 'Zero\\u200Bwidth'].join('\n'),
      ['urgency'],
    );
    expect(examples).toEqual([
      { text: 'Hurry!', labels: ['urgency'] },
      { text: 'Only 2 left, ends soon', labels: ['urgency', 'scarcity'] },
      { text: 'Free returns', labels: [] },
      { text: 'Zero\u200bwidth', labels: ['urgency'] },
    ]);
  });

  it('keeps a "|" inside ordinary text and rejects unlabelled lines where labels are required', () => {
    expect(parseLabelledExamples('Free shipping | Free returns', [])).toEqual([{ text: 'Free shipping | Free returns', labels: [] }]);
    expect(() => parseLabelledExamples('no label here', undefined, 'set.txt')).toThrow(PressureDetectorError);
  });
});

describe('trainPressureModel', () => {
  const corpus: LabelledExample[] = [
    ...['hurry, ends tonight', 'offer ends soon', 'sale ends at midnight', 'last chance today'].map((text) => ({ text, labels: ['urgency'] as const })),
    ...['only 2 left', 'low stock', 'almost gone', 'selling fast'].map((text) => ({ text, labels: ['scarcity'] as const })),
    ...['free returns', 'waterproof boots', 'made in italy', 'ships in two days'].map((text) => ({ text, labels: [] })),
  ].map((e) => ({ text: e.text, labels: [...e.labels] }));

  it('refuses a corpus missing a tactic', () => {
    expect(() => trainPressureModel(corpus)).toThrow(/no examples for/);
  });

  it('is deterministic: the same examples give the same weights', () => {
    const full = [...corpus, ...['confirmshaming', 'social-proof', 'flattery', 'fear', 'authority', 'injection', 'misdirection', 'sneaking', 'obstruction', 'forced-action'].map((label) => ({ text: `example of ${label}`, labels: [label as LabelledExample['labels'][number]] }))];
    const a = trainPressureModel(full);
    const b = trainPressureModel(full);
    expect(Buffer.from(a.model.weights.buffer).equals(Buffer.from(b.model.weights.buffer))).toBe(true);
    expect([...a.model.biases]).toEqual([...b.model.biases]);
    const detector = createPressureDetector(a, { modelOnlyPenalty: 0 });
    const labels = detector('ends soon, hurry').tactics.map((t) => t.label);
    expect(labels).toContain('urgency');
  });
});

describe('scoreTextPressure', () => {
  it('is 0 without tactics, grows with confidence and with distinct tactics, and stays below 1', () => {
    expect(scoreTextPressure([])).toBe(0);
    const weak = scoreTextPressure([{ label: 'urgency', confidence: 0.6 }]);
    const strong = scoreTextPressure([{ label: 'urgency', confidence: 0.95 }]);
    const two = scoreTextPressure([{ label: 'urgency', confidence: 0.95 }, { label: 'scarcity', confidence: 0.95 }]);
    expect(weak).toBeGreaterThan(0);
    expect(strong).toBeGreaterThan(weak);
    expect(two).toBeGreaterThan(strong);
    expect(scoreTextPressure(Array.from({ length: 50 }, () => ({ label: 'injection' as const, confidence: 1 })))).toBeLessThanOrEqual(1);
  });
});
