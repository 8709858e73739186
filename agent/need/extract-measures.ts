import { TAXONOMY } from '../../protocol/index.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import type { PhraseMatch } from './phrase-matcher.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import { clampWeight, consume, note, setAsSaid, setConstraint, setPreference, spanText } from './parse-state.ts';
import type { ParseState } from './parse-state.ts';
import { articleOneAt } from './number-words.ts';

const GRAMS_PER_UNIT: Readonly<Record<string, number>> = {
  g: 1, gr: 1, grs: 1, gram: 1, grams: 1, gramme: 1, grammes: 1, kg: 1000, kgs: 1000, kilo: 1000, kilos: 1000, kilogram: 1000,
  kilograms: 1000, kilogramme: 1000, kilogrammes: 1000, lb: 453.6, lbs: 453.6, pound: 453.6, pounds: 453.6, oz: 28.35, ounce: 28.35, ounces: 28.35,
};
const HOUR_UNITS = new Set(['h', 'hr', 'hrs', 'hour', 'hours', 'heure', 'heures', 'hours']);

const AT_LEAST = new PhraseMatcher([
  { phrases: ['at least', 'minimum', 'min', 'more than', 'over', 'above', 'greater than', 'au moins', 'plus de', 'minimum de', 'superieure a', 'superieur a', '>', '≥', 'upwards of', 'no less than', 'not less than'] },
]);
const AT_MOST = new PhraseMatcher([
  { phrases: ['under', 'less than', 'below', 'max', 'maximum', 'at most', 'lighter than', 'moins de', '<', '≤', 'sous', 'no more than', 'not more than', 'not over', 'inferieur a', 'up to'] },
]);
const APPROX = new PhraseMatcher([{ phrases: ['around', 'about', 'approx', 'approximately', 'roughly', 'environ', '~', '≈'] }]);
const AT_LEAST_AFTER = new PhraseMatcher([{ phrases: ['or more', 'minimum', 'min', 'at least', 'ou plus', 'et plus', 'plus', '+'] }]);
const BATTERY_CONTEXT = new PhraseMatcher([
  {
    phrases: [
      'battery', 'battery life', 'of battery', 'of battery life', 'batterie', 'de batterie', 'autonomie', 'd autonomie', 'playback', 'of playback',
      'playtime', 'play time', 'of playtime', 'of play', 'listening', 'of listening', 'd ecoute', 'lasting', 'battery lasting', 'battery of',
      'battery life of', 'with a battery of', 'autonomie de', 'battery that lasts', 'lasts', 'that lasts', 'anc on', 'with anc',
    ],
  },
]);
const PER_SHOE = new PhraseMatcher([{ phrases: ['per shoe', 'a shoe', 'each', 'par chaussure', 'la chaussure', 'per pair'] }]);
const WEIGHT_CONTEXT = new PhraseMatcher([{ phrases: ['weight', 'weighing', 'weighs', 'that weighs', 'poids', 'pesant', 'qui pese', 'weight of', 'poids de'] }]);

/** Words the measurement readers use, for typo correction and leftovers. */
export const MEASURE_WORDS: readonly string[] = [
  ...Object.keys(GRAMS_PER_UNIT), ...HOUR_UNITS, 'battery', 'life', 'batterie', 'autonomie', 'playback', 'playtime', 'weight', 'weighing', 'poids',
  'drop', 'mm', 'arabica', 'least', 'minimum', 'more', 'lighter',
];

function matchBefore(matcher: PhraseMatcher<{ phrases: readonly string[] }>, state: ParseState, index: number, reach = 4): PhraseMatch<{ phrases: readonly string[] }> | undefined {
  for (let start = Math.max(0, index - reach); start < index; start++) {
    const match = matcher.matchAt(state.tokens, state.used, start);
    if (match && match.end === index) return match;
  }
  return undefined;
}

/** The start of a run of phrases (any of the matchers, in any order) that ends right before `index`. */
function leadingPhrases(state: ParseState, index: number, matchers: ReadonlyArray<PhraseMatcher<{ phrases: readonly string[] }>>): { start: number; found: Set<number> } {
  let start = index;
  const found = new Set<number>();
  for (let round = 0; round < 3; round++) {
    while (start > 0 && !state.used[start - 1] && ['of', 'de', 'is', ':', 'a', 'with', 'avec', 'd', 'une'].includes(state.tokens[start - 1]!.norm)) start--;
    let progressed = false;
    for (const [k, matcher] of matchers.entries()) {
      const match = matchBefore(matcher, state, start);
      if (match) {
        start = match.start;
        found.add(k);
        progressed = true;
      }
    }
    if (!progressed) break;
  }
  // Fillers only count when a phrase came before them.
  while (start < index && ['of', 'de', 'is', ':', 'a', 'with', 'avec', 'd', 'une'].includes(state.tokens[start]!.norm)) start++;
  return { start, found };
}

