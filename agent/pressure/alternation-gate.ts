import { LiteralScanner } from './literal-scanner.ts';
import { requiredLiterals } from './required-literals.ts';

/**
 * A lossless gate in front of a regex written as a top-level alternation `A|B|…` (its alternatives given one by one):
 * the regex matches somewhere in a text exactly when one of its alternatives does, and an alternative cannot match a
 * text that holds none of its required literals (see requiredLiterals). `mayMatch` finds the literals present in one
 * pass (Aho–Corasick) and runs only the alternatives they leave possible, each alone: `false` means the whole regex has
 * no match in the text; `true` means one alternative matched, so the caller reads the text with the regex itself.
 * Alternatives must not refer to each other's groups (no backreferences by number or name).
 */
export class AlternationGate {
  /** Each alternative alone, with the flags of the whole regex. */
  private readonly alternatives: readonly RegExp[];
  /** Alternatives with no known literals: always run. */
  private readonly ungated: readonly number[];
  /** For each literal id, the alternatives it lets through. */
  private readonly byLiteral: ReadonlyArray<readonly number[]>;
  private readonly scanner: LiteralScanner;
  private readonly found: Uint8Array;
  private readonly ids: number[] = [];
  private readonly tried: Uint8Array;

  constructor(sources: readonly string[], flags = '') {
    if (/[gy]/.test(flags)) throw new RangeError('AlternationGate: a global or sticky regex keeps state between tests');
    if (flags.includes('i')) throw new RangeError('AlternationGate: literals are matched case-sensitively');
    this.alternatives = sources.map((source) => new RegExp(source, flags));
    const ungated: number[] = [];
    const literalIds = new Map<string, number>();
    const byLiteral: number[][] = [];
    this.alternatives.forEach((regex, index) => {
      if (/\\[1-9k]/.test(regex.source)) throw new RangeError(`AlternationGate: alternative ${index} has a backreference`);
      const literals = requiredLiterals(regex);
      if (literals === undefined || literals.length === 0 || literals.some((l) => l.length === 0)) {
        ungated.push(index);
        return;
      }
      for (const literal of literals) {
        let id = literalIds.get(literal);
        if (id === undefined) {
          literalIds.set(literal, (id = literalIds.size));
          byLiteral.push([]);
        }
        if (!byLiteral[id]!.includes(index)) byLiteral[id]!.push(index);
      }
    });
    this.ungated = ungated;
    this.byLiteral = byLiteral;
    this.scanner = new LiteralScanner([...literalIds.keys()]);
    this.found = new Uint8Array(literalIds.size);
    this.tried = new Uint8Array(sources.length);
  }

  /** Whether the whole alternation may match `text`: false only when no alternative matches it. */
  mayMatch(text: string): boolean {
    for (const index of this.ungated) if (this.alternatives[index]!.test(text)) return true;
    const ids = this.ids;
    ids.length = 0;
    this.scanner.scan(text, this.found, ids);
    if (ids.length === 0) return false;
    const tried = this.tried;
    tried.fill(0);
    for (const id of ids) {
      for (const index of this.byLiteral[id]!) {
        if (tried[index] === 1) continue;
        tried[index] = 1;
        if (this.alternatives[index]!.test(text)) return true;
      }
    }
    return false;
  }
}
