import { addDays, parseDateAt, parseDurationAt } from './parse-date.ts';
import type { DateExpression } from './parse-date.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import { consume, note, spanText } from './parse-state.ts';
import type { ParseState } from './parse-state.ts';

type MarkerKind = 'by' | 'by-or-within' | 'before' | 'within' | 'within-with-context' | 'context';

const MARKERS: ReadonlyArray<{ phrases: readonly string[]; kind: MarkerKind }> = [
  { kind: 'by', phrases: ['by', 'until', 'till', 'no later than', 'at the latest', 'latest by', 'for', 'on', 'pour', 'jusqu a', 'au plus tard', 'at latest', 'latest', 'due'] },
  // "d'ici vendredi" is by a day, "d'ici une semaine" within a span: both end the wait.
  { kind: 'by-or-within', phrases: ['d ici'] },
  { kind: 'before', phrases: ['before', 'avant', 'prior to', 'ahead of'] },
  { kind: 'within', phrases: ['within', 'in', 'in less than', 'in under', 'sous', 'dans', 'en', 'en moins de', 'in the next', 'over the next'] },
  // These also introduce prices or battery life: they mean a deadline only next to a delivery word ("max 3 days delivery").
  { kind: 'within-with-context', phrases: ['under', 'less than', 'max', 'maximum', 'no more than', 'at most'] },
  {
    kind: 'context',
    phrases: [
      'delivered', 'delivery', 'deliver', 'deliveries', 'arrive', 'arrives', 'arriving', 'arrival', 'get it', 'have it', 'need it', 'need them', 'receive it',
      'receive', 'received', 'ship', 'shipped', 'shipping', 'dispatched', 'livre', 'livree', 'livres', 'livrees', 'livraison', 'recu', 'recus', 'recevoir',
      'arriver', 'arrivee', 'expedie', 'delivered to me', 'in my hands', 'there', 'here',
    ],
  },
];

const matcher = new PhraseMatcher(MARKERS);
/** Bounds said after the day ("the 18th at the latest", "le 18/12 au plus tard"): they restate "by". */
const LATEST_AFTER: ReadonlySet<string> = new Set(['at the latest', 'au plus tard', 'at latest', 'latest']);

/** Words the deadline reader uses, for typo correction and leftovers. */
export const DEADLINE_WORDS: readonly string[] = MARKERS.flatMap((m) => m.phrases.flatMap((p) => p.split(' ')));

function resolve(expression: DateExpression, kind: MarkerKind): Date {
  if (expression.instant) return expression.instant;
  if (kind === 'before') return expression.firstDay ?? expression.day!;
  // "By Friday" means any time on Friday: the last millisecond of that UTC day.
  return new Date(addDays(expression.day!, 1).getTime() - 1);
}

/**
 * Finds delivery deadlines ("delivered by Friday", "within 3 days", "before 2026-12-24", "livré avant vendredi") and
 * keeps the earliest. "By X" is the end of day X, "before X" its start, durations count from now; all UTC.
 */
export function extractDeadline(state: ParseState): void {
  const { tokens, used, now } = state;
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const start = i;
    let cursor = i;
    let kind: MarkerKind | undefined;
    let hadContext = false;
    // Up to two marker phrases ("delivered" + "by"), in that order.
    for (let step = 0; step < 2; step++) {
      const marker = matcher.matchAt(tokens, used, cursor);
      if (!marker) break;
      if (marker.entry.kind === 'context') hadContext = true;
      else kind = marker.entry.kind;
      cursor = marker.end;
    }
    const needsContext = kind === 'within-with-context' || kind === undefined;
    const markerKind = kind === 'within-with-context' ? 'within' : kind === 'by-or-within' ? 'by' : (kind ?? (hadContext ? 'by' : undefined));
    let expression: DateExpression | undefined;
    if (markerKind === 'within' || (markerKind === 'by' && (hadContext || kind === 'by-or-within')) || markerKind === undefined) {
      expression = parseDurationAt(tokens, used, cursor, now);
      // A bare duration ("3 days") only counts with a delivery word before or after it.
      if (expression && needsContext && !hadContext && !isDeliveryContextAt(state, expression.end)) expression = undefined;
    }
    if (!expression && markerKind !== 'within') {
      // English day abbreviations are French words in a French request: "pour mon fils" is "for my son", not Monday.
      expression = parseDateAt(tokens, used, cursor, now, { allowAbbreviations: markerKind !== undefined && state.language !== 'fr', allowBareMonth: markerKind !== undefined && kind !== undefined });
    }
    if (!expression) continue;
    // A bare "2/3" is more often a fraction ("42 2/3") or a size pair than a date: numeric dates need "by"/"before".
    if (markerKind === undefined && tokens[expression.start]?.kind === 'slash-date') continue;
    let end = expression.end;
    // "Friday delivery", "3 day shipping", "le 18/12 au plus tard": a trailing delivery word or latest-bound belongs to the deadline.
    const trailing = matcher.matchAt(tokens, used, end);
    if (trailing?.entry.kind === 'context' || (trailing !== undefined && LATEST_AFTER.has(trailing.phrase))) end = trailing!.end;
    const source = spanText(state, start, end);
    const at = resolve(expression, markerKind === 'within' ? 'by' : (markerKind ?? 'by'));
    consume(state, start, end);
    i = end - 1;
    const say = NOTE_MESSAGES[state.language ?? 'en'];
    if (at.getTime() <= now.getTime()) {
      note(state.draft.notUnderstood, say.datePassed(source));
      continue;
    }
    if (expression.ambiguous) note(state.draft.assumptions, say.dayMonth(expression.ambiguous));
    if (!state.draft.deadline || at.getTime() < state.draft.deadline.at.getTime()) state.draft.deadline = { at, source };
    if (expression.relative || markerKind === undefined) {
      const when = expression.instant ? say.deadlineInstant(at.toISOString().slice(0, 16).replace('T', ' ')) : say.deadlineDay(say.utcDay(markerKind === 'before' ? new Date(at.getTime() - 1) : at));
      note(state.draft.assumptions, say.deadline(source, when));
    }
  }
}

function isDeliveryContextAt(state: ParseState, index: number): boolean {
  const marker = matcher.matchAt(state.tokens, state.used, index);
  return marker?.entry.kind === 'context';
}
