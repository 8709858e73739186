import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVALUATION_SETS, loadEvaluationExamples, loadTrainingExamples, normalizeText } from '../../agent/pressure/index.ts';
import { LiteralScanner } from '../../agent/pressure/literal-scanner.ts';
import { matchPatterns, type PatternHit } from '../../agent/pressure/match-patterns.ts';
import { TACTIC_PATTERNS } from '../../agent/pressure/patterns/index.ts';
import type { TacticPattern } from '../../agent/pressure/patterns/tactic-pattern.ts';
import { requiredLiterals } from '../../agent/pressure/required-literals.ts';
import { segmentText } from '../../agent/pressure/segment-text.ts';

/**
 * Every distinct input the detector's matcher sees on the labelled texts: each text of the training corpus and of every
 * evaluation set, normalised once however many sources hold it, and each segment of it. Gathered in one shared pass at
 * collection (the same sentence in several sets is matched once), then cut into chunks of INPUTS_PER_CHUNK inputs, so each
 * test's work is bounded however many sets are added and nothing is left out (an input costs about 3.4 ms of CPU,
 * gated and ungated: a chunk about 0.7 s, under its timeout even at a load of 60 on 2 cores, where a 640-line set took 62-150 s).
 */
const INPUTS_PER_CHUNK = 200;
const SOURCE_TEXTS: { name: string; texts: readonly string[] }[] = [
  { name: 'training', texts: loadTrainingExamples().map((e) => e.text) },
  ...EVALUATION_SETS.map((set) => ({ name: set, texts: loadEvaluationExamples(set).map((e) => e.text) })),
];
const INPUTS: string[] = (() => {
  const normalised = new Map<string, string>();
  const inputs = new Set<string>();
  for (const source of SOURCE_TEXTS) {
    for (const raw of source.texts) {
      if (normalised.has(raw)) continue;
      const text = normalizeText(raw).text;
      normalised.set(raw, text);
      // A segment that is its whole text (most are) is the same input: matched once.
      inputs.add(text);
      for (const s of segmentText(text)) inputs.add(text.slice(s.start, s.end));
    }
  }
  return [...inputs];
})();
const CHUNKS = Math.ceil(INPUTS.length / INPUTS_PER_CHUNK);

describe('required literals of a regex', () => {
  it('reads literals through groups, alternations, classes, escapes, quantifiers and assertions', () => {
    expect(requiredLiterals(/only \d+ left/g)).toEqual(['only ']);
    expect(requiredLiterals(/\b(?:hurry|act now)\b/)).toEqual(['hurry', 'act now']);
    expect(requiredLiterals(/colou?r/)).toEqual(['color', 'colour']);
    expect(requiredLiterals(/(?<!\bthe\s)\bends?\b/)).toEqual(['end']);
    expect(requiredLiterals(/[sz]ale/)).toEqual(['sale', 'zale']);
    expect(requiredLiterals(/x*y?/)).toBeUndefined();
    expect(requiredLiterals(/.+/)).toBeUndefined();
    expect(requiredLiterals(/(a)\1/)).toBeUndefined();
    expect(requiredLiterals(/HURRY/i)).toEqual(['hurry']);
    // Case-insensitive: non-ASCII letters fold in ways a plain search would miss, so they end a literal.
    expect(requiredLiterals(/café/i)).toEqual(['caf']);
    expect(requiredLiterals(/caf\u00e9/)).toBeUndefined();
  });

  it('every pattern has literals', () => {
    for (const pattern of TACTIC_PATTERNS) expect(requiredLiterals(pattern.regex), pattern.id).toBeDefined();
  });

  it('holds on random texts built from the literals themselves (a property over tricky regexes)', () => {
    const regexes = [/(?:only|just)\s+\d{1,2}\s+(?:[a-z-]+\s+){0,2}?left\b(?!-)/g, /\b(?:a|an|the)?\s*(?:sale|deal)s? (?:ends|is over)\b/g, /[,;]\s?(?:act|buy) now[!.]?/g, /x{2,3}(?:yz|zy)+/g];
    const pieces = ['only', 'just', ' ', '2', '12', 'left', '-', 'shoes ', 'a', 'the', 'sale', 'deal', 's', ' ends', ' is over', ',', ';', 'act', 'buy', ' now', '!', 'x', 'yz', 'zy'];
    for (const regex of regexes) {
      const literals = requiredLiterals(regex);
      expect(literals).toBeDefined();
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
          const text = parts.join('');
          for (const match of text.matchAll(regex)) if (match[0].length > 0 && !literals!.some((l) => match[0].includes(l))) return false;
          return true;
        }),
        { numRuns: 500, seed: 11 },
      );
    }
  });
});

