import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVALUATION_SETS, loadEvaluationExamples, loadTrainingExamples, normalizeText } from '../../agent/pressure/index.ts';
import { LiteralScanner } from '../../agent/pressure/literal-scanner.ts';
import { matchPatterns } from '../../agent/pressure/match-patterns.ts';
import { TACTIC_PATTERNS } from '../../agent/pressure/patterns/index.ts';
import { requiredLiterals } from '../../agent/pressure/required-literals.ts';
import { segmentText } from '../../agent/pressure/segment-text.ts';

function labelledTexts(): string[] {
  return [...loadTrainingExamples(), ...EVALUATION_SETS.flatMap((set) => loadEvaluationExamples(set))].map((e) => normalizeText(e.text).text);
}

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

  it('every pattern has literals, and every match of every pattern over the labelled texts contains one', () => {
    const texts = labelledTexts();
    let matches = 0;
    for (const pattern of TACTIC_PATTERNS) {
      const literals = requiredLiterals(pattern.regex);
      expect(literals, pattern.id).toBeDefined();
      const regex = new RegExp(pattern.regex.source, pattern.regex.flags.includes('g') ? pattern.regex.flags : `${pattern.regex.flags}g`);
      for (const text of texts) {
        for (const match of text.matchAll(regex)) {
          if (match[0].length === 0) continue;
          matches++;
          expect(literals!.some((l) => match[0].includes(l)), `${pattern.id} on "${match[0]}"`).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(1000);
    // Every pattern over every labelled text: it grows with the sets, and with the load of a busy machine.
  }, 120_000);

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

describe('the literal gate changes no match', () => {
  // Every labelled text and every segment of it, matched with and without the gate: one test per source (the training
  // corpus, then each evaluation set), so each stays well under its timeout however many sets are added.
  const sources: { name: string; load: () => string[] }[] = [
    { name: 'training', load: () => loadTrainingExamples().map((e) => normalizeText(e.text).text) },
    ...EVALUATION_SETS.map((set) => ({ name: set, load: () => loadEvaluationExamples(set).map((e) => normalizeText(e.text).text) })),
  ];
  let hits = 0;
  for (const source of sources) {
    it(`gated == ungated over every text of ${source.name} and every segment of it`, () => {
      const texts = source.load();
      expect(texts.length).toBeGreaterThan(0);
      const inputs = [...texts, ...texts.flatMap((t) => segmentText(t).map((s) => t.slice(s.start, s.end)))];
      for (const text of inputs) {
        const gated = matchPatterns(text);
        expect(gated).toEqual(matchPatterns(text, TACTIC_PATTERNS, { literalGate: false }));
        hits += gated.length;
      }
    }, 60_000);
  }
  it('the sources together produce more than 1000 hits', () => {
    expect(hits).toBeGreaterThan(1000);
  });
});
