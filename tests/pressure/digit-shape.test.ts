import { describe, expect, it } from 'vitest';
import { digitSensitive } from '../../agent/pressure/digit-shape.ts';
import { DIGIT_SHAPES_SHAREABLE } from '../../agent/pressure/pressure-detector.ts';
import {
  EVALUATION_SETS,
  createPressureDetector,
  getDefaultPressureModel,
  loadEvaluationExamples,
  loadTrainingExamples,
} from '../../agent/pressure/index.ts';

describe('digit shapes', () => {
  it('counts a regex as digit-sensitive whenever it could tell one digit from another', () => {
    for (const r of [/(?:19|20)\d{2}/, /[a-z05]/, /[1-9]/, /[0-5]/, /[+-0-9]/, new RegExp('[0-9]', 'v'), /10\/10/, /\x31/, /\u0032/, /(\d)\1/, /(?<n>\d)\k<n>/, /\u{31}/u, /[.,]00/]) expect(digitSensitive(r), r.source).toBe(true);
    for (const r of [/\d{3,}/, /\bcert\s*\d{1,2}/, /[a-z]+/, /\x41/, /\u017f/, /a{2,3}b/, /\D\w\s\b/]) expect(digitSensitive(r), r.source).toBe(false);
  });

  it('a class holding the whole range 0-9 sees every digit alike', () => {
    for (const r of [/[a-z0-9]/, /[a-z0-9'-]+/g, /[^0-9]/, /[0-9a-f]{2}/]) expect(digitSensitive(r), r.source).toBe(false);
  });

  it('the default detector shares readings by digit shape (no segment reader tells one digit from another)', () => {
    // A reader that names a digit turns the sharing off for every segment, silently: readings stay right but every
    // counter ("only 3 left", "€41.20") is read afresh. 2bd9ddb's word counter ([a-z0-9'-]+) did so until simspeed32.
    expect(DIGIT_SHAPES_SHAREABLE).toBe(true);
  });

  it('texts that differ only in their digits read exactly as without any cache', () => {
    // Every labelled text with a digit, then the same texts with each digit shifted by 1..9 (so "in 1 click" becomes
    // "in 2 click", "(2019)" becomes "(3120)", "100 %" becomes "211 %", "10/10" becomes "21/21"), plus hand-made lines
    // whose readings hinge on digit values.
    const base = [...loadTrainingExamples(), ...EVALUATION_SETS.flatMap((set) => loadEvaluationExamples(set))].map((e) => e.text).filter((t) => /[0-9]/.test(t));
    const made = [
      'Cancel in 1 click from your account. Renews monthly.',
      'Cancel in 4 clicks from your account. Renews monthly.',
      'Certified, report no. 2019 (2019).',
      'Certified, report no. 2019 (1819).',
      'Rated 10/10 by 100 % of buyers, 5 stars!',
      'Rated 90/10 by 700 % of buyers, 8 stars!',
      'Give 30 days notice to cancel. We can do €45.00.',
      'Give 90 days notice to cancel. We can do €45.50.',
      'Pay €0.00 upfront today.',
      'Pay €7.00 upfront today.',
    ];
    const texts = [...made, ...base];
    for (let k = 1; k <= 9; k++) for (const t of [...made, ...base]) texts.push(t.replace(/[0-9]/g, (d) => String((Number(d) + k) % 10)));
    const model = getDefaultPressureModel();
    const plain = createPressureDetector(model, { segmentCacheSize: 0 });
    const cached = createPressureDetector(model);
    expect(texts.map((t) => cached(t))).toEqual(texts.map((t) => plain(t)));
  }, 600_000); // Every labelled text of every set, read several times: it grows with each evaluation set.
});
