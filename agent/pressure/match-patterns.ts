import { LiteralScanner } from './literal-scanner.ts';
import { TACTIC_PATTERNS, type TacticPattern } from './patterns/index.ts';
import { requiredLiterals, UNICODE_FOLDING_TO_ASCII } from './required-literals.ts';
import type { PressureTacticLabel } from '../../protocol/index.ts';

/** One pattern match, as offsets in the normalised text. */
export interface PatternHit {
  readonly patternId: string;
  readonly label: PressureTacticLabel;
  readonly start: number;
  readonly end: number;
  readonly weight: number;
}

const LEADING_NOISE = /^[\s.!?,;:\n-]+/;
const TRAILING_NOISE = /[\s,;:\n-]+$/;
/** The regexes that trim a match (the detector checks neither can tell one digit from another). */
export const HIT_TRIMMING_REGEXES: readonly RegExp[] = [LEADING_NOISE, TRAILING_NOISE];

/**
 * Literals a pattern cannot match without (see requiredLiterals), as ids in one of two scanners: `exact` for
 * case-sensitive regexes, `folded` (lowercased text) for case-insensitive ones. Undefined ids: always try the regex.
 */
interface PatternLiterals {
  readonly exact: readonly number[];
  readonly folded: readonly number[];
  /** Case-insensitive with the `u` flag: ſ and the Kelvin sign also match s and k. */
  readonly unicodeFolding: boolean;
}

interface PatternGroup {
  /** A cue the text must contain first (shared by the group's patterns), e.g. a sign of a language other than English. */
  readonly cue?: RegExp;
  readonly patterns: readonly TacticPattern[];
  /** Per pattern, the literals it needs (undefined: none known). */
  readonly literals: readonly (PatternLiterals | undefined)[];
  /** The group can match only if one of these is present (undefined: some pattern has no known literal). */
  readonly groupLiterals: PatternLiterals | undefined;
}

interface PatternIndex {
  readonly groups: readonly PatternGroup[];
  readonly exact: LiteralScanner;
  readonly folded: LiteralScanner;
  /** Scratch space for the scans (matching is synchronous, so one per index is enough). */
  readonly exactFound: Uint8Array;
  readonly foldedFound: Uint8Array;
  /** The literal ids found by the last scans, and the groups they open (scratch, like the above). */
  readonly exactIds: number[];
  readonly foldedIds: number[];
  readonly candidate: Uint8Array;
  /** For each literal id, the groups whose literals include it: a scan opens only those groups. */
  readonly groupsOfExact: readonly (readonly number[])[];
  readonly groupsOfFolded: readonly (readonly number[])[];
  /** Groups that may match whatever literals are found (some pattern has none known). */
  readonly ungatedGroups: readonly number[];
  /** Groups whose case-insensitive `u` patterns also match ſ and the Kelvin sign. */
  readonly foldingGroups: readonly number[];
}

/** Whether to skip regexes whose required literals are absent (never changes a result; off only to prove that). */
export interface MatchOptions {
  readonly literalGate: boolean;
  /** Told of every raw (untrimmed, non-empty) match of every pattern run, before trimming (tests check literals on it). */
  readonly onMatch?: (pattern: TacticPattern, raw: string) => void;
}

const indexCache = new WeakMap<readonly TacticPattern[], PatternIndex>();

/** Largest group, in characters of pattern source: a group none of whose literals is found is skipped whole. */
const MAX_GATE_SOURCE = 4_000;

/** Groups patterns by tactic and cue, in chunks of bounded size, each with the literals one of which it needs. */
function indexOf(patterns: readonly TacticPattern[]): PatternIndex {
  const cached = indexCache.get(patterns);
  if (cached !== undefined) return cached;
  const exactIds = new Map<string, number>();
  const foldedIds = new Map<string, number>();
  const idOf = (ids: Map<string, number>, literal: string): number => {
    let id = ids.get(literal);
    if (id === undefined) ids.set(literal, (id = ids.size));
    return id;
  };
  const literalsOf = (pattern: TacticPattern): PatternLiterals | undefined => {
    const literals = requiredLiterals(pattern.regex);
    if (literals === undefined) return undefined;
    const folded = pattern.regex.flags.includes('i');
    const ids = literals.map((l) => idOf(folded ? foldedIds : exactIds, l));
    return { exact: folded ? [] : ids, folded: folded ? ids : [], unicodeFolding: folded && /[uv]/.test(pattern.regex.flags) };
  };
  const byLabel = new Map<string, TacticPattern[]>();
  for (const pattern of patterns) {
    const key = `${pattern.label}\u0000${pattern.cue?.source ?? ''}`;
    byLabel.set(key, [...(byLabel.get(key) ?? []), pattern]);
  }
  const groups: PatternGroup[] = [];
  for (const members of byLabel.values()) {
    let chunk: TacticPattern[] = [];
    let size = 0;
    const flush = () => {
      const cue = chunk[0]?.cue;
      if (chunk.length > 0) {
        const literals = chunk.map(literalsOf);
        const groupLiterals = literals.every((l) => l !== undefined)
          ? {
              exact: [...new Set(literals.flatMap((l) => l!.exact))],
              folded: [...new Set(literals.flatMap((l) => l!.folded))],
              unicodeFolding: literals.some((l) => l!.unicodeFolding),
            }
          : undefined;
        groups.push({ patterns: chunk, literals, groupLiterals, ...(cue ? { cue } : {}) });
      }
      chunk = [];
      size = 0;
    };
    for (const pattern of members) {
      if (size > 0 && size + pattern.regex.source.length > MAX_GATE_SOURCE) flush();
      chunk.push(pattern);
      size += pattern.regex.source.length + 6;
    }
    flush();
  }
  const groupsOfExact: number[][] = Array.from({ length: exactIds.size }, () => []);
  const groupsOfFolded: number[][] = Array.from({ length: foldedIds.size }, () => []);
  const ungatedGroups: number[] = [];
  const foldingGroups: number[] = [];
  groups.forEach((group, g) => {
    const literals = group.groupLiterals;
    if (literals === undefined) ungatedGroups.push(g);
    else {
      for (const id of literals.exact) groupsOfExact[id]!.push(g);
      for (const id of literals.folded) groupsOfFolded[id]!.push(g);
      if (literals.unicodeFolding) foldingGroups.push(g);
    }
  });
  const index: PatternIndex = {
    groups,
    exact: new LiteralScanner([...exactIds.keys()]),
    folded: new LiteralScanner([...foldedIds.keys()]),
    exactFound: new Uint8Array(exactIds.size),
    foldedFound: new Uint8Array(foldedIds.size),
    exactIds: [],
    foldedIds: [],
    candidate: new Uint8Array(groups.length),
    groupsOfExact,
    groupsOfFolded,
    ungatedGroups,
    foldingGroups,
  };
  indexCache.set(patterns, index);
  return index;
}

