import { TACTIC_PATTERNS, type TacticPattern } from './patterns/index.ts';
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

interface PatternGroup {
  /** One alternation of every pattern in the group: a cheap test that skips the group when none can match. */
  readonly gate: RegExp;
  /** A cue the text must contain first (shared by the group's patterns), e.g. a sign of a language other than English. */
  readonly cue?: RegExp;
  readonly patterns: readonly TacticPattern[];
}

const groupCache = new WeakMap<readonly TacticPattern[], readonly PatternGroup[]>();

/**
 * Longest gate source, in characters. V8 keeps very large regexes in its bytecode interpreter (native code has a size
 * limit), where one huge alternation costs more than the patterns it stands for; bounded gates stay compiled.
 */
const MAX_GATE_SOURCE = 4_000;

/** Groups patterns by tactic, each group behind combined gate regexes of bounded size (same matches, far fewer regex calls). */
function groupsOf(patterns: readonly TacticPattern[]): readonly PatternGroup[] {
  const cached = groupCache.get(patterns);
  if (cached !== undefined) return cached;
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
      if (chunk.length > 0) groups.push({ gate: new RegExp(chunk.map((p) => `(?:${p.regex.source})`).join('|')), patterns: chunk, ...(cue ? { cue } : {}) });
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
  groupCache.set(patterns, groups);
  return groups;
}

/** Runs every tactic pattern over normalised text and returns the trimmed, non-empty matches. */
export function matchPatterns(text: string, patterns: readonly TacticPattern[] = TACTIC_PATTERNS): PatternHit[] {
  const hits: PatternHit[] = [];
  const cues = new Map<RegExp, boolean>();
  for (const group of groupsOf(patterns)) {
    if (group.cue !== undefined) {
      let present = cues.get(group.cue);
      if (present === undefined) cues.set(group.cue, (present = group.cue.test(text)));
      if (!present) continue;
    }
    if (group.gate.test(text)) collectHits(text, group.patterns, hits);
  }
  return hits;
}

function collectHits(text: string, patterns: readonly TacticPattern[], hits: PatternHit[]): void {
  for (const pattern of patterns) {
    const regex = pattern.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const raw = match[0];
      if (raw.length === 0) {
        regex.lastIndex++;
        continue;
      }
      const lead = LEADING_NOISE.exec(raw)?.[0].length ?? 0;
      const trail = TRAILING_NOISE.exec(raw.slice(lead))?.[0].length ?? 0;
      const start = match.index + lead;
      const end = match.index + raw.length - trail;
      if (end > start) hits.push({ patternId: pattern.id, label: pattern.label, start, end, weight: pattern.weight });
    }
  }
}
