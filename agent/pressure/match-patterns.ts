import { TACTIC_PATTERNS, type TacticPattern } from './patterns/index.ts';
import type { PressureTacticLabel } from './pressure-tactics.ts';

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
  readonly patterns: readonly TacticPattern[];
}

const groupCache = new WeakMap<readonly TacticPattern[], readonly PatternGroup[]>();

/** Groups patterns by tactic, each group behind one combined gate regex (same matches, far fewer regex calls). */
function groupsOf(patterns: readonly TacticPattern[]): readonly PatternGroup[] {
  const cached = groupCache.get(patterns);
  if (cached !== undefined) return cached;
  const byLabel = new Map<string, TacticPattern[]>();
  for (const pattern of patterns) byLabel.set(pattern.label, [...(byLabel.get(pattern.label) ?? []), pattern]);
  const groups = [...byLabel.values()].map((members) => ({
    gate: new RegExp(members.map((p) => `(?:${p.regex.source})`).join('|')),
    patterns: members,
  }));
  groupCache.set(patterns, groups);
  return groups;
}

/** Runs every tactic pattern over normalised text and returns the trimmed, non-empty matches. */
export function matchPatterns(text: string, patterns: readonly TacticPattern[] = TACTIC_PATTERNS): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const group of groupsOf(patterns)) {
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
