import type { BuiltinCategory } from '../../protocol/index.ts';
import { BUILTIN_CATEGORIES, BUILTIN_CATEGORY_GOOGLE_IDS, categoryWords, loadGoogleTaxonomy } from '../../protocol/index.ts';
import { joinWords, type Language } from '../language/index.ts';
import { categoryLabelIn } from './category-label-in.ts';
import { matchRequestCategory } from './match-request-category.ts';
import { CONVERSATION_MESSAGES } from './conversation-messages.ts';
import type { CategoryVerdict } from './detect-category.ts';
import type { Need, PartialNeed } from './need.ts';
import type { Understanding } from './need-engine.ts';
import { quote } from './parse-state.ts';

/** Everything gathered about a request, ready to become a need, a question or a refusal. */
export interface UnderstandingInput {
  readonly partial: PartialNeed;
  readonly verdict: CategoryVerdict;
  readonly leftovers: readonly string[];
  readonly generic: boolean;
  readonly assumptions: readonly string[];
  readonly notUnderstood: readonly string[];
  readonly defaultCurrency: string;
  /** The language questions and refusals are written in. */
  readonly language: Language;
  /**
   * What the connected brands sell, in words (`describeSold`), for refusals and "what should I look for?"; absent: the
   * built-in categories.
   */
  readonly sold?: string | undefined;
}

const MAX_NOTES = 64;
/** Longest refusal message (the Understanding schema's limit). */
const MAX_MESSAGE = 500;

function names(categories: readonly BuiltinCategory[], language: Language): string {
  return joinWords(categories.map((c) => CONVERSATION_MESSAGES[language].builtinNames[c]), language, 'or');
}

/**
 * When the request names a product category of the Google product taxonomy that no connected brand sells, say which
 * one and how a shop can join (its existing product feed, or any MCP brand agent).
 */
function howToAdd(text: string, language: Language): string {
  const match = matchRequestCategory(text);
  if (match.kind !== 'match') return '';
  return describeUnsold(match.best, language);
}

function describeUnsold(best: { readonly id: string; readonly path: string }, language: Language): string {
  const { id, path } = best;
  const name = categoryLabelIn({ id, label: path.split(' > ').at(-1) ?? path }, language);
  return CONVERSATION_MESSAGES[language].unsoldSuffix(name, id, path);
}

/**
 * A category only hinted by a feature word ("sans fil" → headphones) loses to a product the request names outright
 * that the taxonomy places elsewhere ("un aspirateur sans fil" is a vacuum cleaner): the returned refusal says so.
 */
function productNamedElsewhere(input: UnderstandingInput): Understanding | undefined {
  const { verdict, partial, language } = input;
  if (verdict.kind !== 'hinted' || input.leftovers.length === 0) return undefined;
  const match = matchRequestCategory(partial.text);
  if (match.kind !== 'match') return undefined;
  // The words the taxonomy matched must be among those the hinted category did not explain: "whole beans, dark roast"
  // read "beans" as coffee's form, so they name no other product.
  const unexplained = new Set(input.leftovers.flatMap((phrase) => categoryWords(phrase)));
  const said = [match.best.matched, ...(match.best.typos ?? []).map((t) => t.typed)].flatMap((t) => categoryWords(t));
  if (!said.some((w) => unexplained.has(w))) return undefined;
  const hinted = BUILTIN_CATEGORY_GOOGLE_IDS[verdict.category];
  const taxonomy = loadGoogleTaxonomy();
  if (taxonomy.isWithin(match.best.id, hinted) || taxonomy.isWithin(hinted, match.best.id)) return undefined;
  return {
    kind: 'unsupported',
    message: `${CONVERSATION_MESSAGES[language].onlyShopForKnown(input.sold ?? names(BUILTIN_CATEGORIES, language))}${describeUnsold(match.best, language)}`.slice(0, MAX_MESSAGE),
    notUnderstood: [...new Set(input.notUnderstood)].slice(0, MAX_NOTES),
  };
}

function hasSize(partial: PartialNeed): boolean {
  return partial.hardConstraints.some((c) => c.attribute === 'size_eu' && (c.op === 'eq' || c.op === 'in'));
}

/**
 * Decides the outcome: no category → a question (or, when the person named something else, "unsupported");
 * shoes without a size → a question; otherwise a complete need with defaults filled in and listed as assumptions.
 */
export function buildUnderstanding(input: UnderstandingInput): Understanding {
  const { partial, verdict, language } = input;
  const say = CONVERSATION_MESSAGES[language];
  const known = input.sold ?? names(BUILTIN_CATEGORIES, language);
  const notUnderstood = [...new Set(input.notUnderstood)].slice(0, MAX_NOTES);
  if (partial.category === undefined || !BUILTIN_CATEGORIES.includes(partial.category as BuiltinCategory)) {
    if (verdict.kind === 'ambiguous') {
      return {
        kind: 'clarify',
        question: say.whichBuiltin(names(verdict.candidates, language)),
        missing: ['category'],
        partial,
        notUnderstood,
      };
    }
    if (input.leftovers.length > 0 && !input.generic) {
      return {
        kind: 'unsupported',
        message: `${say.onlyShopFor(known, joinWords(input.leftovers.slice(0, 3).map((t) => say.quote(quote(t).slice(1, -1))), language, 'or'))}${howToAdd(partial.text, language)}`.slice(0, MAX_MESSAGE),
        notUnderstood,
      };
    }
    return { kind: 'clarify', question: say.whatToLookFor(known), missing: ['category'], partial, notUnderstood };
  }
  const elsewhere = productNamedElsewhere(input);
  if (elsewhere) return elsewhere;
  if (partial.category === 'running-shoes' && !hasSize(partial)) {
    return { kind: 'clarify', question: say.shoeSize, missing: ['size_eu'], partial, notUnderstood };
  }
  const assumptions = [...input.assumptions];
  const currency = partial.budget?.currency ?? partial.currency ?? input.defaultCurrency;
  if (partial.currency === undefined) assumptions.push(say.assumedCurrency(currency));
  if (partial.quantity === undefined) assumptions.push(say.assumedQuantity);
  const need: Need = {
    category: partial.category,
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
  return { kind: 'need', need, assumptions: [...new Set(assumptions)].slice(0, MAX_NOTES), notUnderstood };
}
