import type { HardConstraint, SoftPreference } from '../../protocol/index.ts';
import { COLOUR_GROUPS, MATERIAL_GROUPS, VALUE_GROUPS, normaliseValue, wordsForValue } from '../need/value-synonyms.ts';
import type { NeedContext, Understanding } from '../need/index.ts';
import { attributesOf, builtinMarketVocabulary } from '../need/index.ts';

/** The notes said when a model's hard rule was not found in the person's words (in their language). */
export interface RulesAsSaidNotes {
  /** The rule became a preference: it no longer excludes any offer. */
  readonly demoted: (rule: string) => string;
  /** The rule was dropped: a seller's name the words do not give, or an exclusion the words do not state. */
  readonly dropped: (rule: string) => string;
}

/** Attributes that name the seller of a product: a rule on one can exclude every other seller. */
const SELLER_ATTRIBUTES = new Set(['brand', 'maker']);

/** The weight a demoted rule keeps: it still counts in the ranking, below a preference the person stated. */
const DEMOTED_WEIGHT = 0.5;

const SYNONYM_GROUPS = [...VALUE_GROUPS, ...COLOUR_GROUPS, ...MATERIAL_GROUPS];

type Value = string | number | boolean;

/** The words of the request and of the turns it answers, normalised, with the numbers they state. */
interface Words {
  readonly padded: string;
  readonly numbers: ReadonlySet<number>;
}

function wordsOf(text: string, context: NeedContext): Words {
  const padded = ` ${normaliseValue([context.previous?.text ?? '', text].join(' '))} `;
  const numbers = new Set((padded.match(/\d+(?:\.\d+)?/g) ?? []).map(Number));
  return { padded, numbers };
}

function says(words: Words, phrase: string): boolean {
  const norm = normaliseValue(phrase);
  return norm !== '' && (words.padded.includes(` ${norm} `) || words.padded.includes(` ${norm}s `));
}

/** The labels the market (or the built-in taxonomy through `attributesOf`) gives an attribute, and its own name. */
function attributeNames(attribute: string, category: string | undefined, context: NeedContext): string[] {
  const sold = (context.market ?? builtinMarketVocabulary()).categories.find((c) => c.id === category);
  const definition = sold === undefined ? undefined : attributesOf(sold).find((a) => a.name === attribute);
  return [attribute, ...Object.values(definition?.labels ?? {}).filter((l): l is string => typeof l === 'string')];
}

function sameValue(a: Value, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' ? normaliseValue(a) === normaliseValue(b) : a === b;
}

/** Every value the built-in reader (or an earlier turn) gave `attribute`, as a rule or as a preference. */
function readValues(attribute: string, rules: readonly HardConstraint[], preferences: readonly SoftPreference[]): Value[] {
  const values: Value[] = [];
  for (const r of rules) if (r.attribute === attribute) values.push(...(Array.isArray(r.value) ? r.value : [r.value]));
  for (const p of preferences) if (p.attribute === attribute && p.value !== undefined) values.push(p.value);
  return values;
}

/** Whether one value of a model's rule is found in the person's words, or was read the same by the built-in reader. */
function grounded(attribute: string, value: Value, read: readonly Value[], words: Words, names: readonly string[]): boolean {
  if (read.some((r) => sameValue(value, r))) return true;
  // A seller's name must be written: no synonym, no label, no number stands for it.
  if (SELLER_ATTRIBUTES.has(attribute)) return typeof value === 'string' && says(words, value);
  if (typeof value === 'number') return words.numbers.has(value);
  if (typeof value === 'boolean') return names.some((n) => says(words, n));
  return wordsForValue(value, SYNONYM_GROUPS).some((w) => says(words, w) || inCompound(words, w));
}

/** A compound the person wrote holds the word, at its start or its end ("Trailschuhe", "Bergtrail"), for words of 4 letters or more. */
function inCompound(words: Words, word: string): boolean {
  const norm = normaliseValue(word);
  if (!/^[a-z]{4,}$/.test(norm)) return false;
  return words.padded.includes(` ${norm}`) || words.padded.includes(`${norm} `);
}

function describe(rule: HardConstraint): string {
  const value = Array.isArray(rule.value) ? rule.value.join(', ') : String(rule.value);
  return `${rule.attribute} ${rule.op} ${value}`;
}

