import { BUILTIN_CATEGORY_GOOGLE_IDS, CurrencySchema, type BuiltinCategory, PROTOCOL_LIMITS, TAXONOMY, isBuiltinCategory, loadGoogleTaxonomy, categoryWords } from '../../protocol/index.ts';
import { answerLanguage, type Language } from '../language/index.ts';
import { glossedIn, readThroughGloss, sayLanguageRead } from './gloss/index.ts';
import { inLanguage } from './in-language.ts';
import { buildUnderstanding } from './build-understanding.ts';
import { CONVERSATION_MESSAGES } from './conversation-messages.ts';
import { categoryLabelIn } from './category-label-in.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import { mergePartialNeeds } from './merge-partial-need.ts';
import { NEED_ERROR_CODES, NeedError } from './need-error.ts';
import { PartialNeedSchema } from './need.ts';
import type { PartialNeed } from './need.ts';
import { UnderstandingSchema } from './need-engine.ts';
import type { NeedContext, NeedEngine, Understanding } from './need-engine.ts';
import { parseRequest } from './parse-request.ts';
import { builtinMarketVocabulary, type MarketVocabulary } from './market-vocabulary.ts';
import { resolveOpenCategory } from './resolve-open-category.ts';
import { LEXICON } from './lexicon.ts';
import { describeSold, understandOpenRequest, unsoldMessage } from './understand-open-request.ts';
import { sharedVocabulary } from './vocabulary.ts';
import { stripControlSequences } from './strip-control-sequences.ts';
import { isNotUnderstood, readRequestEvidence } from './request-evidence.ts';
import { notUnderstoodQuestion } from './not-understood-question.ts';
import { unreadLanguageAnswer } from './unread-language-answer.ts';

/** Longest request read, in characters; the rest is reported as ignored. */
export const MAX_REQUEST_CHARS = PROTOCOL_LIMITS.maxTextLength;

function checkContext(context: NeedContext): { currency: string; previous?: PartialNeed } {
  if (!(context.now instanceof Date) || Number.isNaN(context.now.getTime())) throw new NeedError(NEED_ERROR_CODES.INVALID_CONTEXT, 'context.now must be a valid Date');
  const currency = CurrencySchema.safeParse(context.defaultCurrency);
  if (!currency.success) throw new NeedError(NEED_ERROR_CODES.INVALID_CONTEXT, `context.defaultCurrency must be an ISO 4217 code like "EUR", got ${JSON.stringify(context.defaultCurrency)}`);
  if (context.previous === undefined) return { currency: currency.data };
  const previous = PartialNeedSchema.safeParse(context.previous);
  if (!previous.success) throw new NeedError(NEED_ERROR_CODES.INVALID_CONTEXT, `context.previous is not a valid partial need: ${previous.error.message}`);
  return { currency: currency.data, previous: previous.data };
}

/** The built-in reading, with how its category was found and which words it read as typos. */
interface BuiltinReading {
  readonly result: Understanding;
  readonly category: BuiltinCategory | undefined;
  readonly verdict: string;
  readonly typos: readonly string[];
}

/** The built-in categories' reading of a request (their hand-written lexicon: features, makers, shoe sizes). */
function understandBuiltin(text: string, input: string, context: NeedContext, currency: string, previous: PartialNeed | undefined, language: Language): BuiltinReading {
  const vocab = sharedVocabulary();
  const hasSize = previous?.hardConstraints.some((c) => c.attribute === 'size_eu') ?? false;
  const previousCategory = previous?.category !== undefined && isBuiltinCategory(previous.category) ? previous.category : undefined;
  const parsed = parseRequest(input, { now: context.now, defaultCurrency: currency, hasSize, hasBudget: previous?.budget !== undefined, language, ...(previousCategory ? { previousCategory } : {}) }, vocab);
  const say = NOTE_MESSAGES[language];
  const assumptions = [...parsed.assumptions];
  const notUnderstood = [...parsed.notUnderstood];
  if (text.length > MAX_REQUEST_CHARS) notUnderstood.push(say.ignoredAfter(MAX_REQUEST_CHARS));

  let base = previous;
  const answerCategory = parsed.partial.category;
  // The earlier turn named no category, so its words could not be read; now that one is known, read them again.
  if (previous && previous.category === undefined && answerCategory !== undefined && isBuiltinCategory(answerCategory) && previous.text.trim() !== '') {
    const reparsed = parseRequest(glossedIn(previous.text, previous.language), { now: context.now, defaultCurrency: currency, hasSize: false, hasBudget: false, previousCategory: answerCategory, language }, vocab);
    base = mergePartialNeeds(previous, { ...reparsed.partial, text: '' });
    assumptions.unshift(...reparsed.assumptions);
    notUnderstood.unshift(...reparsed.notUnderstood);
  }
  const partial = base ? mergePartialNeeds(base, parsed.partial) : parsed.partial;
  if (previousCategory !== undefined && partial.category !== undefined && partial.category !== previousCategory && isBuiltinCategory(partial.category)) {
    const label = (id: BuiltinCategory) => categoryLabelIn({ id, label: TAXONOMY[id].label }, language).toLowerCase();
    assumptions.push(say.categorySwitched(label(partial.category), label(previousCategory)));
  }
  const result = buildUnderstanding({
    partial,
    verdict: parsed.verdict,
    leftovers: parsed.leftovers,
    generic: parsed.generic,
    assumptions,
    notUnderstood,
    defaultCurrency: currency,
    language,
    // With a market, a refusal or a "what should I look for?" names what its brands sell, not only the built-ins.
    ...(context.market ? { sold: describeSold(context.market, language) } : {}),
  });
  const category = partial.category !== undefined && isBuiltinCategory(partial.category) ? partial.category : undefined;
  return { result, category, verdict: parsed.verdict.kind, typos: parsed.typos };
}

