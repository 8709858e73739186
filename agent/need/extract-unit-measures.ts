import type { AttributeDefinition } from '../../protocol/index.ts';
import { applyEffect } from './apply-effect.ts';
import { convertMeasure, unitOfDeclaration, unitOfWord, type MeasureUnit } from './measure-units.ts';
import { consume, note, quote, setConstraint, spanText, type ParseState } from './parse-state.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { normaliseValue } from './value-synonyms.ts';

type Bound = 'ceiling' | 'floor';

const BEFORE = new PhraseMatcher<{ phrases: readonly string[]; bound: Bound }>([
  {
    bound: 'ceiling',
    phrases: ['under', 'below', 'less than', 'lower than', 'max', 'maximum', 'at most', 'up to', 'no more than', 'not more than', 'not over', 'moins de', 'a moins de', 'pas plus de', 'jusqu a', 'au plus', 'maxi', 'max de', 'inferieur a', 'sous', 'en dessous de', 'au maximum', '<', '≤', 'within', 'smaller than', 'lighter than', 'quieter than', 'shorter than'],
  },
  {
    bound: 'floor',
    phrases: ['at least', 'over', 'above', 'more than', 'minimum', 'min', 'plus de', 'au moins', 'superieur a', 'minimum de', 'au minimum', '>', '≥', 'bigger than', 'larger than', 'longer than', 'greater than', 'from'],
  },
]);
const AFTER = new PhraseMatcher<{ phrases: readonly string[]; bound: Bound }>([
  { bound: 'ceiling', phrases: ['max', 'maximum', 'or less', 'at most', 'tops', 'ou moins', 'au maximum', 'maxi', 'au plus'] },
  { bound: 'floor', phrases: ['min', 'minimum', 'or more', 'at least', 'ou plus', 'au moins', 'au minimum', 'plus', '+'] },
]);

function boundBefore(state: ParseState, i: number): { bound: Bound; start: number } | undefined {
  for (let start = Math.max(0, i - 3); start < i; start++) {
    const match = BEFORE.matchAt(state.tokens, state.used, start);
    if (match && match.end === i) return { bound: match.entry.bound, start };
  }
  return undefined;
}

/** The number attribute a measure fills: same dimension, and its name or label said nearby when several could. */
function targetOf(state: ParseState, candidates: readonly AttributeDefinition[], around: { start: number; end: number }): AttributeDefinition | undefined {
  if (candidates.length <= 1) return candidates[0];
  const nearby = new Set<string>();
  for (let k = Math.max(0, around.start - 4); k < Math.min(state.tokens.length, around.end + 4); k++) nearby.add(state.tokens[k]!.norm);
  const named = candidates.find((a) => `${a.name.replace(/_/g, ' ')} ${normaliseValue(a.labels.en)} ${normaliseValue(a.labels.fr ?? '')}`.split(' ').some((w) => w.length > 2 && nearby.has(w)));
  return named ?? candidates[0];
}

/**
 * Reads numbers with a unit ("under 3 kg", "at least 2000 W", "moins de 75 dB", "a 27 inch screen", "20 L") into the
 * declared number attribute of the same dimension, converted to its unit: a bound is a constraint (lte / gte), a plain
 * measure a strong wish close to it. Such a number is never a price; one no declared attribute measures is reported.
 */
export function extractUnitMeasures(state: ParseState, attributes: readonly AttributeDefinition[], categoryLabel: string): void {
  const { tokens, used, draft } = state;
  const measured = attributes.filter((a) => a.type === 'number').map((a) => ({ attr: a, unit: unitOfDeclaration(a.unit) })).filter((m): m is { attr: AttributeDefinition; unit: MeasureUnit } => m.unit !== undefined);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (used[i] || token.kind !== 'number' || token.value === undefined) continue;
    const unitToken = tokens[i + 1];
    if (!unitToken || used[i + 1]) continue;
    const unit = unitOfWord(unitToken.norm);
    if (!unit) continue;
    const candidates = measured.filter((m) => m.unit.dimension === unit.dimension && !(unit.dimension === 'count' && m.attr.name === 'pack_size'));
    // "6 pieces" measures only a declared count ("pieces": 1000); otherwise it is a quantity or a pack size, read later.
    if (unit.dimension === 'count' && candidates.length === 0) continue;
    const before = boundBefore(state, i);
    const after = AFTER.matchAt(tokens, used, i + 2);
    const bound = before?.bound ?? after?.entry.bound;
    const start = before?.start ?? i;
    const end = after ? after.end : i + 2;
    const source = spanText(state, start, end);
    const target = targetOf(state, candidates.map((c) => c.attr), { start, end });
    consume(state, start, end);
    if (!target) {
      note(draft.notUnderstood, `${quote(source)} (no brand selling ${categoryLabel.toLowerCase()} states that measure)`);
      continue;
    }
    const value = convertMeasure(token.value, unit, unitOfDeclaration(target.unit)!)!;
    const modality = state.modality[i] ?? 'none';
    if (bound !== undefined) {
      const op = bound === 'ceiling' ? 'lte' : 'gte';
      if (modality === 'soft') applyEffect(draft, { kind: 'preference', attribute: target.name, direction: bound === 'ceiling' ? 'lower' : 'higher', value, weight: 0.7 }, { modality, emphasis: 0, negated: false });
      else setConstraint(draft, { attribute: target.name, op, value });
    } else if (modality === 'hard') setConstraint(draft, { attribute: target.name, op: 'eq', value });
    else applyEffect(draft, { kind: 'preference', attribute: target.name, direction: 'equals', value, weight: 0.8 }, { modality, emphasis: 0, negated: false });
    const unitNote = target.unit && normaliseValue(target.unit) !== unitToken.norm ? ` (${value} ${target.unit})` : '';
    note(draft.assumptions, `${target.name}: ${quote(source)}${unitNote}`);
    i = end - 1;
  }
}
