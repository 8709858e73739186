import { COMMON_ATTRIBUTES, isBuiltinCategory, type AttributeDefinition } from '../../protocol/index.ts';
import { attributeLabelIn, joinWords, type Language } from '../language/index.ts';
import { categoryLabelIn } from './category-label-in.ts';
import { CONVERSATION_MESSAGES } from './conversation-messages.ts';
import { attributesOf, type MarketCategory, type MarketVocabulary } from './market-vocabulary.ts';
import { mergePartialNeeds } from './merge-partial-need.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import type { Need, PartialNeed } from './need.ts';
import type { Understanding } from './need-engine.ts';
import { parseOpenRequest, type ParsedOpenRequest } from './parse-open-request.ts';
import { resolveOpenCategory, type NamedNode } from './resolve-open-category.ts';

const MAX_NOTES = 64;
const MAX_LISTED = 8;
/** Declared enums that say which kind of product it is ("bike_type": road, mountain, kids): worth asking when nothing else was said. */
const KIND_ATTRIBUTE = /(^|_)(type|kind|style|category|usage|use)$/;
/** Attributes that do not make a request specific enough to skip the "which kind?" question ("a new bike" is any kind). */
const UNSPECIFIC = new Set(['price', 'maker', 'delivery_days', 'return_days', 'warranty_months', 'age_group', 'condition']);
/** Words saying what someone likes, before the thing liked ("who loves", "qui adore", "fan de"). */
const INTEREST = /\b(who (loves|likes|enjoys|is into|is a fan of)|into|qui (adore|aime|est fan de)|fan (of|de)|passionn[ée]e? (de|par))\b/i;
/** Answers meaning "any kind will do". */
const ANY = /\b(any|anything|whatever|either|all|peu importe|n importe|n'importe|nimporte|indifferent|tous|toutes|both|no preference)\b/i;

/** Inputs of an open-category understanding. */
export interface OpenRequestInput {
  readonly text: string;
  readonly now: Date;
  readonly defaultCurrency: string;
  readonly market: MarketVocabulary;
  readonly previous?: PartialNeed;
  /** The language questions and refusals are written in (default English). */
  readonly language?: Language;
}

/** What the connected brands sell, in a few words ("running shoes, headphones or coffee"; in French when asked). */
export function describeSold(market: MarketVocabulary, language: Language = 'en'): string {
  const say = CONVERSATION_MESSAGES[language];
  const labels = [...new Set(market.categories.map((c) => categoryLabelIn(c, language).toLowerCase()))];
  if (labels.length === 0) return say.soldNothing;
  if (labels.length <= MAX_LISTED) return joinWords(labels, language, 'or');
  return say.soldMore(labels.slice(0, MAX_LISTED).join(', '), labels.length - MAX_LISTED);
}

/** Plain words for a category no connected brand sells, and how a shop joins (in the person's language). */
export function unsoldMessage(node: NamedNode, market: MarketVocabulary, language: Language = 'en'): string {
  const label = categoryLabelIn({ id: node.id, label: node.label }, language).toLowerCase();
  return CONVERSATION_MESSAGES[language].unsold(label, node.id, node.path, describeSold(market, language)).slice(0, 500);
}

function kindAttribute(category: MarketCategory, partial: PartialNeed): AttributeDefinition | undefined {
  // An age group said in words ("pour enfants": a hard rule) is a kind of product; one inferred from an age is not.
  const said = [...partial.hardConstraints, ...partial.softPreferences].some((r) => !UNSPECIFIC.has(r.attribute)) || partial.hardConstraints.some((r) => r.attribute === 'age_group');
  if (said) return undefined;
  return category.attributes.find((a) => a.type === 'enum' && KIND_ATTRIBUTE.test(a.name) && (a.values?.length ?? 0) >= 2);
}

function parse(text: string, input: OpenRequestInput, attributes: readonly AttributeDefinition[], label: string | undefined, phrase?: string, categoryId?: string): ParsedOpenRequest {
  return parseOpenRequest(text, {
    now: input.now,
    defaultCurrency: input.defaultCurrency,
    hasBudget: input.previous?.budget !== undefined,
    attributes,
    ...(label === undefined ? {} : { categoryLabel: label }),
    language: input.language,
    ...(phrase === undefined ? {} : { categoryPhrase: phrase }),
    ...(input.market.makers === undefined ? {} : { makers: input.market.makers }),
    ...(categoryId === undefined ? {} : { categoryId }),
  });
}

function whom(partial: PartialNeed, language: Language): string {
  const say = CONVERSATION_MESSAGES[language];
  const r = partial.recipient;
  if (!r) return '';
  if (r.who) return say.forYour(say.recipients[r.who] ?? r.who);
  if (r.ageYears !== undefined) return say.forAge(r.ageYears);
  return '';
}

function notes(list: readonly string[]): string[] {
  return [...new Set(list)].slice(0, MAX_NOTES);
}

/**
 * Understands a request for any category the connected brands sell (their cards' categories and attribute schemas):
 * the category from the Google taxonomy, constraints from the declared attributes and the shared ones, a gift's
 * recipient, and a question when the category is ambiguous, when only a gift is asked for, or when a kind of product
 * the brands distinguish (road / mountain / kids) was not said. Returns undefined when the text names no category or
 * gift (the caller's answer stands), and "unsupported" naming the taxonomy node when no connected brand sells it.
 */
export function understandOpenRequest(input: OpenRequestInput): Understanding | undefined {
  const { market, previous } = input;
  const language = input.language ?? 'en';
  const say = CONVERSATION_MESSAGES[language];
  const previousCategory = previous?.category === undefined ? undefined : market.categories.find((c) => c.id === previous.category);
  const resolution = resolveOpenCategory(input.text, market);
  let category: MarketCategory | undefined;
  let phrase: string | undefined;
  const assumptions: string[] = [];
  let text = input.text;
  if (resolution.kind === 'sold') {
    category = resolution.category;
    phrase = resolution.matched;
    // "une tente … et deux sacs de couchage, on commence par la tente": the sleeping bags' words are not the tent's.
    if (resolution.readFrom !== undefined) text = resolution.readFrom;
    // "something to heat water for green tea": the tea's green is not the kettle's colour.
    const at = resolution.actedOn === undefined ? -1 : text.indexOf(resolution.actedOn);
    if (at >= 0) text = `${text.slice(0, at)}${' '.repeat(resolution.actedOn!.length)}${text.slice(at + resolution.actedOn!.length)}`;
    // The product's name was read through typos ("vaccum cleaner"): say so, and read the rest with the words corrected.
    for (const typo of resolution.typos ?? []) {
      assumptions.push(NOTE_MESSAGES[language].typo(typo.typed, typo.readAs));
      text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${typo.typed}(?![\\p{L}\\p{N}])`, 'iu'), typo.readAs);
    }
    if (resolution.broader) assumptions.push(say.assumedBroader(categoryLabelIn({ id: resolution.node.id, label: resolution.node.label }, language).toLowerCase(), categoryLabelIn(category, language).toLowerCase()));
  } else if (previousCategory !== undefined) category = previousCategory;
  if (category !== undefined && isBuiltinCategory(category.id)) return undefined;

  if (category === undefined) {
    const parsed = parse(input.text, input, COMMON_ATTRIBUTES, undefined);
    const partial = previous ? mergePartialNeeds(previous, parsed.partial) : parsed.partial;
    // "un cadeau pour mon père qui adore le sport": what a person likes is not the product asked for; a present for them
    // whose interest nobody sells is still a present to choose among what is sold.
    const interest = resolution.kind === 'unsold' && partial.recipient?.gift === true && INTEREST.test(input.text.slice(0, Math.max(0, input.text.toLowerCase().indexOf(resolution.matched.toLowerCase()))));
    if (resolution.kind === 'unsold' && !interest) return { kind: 'unsupported', message: unsoldMessage(resolution.node, market, language), notUnderstood: notes(parsed.notUnderstood) };
    // A choice between built-in categories only is the built-in reading's own question ("un casque ou du café").
    if (resolution.kind === 'choose' && resolution.options.every((o) => isBuiltinCategory(o.id))) return undefined;
    if (resolution.kind === 'choose') {
      return {
        kind: 'clarify',
        question: say.choose(joinWords(resolution.options.map((o) => categoryLabelIn(o, language).toLowerCase()), language, 'or')),
        missing: ['category'],
        partial,
        notUnderstood: notes(parsed.notUnderstood),
      };
    }
    if (partial.recipient === undefined) return undefined;
    return {
      kind: 'clarify',
      question: say.giftKind(partial.recipient.gift, whom(partial, language), describeSold(market, language)),
      missing: ['category'],
      partial,
      notUnderstood: notes(parsed.notUnderstood),
    };
  }

  const attributes = attributesOf(category);
  // The label only appears in notes, so it is the request's language.
  const categoryLabel = categoryLabelIn(category, language);
  const read = parse(text, input, attributes, categoryLabel, phrase, category.id);
  const parsed = { ...read, partial: { ...read.partial, text: input.text } };
  let base = previous;
  const notUnderstood = [...parsed.notUnderstood];
  // The earlier turn named no category, so its words could not be read; now that one is known, read them again.
  if (previous && previous.category === undefined && previous.text.trim() !== '') {
    const reparsed = parse(previous.text, { ...input, previous: undefined }, attributes, categoryLabel, undefined, category.id);
    base = mergePartialNeeds({ ...previous, hardConstraints: [], softPreferences: [] }, { ...reparsed.partial, text: '' });
    assumptions.push(...reparsed.assumptions);
    // Notes that open on the person's quoted words ("…" in English, « … » in French) were the earlier turn's leftovers.
    notUnderstood.unshift(...reparsed.notUnderstood.filter((n) => !/^["«]/.test(n)));
  }
  const merged = base ? mergePartialNeeds(base, parsed.partial) : parsed.partial;
  const partial: PartialNeed = { ...merged, category: category.id };
  assumptions.push(...parsed.assumptions);

  const askedBefore = previousCategory?.id === category.id;
  const kind = askedBefore ? undefined : kindAttribute(category, partial);
  if (kind && !ANY.test(input.text)) {
    // Named in Majordome's words: the brand's declared label is its own free text, not Majordome's question.
    const label = attributeLabelIn(kind.name, language).toLowerCase();
    return {
      kind: 'clarify',
      question: say.whichKind(categoryLabelIn(category, language), joinWords(kind.values!.slice(0, 8), language, 'or'), label),
      missing: [kind.name],
      partial,
      notUnderstood: notes(notUnderstood),
    };
  }
  const currency = partial.budget?.currency ?? partial.currency ?? input.defaultCurrency;
  if (partial.currency === undefined) assumptions.push(say.assumedCurrency(currency));
  if (partial.quantity === undefined) assumptions.push(say.assumedQuantity);
  assumptions.unshift(say.assumedCategory(categoryLabelIn(category, language).toLowerCase(), category.googleId ?? category.id));
  const need: Need = {
    category: category.id,
    hardConstraints: partial.hardConstraints,
    softPreferences: partial.softPreferences,
    quantity: partial.quantity ?? 1,
    currency,
    text: partial.text,
    ...(partial.budget === undefined ? {} : { budget: partial.budget }),
    ...(partial.budget === undefined || partial.budgetStretch === undefined || partial.budgetStretch.amount.currency !== currency ? {} : { budgetStretch: partial.budgetStretch }),
    ...(partial.deadline === undefined ? {} : { deadline: partial.deadline }),
    ...(partial.recipient === undefined ? {} : { recipient: partial.recipient }),
  };
  return { kind: 'need', need, assumptions: notes(assumptions), notUnderstood: notes(notUnderstood) };
}