function sells(market: MarketVocabulary, category: string): boolean {
  return market.categories.some((c) => c.id === category);
}

const strong = new Map<BuiltinCategory, ReadonlySet<string>>();

/** Words that name a built-in category outright ("coffee", "casque"), by category; built once. */
function strongWords(category: BuiltinCategory): ReadonlySet<string> {
  let words = strong.get(category);
  if (!words) strong.set(category, (words = new Set(LEXICON.filter((e) => e.category?.id === category && e.category.strong).flatMap((e) => e.phrases.flatMap((p) => categoryWords(p))))));
  return words;
}

/**
 * A built-in category read from a hint ("wireless" router), a typo ("speaker" read as "sneaker") or a word inside a
 * longer product name ("coffee maker", "casque de vélo"): the taxonomy's reading of the whole request wins.
 */
function namesProductElsewhere(text: string, reading: BuiltinReading, market: MarketVocabulary): boolean {
  const category = reading.category;
  if (category === undefined) return false;
  const resolution = resolveOpenCategory(text, market);
  // Products named as alternatives ("a speaker or a tablet") are a question, unless a built-in category is among them.
  if (resolution.kind === 'choose') return (reading.verdict === 'hinted' || reading.typos.length > 0) && !resolution.options.some((o) => isBuiltinCategory(o.id));
  if (resolution.kind !== 'sold' && resolution.kind !== 'unsold') return false;
  const nodeId = resolution.kind === 'sold' ? resolution.category.googleId : resolution.node.id;
  if (nodeId === undefined || (resolution.kind === 'sold' && isBuiltinCategory(resolution.category.id))) return false;
  const taxonomy = loadGoogleTaxonomy();
  const own = BUILTIN_CATEGORY_GOOGLE_IDS[category];
  if (taxonomy.isWithin(nodeId, own) || taxonomy.isWithin(own, nodeId)) return false;
  // "a thing to grind coffee beans": the built-in product is what a described product acts on, not the product.
  if (resolution.kind === 'sold' && resolution.actedOn !== undefined && categoryWords(resolution.actedOn).some((w) => strongWords(category).has(w))) return true;
  const matched = categoryWords(resolution.matched);
  // The built-in reading left the product's words unexplained ("router" in "a wireless router"): they name it.
  const unexplained = categoryWords(reading.result.notUnderstood.join(' '));
  if (reading.verdict === 'hinted' && (resolution.kind === 'sold' || matched.every((w) => unexplained.includes(w)))) return true;
  // Even a category named outright by one of its features ("caffeine free" coffee) yields to a product the market
  // sells whose name the built-in reading could not explain ("caffeine free herbal tea bags").
  if (resolution.kind === 'sold' && matched.length > 0 && matched.every((w) => unexplained.includes(w))) return true;
  // A category read through a corrected typo ("traîneau" read as "trainer") yields to a product the market sells.
  if (reading.typos.length > 0 && resolution.kind === 'sold') return true;
  // … or whose words the built-in reading took for a typo of its own words ("router" read as something else).
  const typed = new Set(reading.typos.flatMap((t) => categoryWords(t)));
  if (matched.some((w) => typed.has(w))) return true;
  const words = strongWords(category);
  return resolution.kind === 'sold' && matched.length > 1 && matched.some((w) => words.has(w));
}

/**
 * "un casque pour mon fils": the word naming a built-in category also names another sold product ("Casques de vélo"),
 * and nothing said is a feature of the built-in category (no rule on its own attributes): which one is a question.
 */
function sharesProductWord(text: string, reading: BuiltinReading, market: MarketVocabulary): boolean {
  const category = reading.category;
  if (category === undefined || reading.result.kind !== 'need' || reading.verdict !== 'named') return false;
  const resolution = resolveOpenCategory(text, market);
  if (resolution.kind !== 'choose' || !resolution.options.some((o) => o.id === category)) return false;
  const own = new Set(Object.keys(TAXONOMY[category].attributes));
  const need = reading.result.need;
  return ![...need.hardConstraints, ...need.softPreferences].some((rule) => own.has(rule.attribute));
}