/** What a model's hard rule not found in the words becomes: a preference where one can say it, else nothing. */
function demoted(rule: HardConstraint): SoftPreference | undefined {
  if (Array.isArray(rule.value)) return undefined;
  if (rule.op === 'eq') return { attribute: rule.attribute, direction: 'equals', value: rule.value, weight: DEMOTED_WEIGHT };
  if (typeof rule.value !== 'number') return undefined;
  if (rule.op === 'lte') return { attribute: rule.attribute, direction: 'lower', value: rule.value, weight: DEMOTED_WEIGHT };
  if (rule.op === 'gte') return { attribute: rule.attribute, direction: 'higher', value: rule.value, weight: DEMOTED_WEIGHT };
  return undefined;
}

interface Held {
  readonly rules: HardConstraint[];
  readonly preferences: SoftPreference[];
  readonly notes: string[];
}

function hold(model: readonly HardConstraint[], category: string | undefined, builtIn: Understanding, text: string, context: NeedContext, notes: RulesAsSaidNotes): Held {
  const words = wordsOf(text, context);
  const readRules = [...rulesOf(builtIn).rules, ...(context.previous?.hardConstraints ?? [])];
  const readPreferences = [...rulesOf(builtIn).preferences, ...(context.previous?.softPreferences ?? [])];
  const held: Held = { rules: [], preferences: [], notes: [] };
  for (const rule of model) {
    const read = readValues(rule.attribute, readRules, readPreferences);
    const names = attributeNames(rule.attribute, category, context);
    const values = Array.isArray(rule.value) ? rule.value : [rule.value];
    const kept = values.filter((v) => grounded(rule.attribute, v, read, words, names));
    if (kept.length === values.length) {
      held.rules.push(rule);
      continue;
    }
    // A list keeps the values the words give ("in Sly, Trailco" for "Trailco shoes" asks Trailco only).
    if (Array.isArray(rule.value) && kept.length > 0) {
      held.rules.push({ ...rule, value: kept });
      held.notes.push(notes.dropped(describe({ ...rule, value: values.filter((v) => !kept.includes(v)) })));
      continue;
    }
    // A seller's name the words do not give is dropped whole: as a rule it would exclude every other seller, and as a
    // preference it would still rank the named one first on the word of text the model was shown.
    const preference = SELLER_ATTRIBUTES.has(rule.attribute) ? undefined : demoted(rule);
    if (preference === undefined) held.notes.push(notes.dropped(describe(rule)));
    else {
      held.preferences.push(preference);
      held.notes.push(notes.demoted(describe(rule)));
    }
  }
  return held;
}

function rulesOf(understanding: Understanding): { rules: readonly HardConstraint[]; preferences: readonly SoftPreference[] } {
  if (understanding.kind === 'need') return { rules: understanding.need.hardConstraints, preferences: understanding.need.softPreferences };
  if (understanding.kind === 'clarify') return { rules: understanding.partial.hardConstraints ?? [], preferences: understanding.partial.softPreferences ?? [] };
  return { rules: [], preferences: [] };
}

/**
 * The model's understanding with every hard rule held to the person's words (this turn's and the turns it answers):
 * a rule stays when each of its values is written there (the value, a known synonym in English or French, also as
 * the start or end of a compound, or for a
 * yes/no rule the attribute's name or label; a number as written), or when the built-in reader (`builtIn`, the same
 * words read by the deterministic engine, which reads glossed languages and converts units) or an earlier turn gave
 * the attribute the same value. A `brand` or `maker` rule needs the name itself. A rule not found becomes a
 * preference (it still ranks, it excludes no offer), a seller's name or an exclusion is dropped, each with a note:
 * a hostile brand's text reaching the model must not narrow the market to itself, nor a model invent constraints.
 */
export function withRulesAsSaid(understanding: Understanding, builtIn: Understanding, text: string, context: NeedContext, notes: RulesAsSaidNotes): Understanding {
  if (understanding.kind === 'need') {
    const need = understanding.need;
    const held = hold(need.hardConstraints, need.category, builtIn, text, context, notes);
    if (held.notes.length === 0) return understanding;
    return { ...understanding, need: { ...need, hardConstraints: held.rules, softPreferences: [...need.softPreferences, ...held.preferences].slice(0, 32) }, assumptions: [...held.notes, ...understanding.assumptions].slice(0, 64) };
  }
  if (understanding.kind !== 'clarify' || understanding.partial.hardConstraints === undefined) return understanding;
  const partial = understanding.partial;
  const held = hold(partial.hardConstraints ?? [], partial.category, builtIn, text, context, notes);
  if (held.notes.length === 0) return understanding;
  return { ...understanding, partial: { ...partial, hardConstraints: held.rules, softPreferences: [...(partial.softPreferences ?? []), ...held.preferences].slice(0, 32) }, notUnderstood: [...held.notes, ...understanding.notUnderstood].slice(0, 64) };
}