/** Which literals of the index occur in the text (the folded scanner reads the lowercased text). */
interface LiteralsFound {
  readonly exact: Uint8Array;
  readonly folded: Uint8Array;
  readonly unicodeFolding: boolean;
}

function mayMatch(literals: PatternLiterals | undefined, found: LiteralsFound | undefined): boolean {
  if (literals === undefined || found === undefined) return true;
  if (literals.unicodeFolding && found.unicodeFolding) return true;
  for (const id of literals.exact) if (found.exact[id] === 1) return true;
  for (const id of literals.folded) if (found.folded[id] === 1) return true;
  return false;
}

/**
 * Runs every tactic pattern over normalised text and returns the trimmed, non-empty matches. A one-pass literal scan
 * first rules out every pattern (and group) whose required literals are absent, so most texts reach few regexes.
 */
export function matchPatterns(text: string, patterns: readonly TacticPattern[] = TACTIC_PATTERNS, options: MatchOptions = { literalGate: true }): PatternHit[] {
  const hits: PatternHit[] = [];
  const cues = new Map<RegExp, boolean>();
  const index = indexOf(patterns);
  let found: LiteralsFound | undefined;
  const { candidate } = index;
  if (options.literalGate) {
    index.exactIds.length = 0;
    index.foldedIds.length = 0;
    found = {
      exact: index.exact.scan(text, index.exactFound, index.exactIds),
      folded: index.folded.literals.length > 0 ? index.folded.scan(text.toLowerCase(), index.foldedFound, index.foldedIds) : index.foldedFound.fill(0),
      unicodeFolding: UNICODE_FOLDING_TO_ASCII.test(text),
    };
    // The groups `mayMatch` would let through: those holding a literal found, those without known literals, and (on ſ
    // or the Kelvin sign) those with case-insensitive `u` patterns; visited below in their own order.
    candidate.fill(0);
    for (const id of index.exactIds) for (const g of index.groupsOfExact[id]!) candidate[g] = 1;
    for (const id of index.foldedIds) for (const g of index.groupsOfFolded[id]!) candidate[g] = 1;
    for (const g of index.ungatedGroups) candidate[g] = 1;
    if (found.unicodeFolding) for (const g of index.foldingGroups) candidate[g] = 1;
  }
  for (let g = 0; g < index.groups.length; g++) {
    const group = index.groups[g]!;
    if (found !== undefined ? candidate[g] === 0 : !mayMatch(group.groupLiterals, found)) continue;
    if (group.cue !== undefined) {
      let present = cues.get(group.cue);
      if (present === undefined) cues.set(group.cue, (present = group.cue.test(text)));
      if (!present) continue;
    }
    // Ungated, every pattern runs (the reference the gate is checked against); gated, the few patterns left.
    collectHits(text, group, found, hits, options.onMatch);
  }
  return hits;
}

function collectHits(text: string, group: PatternGroup, found: LiteralsFound | undefined, hits: PatternHit[], onMatch: MatchOptions['onMatch']): void {
  for (let p = 0; p < group.patterns.length; p++) {
    const pattern = group.patterns[p]!;
    if (!mayMatch(group.literals[p], found)) continue;
    const regex = pattern.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const raw = match[0];
      if (raw.length === 0) {
        regex.lastIndex++;
        continue;
      }
      onMatch?.(pattern, raw);
      const lead = LEADING_NOISE.exec(raw)?.[0].length ?? 0;
      const trail = TRAILING_NOISE.exec(raw.slice(lead))?.[0].length ?? 0;
      const start = match.index + lead;
      const end = match.index + raw.length - trail;
      if (end > start) hits.push({ patternId: pattern.id, label: pattern.label, start, end, weight: pattern.weight });
    }
  }
}
