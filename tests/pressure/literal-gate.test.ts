import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVALUATION_SETS, loadEvaluationExamples, loadTrainingExamples, normalizeText } from '../../agent/pressure/index.ts';
import { LiteralScanner } from '../../agent/pressure/literal-scanner.ts';
import { matchPatterns } from '../../agent/pressure/match-patterns.ts';
import { TACTIC_PATTERNS } from '../../agent/pressure/patterns/index.ts';
import type { TacticPattern } from '../../agent/pressure/patterns/tactic-pattern.ts';
import { requiredLiterals } from '../../agent/pressure/required-literals.ts';
import { segmentText } from '../../agent/pressure/segment-text.ts';

/** Training texts per slice: the corpus is the largest source, cut in slices so each test stays well under its timeout. */
const TRAINING_SLICE = 400;
const TRAINING_SLICES = Math.ceil(loadTrainingExamples().length / TRAINING_SLICE);

/** Normalised texts per source (the training corpus in slices that together hold every text, then each evaluation set). */
const SOURCES: { name: string; load: () => string[] }[] = [
  ...Array.from({ length: TRAINING_SLICES }, (_, i) => ({
    name: `training ${i + 1}/${TRAINING_SLICES}`,
    load: () => loadTrainingExamples().slice(i * TRAINING_SLICE, (i + 1) * TRAINING_SLICE).map((e) => normalizeText(e.text).text),
  })),
  ...EVALUATION_SETS.map((set) => ({ name: set, load: () => loadEvaluationExamples(set).map((e) => normalizeText(e.text).text) })),
];

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

describe('the literal gate changes no match, and every match holds a literal of its pattern', () => {
  // One pass per source (the training corpus, then each evaluation set), so each stays well under its timeout however
  // many sets are added: every distinct text and segment of it is matched with and without the gate, and every raw match
  // of every pattern run ungated (all of them) is checked to contain one of the pattern's required literals.
  const literalsOf = new Map(TACTIC_PATTERNS.map((p) => [p, requiredLiterals(p.regex)]));
  let hits = 0;
  let matches = 0;
  for (const source of SOURCES) {
    it(`over every text of ${source.name} and every segment of it`, () => {
      const texts = source.load();
      expect(texts.length).toBeGreaterThan(0);
      // A segment that is its whole text (most are) is the same input: matched once.
      const inputs = new Set([...texts, ...texts.flatMap((t) => segmentText(t).map((s) => t.slice(s.start, s.end)))]);
      const onMatch = (pattern: TacticPattern, raw: string): void => {
        matches++;
        const literals = literalsOf.get(pattern);
        if (literals === undefined || !literals.some((l) => raw.includes(l))) expect.fail(`${pattern.id} on "${raw}" holds none of ${JSON.stringify(literals)}`);
      };
      for (const text of inputs) {
        const gated = matchPatterns(text);
        expect(gated).toEqual(matchPatterns(text, TACTIC_PATTERNS, { literalGate: false, onMatch }));
        hits += gated.length;
      }
    }, 60_000);
  }
  it('the sources together produce more than 1000 hits and raw matches', () => {
    expect(hits).toBeGreaterThan(1000);
    expect(matches).toBeGreaterThan(1000);
  });
});
