import { z } from 'zod';
import {
  BUILTIN_CATEGORIES,
  COMMON_ATTRIBUTE_NAMES,
  TAXONOMY,
  canonicalCategoryId,
  googleCategoryIdOf,
  isKnownCategory,
  loadGoogleTaxonomy,
  toWireJsonSchema,
  type BuiltinCategory,
  type HardConstraint,
  type JsonSchema,
  type SoftPreference,
} from '../../protocol/index.ts';
import { answerLanguage, type ReadLanguage } from '../language/index.ts';
import { CONVERSATION_MESSAGES, UnderstandingSchema, attributesOf, detectReadLanguage, glossLexiconOf, inLanguage, sayLanguageRead, mergePartialNeeds, unsoldMessage, type MarketCategory, type NeedContext, type PartialNeed, type Understanding } from '../need/index.ts';
import { takePriceCeiling, withoutRestatedCeiling } from './take-price-ceiling.ts';

const ValueSchema = z.union([z.string().max(200), z.number(), z.boolean()]);

/**
 * What the model must return when reading a request: a flat, strict object (every key present, null when unknown),
 * so it works with strict JSON-schema response formats and function calls alike. Money is in minor units.
 */
export const LlmNeedOutputSchema = z.strictObject({
  kind: z.enum(['need', 'clarify', 'unsupported']),
  /** A category id from the instructions' list (a Google product taxonomy id or a built-in alias); checked after parsing. */
  category: z.string().min(1).max(32).nullable(),
  hardConstraints: z
    .array(z.strictObject({ attribute: z.string().min(1).max(64), op: z.enum(['eq', 'neq', 'lte', 'gte', 'in', 'not-in']), value: z.union([ValueSchema, z.array(ValueSchema).min(1).max(32)]) }))
    .max(32),
  softPreferences: z
    .array(z.strictObject({ attribute: z.string().min(1).max(64), direction: z.enum(['higher', 'lower', 'equals']), value: ValueSchema.nullable(), weight: z.number().min(0).max(1) }))
    .max(32),
  quantity: z.number().int().min(1).max(1000).nullable(),
  budgetMinor: z.number().int().min(0).nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  /** ISO 8601 UTC timestamp, or a date (read as the end of that day, UTC). */
  deadline: z.string().max(40).nullable(),
  question: z.string().min(1).max(500).nullable(),
  missing: z.array(z.string().min(1).max(64)).max(8),
  message: z.string().min(1).max(500).nullable(),
  assumptions: z.array(z.string().max(300)).max(16),
  notUnderstood: z.array(z.string().max(300)).max(16),
});
/** The model's raw reading of a request, before it is checked against the taxonomy and mapped. */
export type LlmNeedOutput = z.infer<typeof LlmNeedOutputSchema>;

let jsonSchema: JsonSchema | undefined;

/** Keywords outside the subset every strict structured-output implementation accepts; zod still enforces them. */
const UNPORTABLE_KEYWORDS = new Set(['$schema', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems', 'pattern']);

function portable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(portable);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !UNPORTABLE_KEYWORDS.has(key)).map(([key, v]) => [key, portable(v)]));
}

/**
 * The JSON Schema sent to the model, generated from the zod schema and cut down to the portable strict subset
 * (every key required, nullable instead of optional, no extra keys, no length or numeric bounds), computed once.
 */
export function llmNeedOutputJsonSchema(): JsonSchema {
  jsonSchema ??= portable(toWireJsonSchema(LlmNeedOutputSchema, 'output')) as JsonSchema;
  return jsonSchema;
}

/** Attributes that mean the same in every category (offer terms, the maker, and the shared product attributes). */
const CROSS_CATEGORY = new Set(['maker', 'price', 'delivery_days', 'return_days', 'warranty_months', ...COMMON_ATTRIBUTE_NAMES]);

type AttributeSpec = { readonly type: string; readonly values?: readonly string[] };

function checkValue(spec: AttributeSpec | undefined, attribute: string, value: unknown, where: string): string | undefined {
  if (spec === undefined) return undefined;
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    if (spec.type === 'number' && typeof v !== 'number') return `${where}: ${attribute} takes a number, got ${JSON.stringify(v)}`;
    if (spec.type === 'boolean' && typeof v !== 'boolean') return `${where}: ${attribute} takes true or false, got ${JSON.stringify(v)}`;
    if (spec.type === 'enum' && !spec.values?.includes(String(v))) return `${where}: ${attribute} must be one of ${spec.values?.join(', ')}, got ${JSON.stringify(v)}`;
  }
  return undefined;
}