function trailingPhrases(state: ParseState, index: number, matchers: ReadonlyArray<PhraseMatcher<{ phrases: readonly string[] }>>): { end: number; found: Set<number> } {
  let end = index;
  const found = new Set<number>();
  for (let round = 0; round < 3; round++) {
    let progressed = false;
    for (const [k, matcher] of matchers.entries()) {
      const match = matcher.matchAt(state.tokens, state.used, end);
      if (match) {
        end = match.end;
        found.add(k);
        progressed = true;
      }
    }
    if (!progressed) break;
  }
  return { end, found };
}

function unitAfter(state: ParseState, index: number, units: ReadonlySet<string> | Readonly<Record<string, number>>): string | undefined {
  const token = state.tokens[index];
  if (!token || state.used[index] || token.kind !== 'word') return undefined;
  const has = units instanceof Set ? units.has(token.norm) : Object.hasOwn(units, token.norm);
  if (!has) return undefined;
  // A bare "h" or "g" must be glued to its number ("8h", "250g").
  if (token.norm.length === 1 && !token.attached) return undefined;
  return token.norm;
}

/** Battery life for headphones: "at least 8h battery", "30 hours of playback", "autonomie de 20h", "8h+". */
function extractBattery(state: ParseState): void {
  const { tokens, used } = state;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (used[i] || token.kind !== 'number' || token.value === undefined) continue;
    // "qui tient 30 h": in a category whose one measure in hours is its battery, a lone "h" needs no gluing either.
    const looseHour = state.category !== undefined && 'battery_hours' in TAXONOMY[state.category].attributes && tokens[i + 1]?.norm === 'h' && !used[i + 1] ? 'h' : undefined;
    const unit = unitAfter(state, i + 1, HOUR_UNITS) ?? looseHour;
    if (unit === undefined) continue;
    const at = i;
    const before = leadingPhrases(state, i, [AT_LEAST, BATTERY_CONTEXT, AT_MOST]);
    const after = trailingPhrases(state, i + 2, [AT_LEAST_AFTER, BATTERY_CONTEXT]);
    const source = spanText(state, before.start, after.end);
    consume(state, before.start, after.end);
    i = after.end - 1;
    if (token.value < 1 || token.value > 200) {
      note(state.draft.notUnderstood, NOTE_MESSAGES[state.language ?? 'en'].batteryOutOfRange(source));
      continue;
    }
    // Whatever the wording, a stated battery life is the least the person will accept.
    setAsSaid(state, at, { attribute: 'battery_hours', op: 'gte', value: token.value }, { attribute: 'battery_hours', direction: 'higher', value: token.value, weight: clampWeight(0.7 + (state.emphasis[at] ?? 0)) });
  }
}

/**
 * Weights: for coffee the pack size ("1kg", "2 x 250g"); for shoes and headphones an upper bound ("under 250g").
 * Coffee pack size is a strong soft preference, not a hard constraint: the same coffee sold as 2 × 500 g should still
 * be offered, and price per gram is compared when scoring; how many packs is `quantity`.
 */