describe('literal scanner', () => {
  it('finds overlapping literals, suffixes and repeats in one pass', () => {
    const scanner = new LiteralScanner(['he', 'she', 'his', 'hers', 'ushe', 'x']);
    const found = scanner.scan('ushers', new Uint8Array(6));
    expect([...found]).toEqual([1, 1, 0, 1, 1, 0]);
    expect([...scanner.scan('', new Uint8Array(6))]).toEqual([0, 0, 0, 0, 0, 0]);
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), fc.string({ maxLength: 30 }), (literals, text) => {
        const got = new LiteralScanner(literals).scan(text, new Uint8Array(literals.length));
        return literals.every((l, i) => (got[i] === 1) === text.includes(l));
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});

/** Whether two hit lists are equal field by field, in order. */
function sameHits(a: readonly PatternHit[], b: readonly PatternHit[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.patternId !== y.patternId || x.label !== y.label || x.start !== y.start || x.end !== y.end || x.weight !== y.weight || Object.keys(x).length !== Object.keys(y).length) return false;
  }
  return true;
}

describe('the literal gate changes no match, and every match holds a literal of its pattern', () => {
  // Every distinct input (see INPUTS) is matched with and without the gate, and every raw match of every pattern run
  // ungated (all of them) is checked to contain one of the pattern's required literals.
  const literalsOf = new Map(TACTIC_PATTERNS.map((p) => [p, requiredLiterals(p.regex)]));
  let hits = 0;
  let matches = 0;
  let checked = 0;
  it('every source holds texts, and the inputs hold them all', () => {
    for (const source of SOURCE_TEXTS) expect(source.texts.length, source.name).toBeGreaterThan(0);
    expect(INPUTS.length).toBeGreaterThan(SOURCE_TEXTS.length);
  });
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    it(`over distinct inputs ${chunk * INPUTS_PER_CHUNK + 1}-${Math.min((chunk + 1) * INPUTS_PER_CHUNK, INPUTS.length)} of ${INPUTS.length} (texts and segments of every source)`, () => {
      const onMatch = (pattern: TacticPattern, raw: string): void => {
        matches++;
        const literals = literalsOf.get(pattern);
        if (literals === undefined || !literals.some((l) => raw.includes(l))) expect.fail(`${pattern.id} on "${raw}" holds none of ${JSON.stringify(literals)}`);
      };
      for (const text of INPUTS.slice(chunk * INPUTS_PER_CHUNK, (chunk + 1) * INPUTS_PER_CHUNK)) {
        const gated = matchPatterns(text);
        const ungated = matchPatterns(text, TACTIC_PATTERNS, { literalGate: false, onMatch });
        // Compared cheaply first; the deep comparison (with its readable diff) only when they differ.
        if (!sameHits(gated, ungated)) expect(gated).toEqual(ungated);
        hits += gated.length;
        checked++;
      }
    }, 60_000);
  }
  it('every input was matched, and together they produce more than 1000 hits and raw matches', () => {
    expect(checked).toBe(INPUTS.length);
    expect(hits).toBeGreaterThan(1000);
    expect(matches).toBeGreaterThan(1000);
  });
});