function specsOf(category: string, sold: MarketCategory | undefined): Readonly<Record<string, AttributeSpec>> {
  if ((BUILTIN_CATEGORIES as readonly string[]).includes(category)) return TAXONOMY[category as BuiltinCategory].attributes as Readonly<Record<string, AttributeSpec>>;
  return Object.fromEntries((sold ? attributesOf(sold) : []).map((a) => [a.name, a.type === 'enum' ? { type: 'enum', values: a.values ?? [] } : { type: a.type }]));
}

function checkRules(output: LlmNeedOutput, category: string, sold: MarketCategory | undefined): string[] {
  const specs = specsOf(category, sold);
  const problems: string[] = [];
  const known = (attribute: string) => CROSS_CATEGORY.has(attribute) || Object.hasOwn(specs, attribute);
  for (const [i, c] of output.hardConstraints.entries()) {
    if (!known(c.attribute)) problems.push(`hardConstraints[${i}]: "${c.attribute}" is not an attribute of ${category}`);
    else problems.push(checkValue(specs[c.attribute], c.attribute, c.value, `hardConstraints[${i}]`) ?? '');
    if ((c.op === 'in' || c.op === 'not-in') !== Array.isArray(c.value)) problems.push(`hardConstraints[${i}]: "${c.op}" ${Array.isArray(c.value) ? 'takes a single value' : 'takes a list of values'}`);
  }
  for (const [i, p] of output.softPreferences.entries()) {
    if (!known(p.attribute)) problems.push(`softPreferences[${i}]: "${p.attribute}" is not an attribute of ${category}`);
    else if (p.value !== null) problems.push(checkValue(specs[p.attribute], p.attribute, p.value, `softPreferences[${i}]`) ?? '');
  }
  return problems.filter((p) => p !== '');
}

function readDeadline(value: string | null): { ok: true; iso?: string } | { ok: false; problem: string } {
  if (value === null) return { ok: true };
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  // A bare date means "by that day": the end of it, UTC, as the built-in engine reads "by Friday".
  const ms = day ? Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 23, 59, 59, 999) : Date.parse(value);
  if (Number.isNaN(ms) || (!day && !/(Z|[+-]\d{2}:?\d{2})$/.test(value))) return { ok: false, problem: `deadline: "${value}" is not an ISO date or UTC timestamp` };
  return { ok: true, iso: new Date(ms).toISOString() };
}

/** The result of mapping the model's output: an understanding that passed every check, or the problems found. */
export type MappedUnderstanding = { readonly ok: true; readonly understanding: Understanding } | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Checks the model's reading against the taxonomy (known attributes, value types, list operators, dates, currency)
 * and maps it to an Understanding for `text`, folded into `context.previous` when answering a question. The
 * person's own words are kept verbatim; the shoe-size question is asked by code, as the built-in engine does.
 */