function extractWeight(state: ParseState): void {
  const { tokens, used } = state;
  const say = NOTE_MESSAGES[state.language ?? 'en'];
  for (let i = 0; i < tokens.length; i++) {
    // "a kilo of beans": the article counts one.
    const one = articleOneAt(tokens, used, i, (w) => Object.hasOwn(GRAMS_PER_UNIT, w));
    const token = one === undefined ? tokens[i]! : { ...tokens[i]!, kind: 'number' as const, value: one };
    if (used[i] || token.kind !== 'number' || token.value === undefined) continue;
    // A weight is often written "500 g", "under 200 g": in a category that declares a weight in grams (every built-in
    // one: the coffee pack, the shoe, the headphones) the lone "g" needs no gluing (no other g is said of them).
    const looseGram = state.category !== undefined && 'weight_g' in TAXONOMY[state.category].attributes && tokens[i + 1]?.norm === 'g' && !used[i + 1] ? 'g' : undefined;
    const unit = unitAfter(state, i + 1, GRAMS_PER_UNIT) ?? looseGram;
    if (unit === undefined) continue;
    const at = i;
    const grams = Math.round(token.value * GRAMS_PER_UNIT[unit]!);
    const before = leadingPhrases(state, i, [AT_MOST, AT_LEAST, APPROX, WEIGHT_CONTEXT]);
    let end = i + 2;
    const perShoe = PER_SHOE.matchAt(tokens, used, end);
    if (perShoe && state.category === 'running-shoes') end = perShoe.end;
    const source = spanText(state, before.start, end);
    if (tokens[end]?.norm === 'of' && !used[end]) end++;
    consume(state, before.start, end);
    i = end - 1;
    if (state.category === 'coffee') {
      if (grams < 50 || grams > 10_000) {
        note(state.draft.notUnderstood, say.coffeePackOutOfRange(source));
        continue;
      }
      setPreference(state.draft, { attribute: 'weight_g', direction: 'equals', value: grams, weight: 0.8 });
      note(state.draft.assumptions, say.coffeePack(source, grams));
    } else if (state.category === 'running-shoes' || state.category === 'headphones') {
      const [min, max] = state.category === 'running-shoes' ? [80, 800] : [3, 800];
      if (grams < min || grams > max) {
        note(state.draft.notUnderstood, say.weightOutOfRange(source, state.category));
        continue;
      }
      if (before.found.has(1)) setConstraint(state.draft, { attribute: 'weight_g', op: 'gte', value: grams });
      else setAsSaid(state, at, { attribute: 'weight_g', op: 'lte', value: grams }, { attribute: 'weight_g', direction: 'lower', value: grams, weight: 0.7 });
    } else {
      note(state.draft.notUnderstood, say.quote(source));
    }
  }
}

/** Heel-to-toe drop for shoes: "8mm drop", "drop of 6 mm", "drop under 5mm". */
function extractDrop(state: ParseState): void {
  if (state.category !== 'running-shoes') return;
  const { tokens, used } = state;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (used[i] || token.kind !== 'number' || token.value === undefined) continue;
    const hasMm = tokens[i + 1]?.norm === 'mm' && !used[i + 1];
    const afterNumber = hasMm ? i + 2 : i + 1;
    const dropAfter = tokens[afterNumber]?.norm === 'drop' && !used[afterNumber];
    const before = leadingPhrases(state, i, [AT_MOST]);
    let start = before.start;
    while (start > 0 && !used[start - 1] && ['of', 'de', ':'].includes(tokens[start - 1]!.norm)) start--;
    const dropBefore = start > 0 && tokens[start - 1]?.norm === 'drop' && !used[start - 1];
    if (!dropAfter && !dropBefore) continue;
    if (!hasMm && !dropBefore) continue;
    const from = dropBefore ? start - 1 : before.start;
    // "drop under 5mm": the bound may sit between "drop" and the number.
    const bound = before.found.has(0) || (dropBefore && leadingPhrases(state, i, [AT_MOST]).found.has(0));
    const end = dropAfter ? afterNumber + 1 : afterNumber;
    const source = spanText(state, from, end);
    consume(state, from, end);
    i = end - 1;
    if (token.value < 0 || token.value > 16) {
      note(state.draft.notUnderstood, NOTE_MESSAGES[state.language ?? 'en'].dropOutOfRange(source));
      continue;
    }
    if (bound) setConstraint(state.draft, { attribute: 'drop_mm', op: 'lte', value: token.value });
    else setPreference(state.draft, { attribute: 'drop_mm', direction: 'equals', value: token.value, weight: 0.7 });
  }
}

/** Arabica share for coffee: "100% arabica", "arabica 80%". */
function extractArabica(state: ParseState): void {
  if (state.category !== 'coffee') return;
  const { tokens, used } = state;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (used[i] || token.kind !== 'number' || token.value === undefined || tokens[i + 1]?.norm !== '%') continue;
    const after = tokens[i + 2]?.norm === 'arabica' && !used[i + 2];
    const before = i > 0 && tokens[i - 1]?.norm === 'arabica' && !used[i - 1];
    if (!after && !before) continue;
    const from = before ? i - 1 : i;
    const end = after ? i + 3 : i + 2;
    const source = spanText(state, from, end);
    consume(state, from, end);
    if (token.value < 0 || token.value > 100) note(state.draft.notUnderstood, NOTE_MESSAGES[state.language ?? 'en'].percentOutOfRange(source));
    else setConstraint(state.draft, { attribute: 'arabica_percent', op: 'gte', value: token.value });
  }
}

/** Reads numbers with units: battery hours (headphones), weights, shoe drop, arabica share. */
export function extractMeasures(state: ParseState): void {
  if (state.category === 'headphones') extractBattery(state);
  extractWeight(state);
  extractDrop(state);
  extractArabica(state);
}
