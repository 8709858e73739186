import type { BuiltinCategory } from '../../protocol/index.ts';
import { BUILTIN_CATEGORIES, BUILTIN_CATEGORY_GOOGLE_IDS, TAXONOMY, loadGoogleTaxonomy } from '../../protocol/index.ts';
import type { CategoryVerdict } from './detect-category.ts';
import type { Need, PartialNeed } from './need.ts';
import { matchTaxonomyCategory } from './match-taxonomy-category.ts';
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
}

const MAX_NOTES = 64;

function label(category: BuiltinCategory): string {
  return TAXONOMY[category].label.toLowerCase();
}

function listOr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

const KNOWN = listOr(BUILTIN_CATEGORIES.map(label));

/**
 * When the request names a product category of the Google product taxonomy that no connected brand sells, say which
 * one and how a shop can join (its existing product feed, or any MCP brand agent).
 */
function howToAdd(text: string): string {
  const match = matchTaxonomyCategory(text);
  if (match.kind !== 'match') return '';
  return describeUnsold(match.best);
}

function describeUnsold(best: { readonly id: string; readonly path: string }): string {
  const { id, path } = best;
  const name = path.split(' > ').at(-1) ?? path;
  return ` It sounds like ${name} (Google product taxonomy ${id}: ${path}), which no brand you have connected sells yet. A shop can join with its existing product feed (\`majordome brand serve <id> --feed <file>\`, or a "feed" entry in brands.json) or any MCP brand agent.`;
}

/**
 * A category only hinted by a feature word ("sans fil" → headphones) loses to a product the request names outright
 * that the taxonomy places elsewhere ("un aspirateur sans fil" is a vacuum cleaner): the returned refusal says so.
 */
function productNamedElsewhere(input: UnderstandingInput): Understanding | undefined {
  const { verdict, partial } = input;
  if (verdict.kind !== 'hinted' || input.leftovers.length === 0) return undefined;
  const match = matchTaxonomyCategory(partial.text);
  if (match.kind !== 'match') return undefined;
  const hinted = BUILTIN_CATEGORY_GOOGLE_IDS[verdict.category];
  const taxonomy = loadGoogleTaxonomy();
  if (taxonomy.isWithin(match.best.id, hinted) || taxonomy.isWithin(hinted, match.best.id)) return undefined;
  return {
    kind: 'unsupported',
    message: `I can only shop for ${KNOWN} so far.${describeUnsold(match.best)}`.slice(0, 800),
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
  const { partial, verdict } = input;
  const notUnderstood = [...new Set(input.notUnderstood)].slice(0, MAX_NOTES);
  if (partial.category === undefined || !BUILTIN_CATEGORIES.includes(partial.category as BuiltinCategory)) {
    if (verdict.kind === 'ambiguous') {
      return {
        kind: 'clarify',
        question: `Should I look for ${listOr(verdict.candidates.map(label))}? I handle one kind of product per request.`,
        missing: ['category'],
        partial,
        notUnderstood,
      };
    }
    if (input.leftovers.length > 0 && !input.generic) {
      return {
        kind: 'unsupported',
        message: `I can only shop for ${KNOWN} so far, and I don't recognise ${listOr(input.leftovers.slice(0, 3).map(quote))} as one of them.${howToAdd(partial.text)}`.slice(0, 800),
        notUnderstood,
      };
    }
    return { kind: 'clarify', question: `What should I look for? I can shop for ${KNOWN}.`, missing: ['category'], partial, notUnderstood };
  }
  const elsewhere = productNamedElsewhere(input);
  if (elsewhere) return elsewhere;
  if (partial.category === 'running-shoes' && !hasSize(partial)) {
    return { kind: 'clarify', question: 'What shoe size do you need (EU size, for example 42 or 42.5)?', missing: ['size_eu'], partial, notUnderstood };
  }
  const assumptions = [...input.assumptions];
  const currency = partial.budget?.currency ?? partial.currency ?? input.defaultCurrency;
  if (partial.currency === undefined) assumptions.push(`currency: ${currency} (your default; none given)`);
  if (partial.quantity === undefined) assumptions.push('quantity: 1 (none given)');
  const need: Need = {
    category: partial.category,
    hardConstraints: partial.hardConstraints,
    softPreferences: partial.softPreferences,
    quantity: partial.quantity ?? 1,
    currency,
    text: partial.text,
    ...(partial.budget === undefined ? {} : { budget: partial.budget }),
    ...(partial.deadline === undefined ? {} : { deadline: partial.deadline }),
  };
  return { kind: 'need', need, assumptions: [...new Set(assumptions)].slice(0, MAX_NOTES), notUnderstood };
}