export function toUnderstanding(raw: unknown, text: string, context: NeedContext): MappedUnderstanding {
  const parsed = LlmNeedOutputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.slice(0, 8).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
  // The market files categories under their canonical ids: a model answering 1868 for coffee means "coffee".
  const output = parsed.data.category === null || !isKnownCategory(parsed.data.category) ? parsed.data : { ...parsed.data, category: canonicalCategoryId(parsed.data.category) };
  // Any language the built-in reader recognises: the model may write in it; our own words are in one the butler speaks.
  const readIn = detectReadLanguage(text, context.previous?.language);
  const language = answerLanguage(readIn);
  const say = CONVERSATION_MESSAGES[language];
  const finish = (candidate: unknown) => finishIn(candidate, readIn, text);
  const notUnderstood = output.notUnderstood.filter((n) => n.trim() !== '');
  // A category id that is neither a built-in one nor in the Google taxonomy is an invalid answer (retried, then the fallback).
  if (output.category !== null && !isKnownCategory(output.category)) {
    return { ok: false, problems: [`category: "${output.category}" is not a listed category id (a Google product taxonomy id or running-shoes, headphones, coffee)`] };
  }
  if (output.kind === 'unsupported') {
    // The product's taxonomy node, named by the model: our own plain words about it (which node, how a shop joins).
    if (output.category !== null && context.market !== undefined && !context.market.categories.some((c) => c.id === output.category)) return notSold(output.category, context, notUnderstood, readIn, text);
    if (output.message === null) return { ok: false, problems: ['message: required when kind is "unsupported"'] };
    return finish({ kind: 'unsupported', message: output.message, notUnderstood });
  }
  const category = output.category ?? context.previous?.category;
  const problems: string[] = [];
  if (output.kind === 'need' && category === undefined) problems.push('category: required when kind is "need"');
  if (output.kind === 'clarify' && (output.question === null || output.missing.length === 0)) problems.push('question and missing: required when kind is "clarify"');
  const deadline = readDeadline(output.deadline);
  if (!deadline.ok) problems.push(deadline.problem);
  const deadlineIso = deadline.ok ? deadline.iso : undefined;
  const currency = output.currency ?? context.previous?.currency;
  if (category !== undefined) {
    const sold = context.market?.categories.find((c) => c.id === category);
    // A real taxonomy node nobody connected sells: said plainly, not an error of the model.
    if (context.market !== undefined && sold === undefined) return notSold(category, context, notUnderstood, readIn, text);
    if ((BUILTIN_CATEGORIES as readonly string[]).includes(category) || sold) problems.push(...checkRules(output, category, sold));
  }
  // A price limit among the constraints is the budget, never a constraint the brief would show every brand.
  const price = takePriceCeiling(output.hardConstraints as HardConstraint[]);
  problems.push(...price.problems);
  if (problems.length > 0) return { ok: false, problems };
  const budgetMinor = output.budgetMinor === null ? price.ceilingMinor : Math.min(output.budgetMinor, price.ceilingMinor ?? output.budgetMinor);

  const read: PartialNeed = {
    hardConstraints: [...price.hardConstraints],
    softPreferences: withoutRestatedCeiling(
      output.softPreferences.map((p): SoftPreference => ({ attribute: p.attribute, direction: p.direction, weight: p.weight, ...(p.value === null ? {} : { value: p.value }) })),
      budgetMinor,
    ),
    text,
    ...(output.category !== null ? { category: output.category } : {}),
    ...(output.quantity !== null ? { quantity: output.quantity } : {}),
    ...(budgetMinor !== undefined ? { budget: { amountMinor: budgetMinor, currency: currency ?? context.defaultCurrency } } : {}),
    ...(currency !== undefined ? { currency } : {}),
    ...(deadlineIso !== undefined ? { deadline: deadlineIso } : {}),
  };
  const partial = context.previous ? mergePartialNeeds(context.previous, read) : read;
  const hasSize = partial.hardConstraints.some((c) => c.attribute === 'size_eu' && (c.op === 'eq' || c.op === 'in'));
  if (output.kind === 'clarify' || partial.category === undefined) {
    return finish({ kind: 'clarify', question: output.question ?? say.whatToLookForBare, missing: output.missing.length ? output.missing : ['category'], partial, notUnderstood });
  }
  if (partial.category === 'running-shoes' && !hasSize) {
    return finish({ kind: 'clarify', question: say.shoeSize, missing: ['size_eu'], partial, notUnderstood });
  }
  const assumptions = output.assumptions.filter((a) => a.trim() !== '');
  const needCurrency = partial.budget?.currency ?? partial.currency ?? context.defaultCurrency;
  if (partial.currency === undefined) assumptions.push(say.assumedCurrency(needCurrency));
  if (partial.quantity === undefined) assumptions.push(say.assumedQuantity);
  return finish({
    kind: 'need',
    need: {
      category: partial.category,
      hardConstraints: partial.hardConstraints,
      softPreferences: partial.softPreferences,
      quantity: partial.quantity ?? 1,
      currency: needCurrency,
      text: partial.text,
      ...(partial.budget ? { budget: partial.budget } : {}),
      ...(partial.deadline ? { deadline: partial.deadline } : {}),
    },
    assumptions: [...new Set(assumptions)].slice(0, 64),
    notUnderstood,
  });
}

function notSold(category: string, context: NeedContext, notUnderstood: string[], read: ReadLanguage, text: string): MappedUnderstanding {
  const language = answerLanguage(read);
  const googleId = googleCategoryIdOf(category)!;
  const node = loadGoogleTaxonomy().get(googleId)!;
  return finishIn({ kind: 'unsupported', message: unsoldMessage({ id: node.id, path: node.path.join(' > '), label: node.label }, context.market!, language), notUnderstood }, read, text);
}

/**
 * Checks a candidate understanding against our schema and records the request's language on it; a request in a
 * language the butler reads but does not speak is said to be read in it, as the built-in reader says it.
 */
function finishIn(candidate: unknown, read: ReadLanguage, text: string): MappedUnderstanding {
  const checked = UnderstandingSchema.safeParse(candidate);
  if (!checked.success) return { ok: false, problems: checked.error.issues.slice(0, 8).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
  const lexicon = glossLexiconOf(read);
  const understanding = inLanguage(checked.data, read);
  return { ok: true, understanding: lexicon === undefined ? understanding : sayLanguageRead(understanding, { language: read, text, lexicon }, text) };
}