/**
 * Reads a request (and, with `context.previous`, folds it into the pending partial need) synchronously: the built-in
 * categories through their own lexicon, every other category the connected brands sell through the Google taxonomy
 * and the brands' declared attribute schemas (`understandOpenRequest`).
 */
export function understandNeedText(typed: string, context: NeedContext): Understanding {
  const text = stripControlSequences(typed);
  const { currency, previous } = checkContext(context);
  const typedInput = text.length > MAX_REQUEST_CHARS ? text.slice(0, MAX_REQUEST_CHARS) : text;
  const market = context.market ?? builtinMarketVocabulary();
  // Links and pasted random characters hold no words to read ("share" in a link is no Shure headphones); a request
  // with nothing readable left is asked about, before any brand is (`request-evidence.ts`).
  const evidence = readRequestEvidence(typedInput, sharedVocabulary());
  const input = evidence.noise.length > 0 ? evidence.readable : typedInput;
  const previousOpen = previous?.category !== undefined && !isBuiltinCategory(previous.category);
  // A request in a language read through a gloss is read in the gloss's English words, and answered in English.
  const request = readThroughGloss(input, previous?.language);
  const read = request.text;
  const language = answerLanguage(request.language);
  const reading = previousOpen ? undefined : understandBuiltin(text, read, context, currency, previous, language);
  const builtin = reading?.result;
  const elsewhere = reading !== undefined && (namesProductElsewhere(read, reading, market) || sharesProductWord(read, reading, market));
  let result: Understanding | undefined;
  if (builtin?.kind === 'need' && sells(market, builtin.need.category) && !elsewhere) result = builtin;
  else if (builtin?.kind === 'clarify' && !builtin.missing.includes('category') && !elsewhere) result = builtin;
  else {
    result = understandOpenRequest({ text: read, now: context.now, defaultCurrency: currency, market, language, ...(previous ? { previous } : {}) });
    // The built-in reading's notes on an unknown product are as typed ("a laptop"); keep them with the plainer message.
    if (result?.kind === 'unsupported' && builtin?.kind === 'unsupported') result = { ...result, notUnderstood: builtin.notUnderstood };
    if (result && text.length > MAX_REQUEST_CHARS) result = { ...result, notUnderstood: [...result.notUnderstood, NOTE_MESSAGES[language].ignoredAfter(MAX_REQUEST_CHARS)].slice(0, 64) };
  }
  if (result === undefined && builtin?.kind === 'need') {
    const node = loadGoogleTaxonomy().get(BUILTIN_CATEGORY_GOOGLE_IDS[builtin.need.category as keyof typeof BUILTIN_CATEGORY_GOOGLE_IDS]);
    result = node ? { kind: 'unsupported', message: unsoldMessage({ id: node.id, path: node.path.join(' > '), label: TAXONOMY[builtin.need.category as keyof typeof TAXONOMY].label }, market, language), notUnderstood: builtin.notUnderstood } : builtin;
  }
  let understood: Understanding = result ?? builtin ?? { kind: 'clarify', question: CONVERSATION_MESSAGES[language].whatToLookForBare, missing: ['category'], partial: previous ?? { hardConstraints: [], softPreferences: [], text: read }, notUnderstood: [] };
  // Nothing read as a need, and nothing in the request is words the engine knows: asked about, never refused as an
  // unknown product nor read from fragments.
  const named = understood.kind === 'need' || (understood.kind === 'clarify' && !understood.missing.includes('category'));
  if (previous === undefined && !named && isNotUnderstood(evidence)) {
    const question = notUnderstoodQuestion(evidence.noise, describeSold(market, language), language);
    understood = { kind: 'clarify', question, missing: ['category'], partial: { hardConstraints: [], softPreferences: [], text: typedInput }, notUnderstood: [], reason: 'not-understood' };
  }
  // A request left unserved in a language the butler cannot read is answered naming that language (never a served one).
  const unread = unreadLanguageAnswer(understood, input, answerLanguage(previous?.language));
  if (unread !== undefined) return UnderstandingSchema.parse(unread);
  // Our own output must satisfy our own schema; a failure here is a bug, so it throws.
  return UnderstandingSchema.parse(sayLanguageRead(inLanguage(understood, request.language), request, input));
}

/**
 * The built-in offline engine: English and French requests for the built-in categories, with typo tolerance,
 * negation, firm vs soft wording, budgets, sizes, quantities and UTC deadlines. Deterministic: same text, same clock,
 * same result.
 * @example
 * const engine = createDeterministicNeedEngine();
 * const result = await engine.understand('waterproof trail shoes size 43 under 150 euros', { now: new Date(), defaultCurrency: 'EUR' });
 */
export function createDeterministicNeedEngine(): NeedEngine {
  return {
    name: 'deterministic',
    understand: async (text, context) => understandNeedText(text, context),
  };
}
