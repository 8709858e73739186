import type { BuiltinCategory, HardConstraint } from '../../protocol/index.ts';
import { TAXONOMY } from '../../protocol/index.ts';
import { readClauseModality } from './clause-modality.ts';
import { collectLeftovers } from './collect-leftovers.ts';
import { detectCategory } from './detect-category.ts';
import { detectGift } from './detect-gift.ts';
import type { CategoryVerdict } from './detect-category.ts';
import { extractBareNumbers } from './extract-bare-numbers.ts';
import { extractDeadline } from './extract-deadline.ts';
import { extractFeatures } from './extract-features.ts';
import { extractMeasures } from './extract-measures.ts';
import { extractMoney } from './extract-money.ts';
import { markStandardVersions } from './standard-version.ts';
import { extractGuardedFeatures } from './guarded-feature.ts';
import { extractPrivativeOpposites } from './privative-feature.ts';
import { extractQuantity } from './extract-quantity.ts';
import { extractShoeSize } from './extract-shoe-size.ts';
import { markOwnedMeasures } from './owned-measure.ts';
import { LEXICON } from './lexicon.ts';
import { MAX_NEED_RULES } from './need.ts';
import type { PartialNeed } from './need.ts';
import { categoryLabelIn } from './category-label-in.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import { settleUnneeded } from './settle-unneeded.ts';
import { emptyDraft, note, setPreference } from './parse-state.ts';
import type { ParseState } from './parse-state.ts';
import { resolveBudget } from './resolve-budget.ts';
import { settleStretch, stretchRulesOf } from './stretch-rules.ts';
import { requestTokens } from './request-tokens.ts';
import type { Language } from '../language/index.ts';
import type { Vocabulary } from './vocabulary.ts';

/** What one piece of text said, before it is combined with earlier turns and defaults. */
export interface ParsedRequest {
  readonly verdict: CategoryVerdict;
  readonly partial: PartialNeed;
  readonly assumptions: readonly string[];
  readonly notUnderstood: readonly string[];
  /** Unexplained phrases as typed (also in notUnderstood); with no category they name what the person wanted. */
  readonly leftovers: readonly string[];
  /** True when the text said "something"/"a gift": a request, just not a category. */
  readonly generic: boolean;
  /** Words read as typos of known words, as typed. */
  readonly typos: readonly string[];
}

/** Inputs to one parse besides the text. */
export interface ParseOptions {
  readonly now: Date;
  readonly defaultCurrency: string;
  readonly previousCategory?: BuiltinCategory;
  readonly hasSize: boolean;
  readonly hasBudget: boolean;
  /** The language of the notes (the request's; default English). */
  readonly language?: Language | undefined;
}

function categoryOf(verdict: CategoryVerdict): BuiltinCategory | undefined {
  return verdict.kind === 'named' || verdict.kind === 'hinted' || verdict.kind === 'previous' ? verdict.category : undefined;
}

/** Reads one text into a partial need: each extractor claims the tokens it explains; what is left is reported. */
export function parseRequest(original: string, options: ParseOptions, vocabulary: Vocabulary): ParsedRequest {
  const { text, tokens, spokenCorrections, typos: corrections } = requestTokens(original, vocabulary);
  const detection = detectCategory(tokens, text, vocabulary.matcher, options.previousCategory);
  const category = categoryOf(detection.verdict);
  const clauses = readClauseModality(tokens, LEXICON);
  const draft = emptyDraft();
  const language = options.language ?? 'en';
  const say = NOTE_MESSAGES[language];
  for (const c of spokenCorrections) note(draft.assumptions, say.spokenCorrection(c.said, c.kept));
  for (const c of corrections) note(draft.assumptions, say.typo(c.typed, c.readAs));
  if (detection.verdict.kind === 'hinted') {
    note(draft.assumptions, say.hintedCategory(categoryLabelIn({ id: detection.verdict.category, label: TAXONOMY[detection.verdict.category].label }, language).toLowerCase(), detection.verdict.evidence));
  }
  const state: ParseState = {
    text,
    tokens,
    used: [...clauses.markerTokens],
    now: options.now,
    category,
    modality: clauses.modality,
    markerTokens: clauses.markerTokens,
    emphasis: clauses.emphasis,
    categoryWordAt: detection.categoryWordAt,
    hasSize: options.hasSize,
    hasBudget: options.hasBudget,
    language,
    draft,
  };
  // "mine is 3 kg": a figure of what the person has is no wish.
  markOwnedMeasures(state);
  // Whom it is for ("for my son, 14"): a person, never a feature, a size or a price.
  const gift = category === undefined ? undefined : detectGift(state);
  extractDeadline(state);
  // "Wi-Fi 6E", "Bluetooth 5": a standard's version is no price and no count.
  markStandardVersions(state, vocabulary.matcher);
  extractMoney(state);
  extractShoeSize(state);
  extractQuantity(state);
  extractMeasures(state);
  extractFeatures(state, vocabulary.matcher, vocabulary.knownWords);
  if (category !== undefined) {
    const features = Object.entries(TAXONOMY[category].attributes).map(([name, a]) => ({ name, type: a.type }));
    extractGuardedFeatures(state, features);
    extractPrivativeOpposites(state, features);
  }
  extractBareNumbers(state);
  settleUnneeded(draft, language);
  // Without a category a lone "43" may still be a size or a budget: it is re-read once the category is known.
  const leftovers = category === undefined ? collectLeftovers(state).filter((phrase) => /\p{L}/u.test(phrase)) : collectLeftovers(state);
  for (const phrase of leftovers) note(draft.notUnderstood, say.quote(phrase));

  const money = resolveBudget(draft.budgets, draft.quantity ?? 1, options.defaultCurrency, language);
  if (money.pricePreference) setPreference(draft, money.pricePreference);
  const hard: HardConstraint[] = [...draft.hard];
  if (draft.makersIn.length > 0) hard.push(draft.makersIn.length === 1 ? { attribute: 'maker', op: 'eq', value: draft.makersIn[0]! } : { attribute: 'maker', op: 'in', value: draft.makersIn.slice(0, 32) });
  if (draft.makersOut.length > 0) hard.push({ attribute: 'maker', op: 'not-in', value: draft.makersOut.slice(0, 32) });
  const notUnderstood = [...draft.notUnderstood, ...money.notUnderstood];
  const budgetStretch = settleStretch(money, (condition) => stretchRules(condition, category, options, vocabulary), say, draft.assumptions, notUnderstood);
  if (hard.length > MAX_NEED_RULES || draft.soft.length > MAX_NEED_RULES) note(notUnderstood, say.tooManyRequirements(MAX_NEED_RULES));
  const partial: PartialNeed = {
    hardConstraints: hard.slice(0, MAX_NEED_RULES),
    softPreferences: draft.soft.slice(0, MAX_NEED_RULES),
    text: original,
    ...(category === undefined ? {} : { category }),
    ...(draft.quantity === undefined ? {} : { quantity: draft.quantity }),
    ...(money.budget === undefined ? {} : { budget: money.budget }),
    ...(budgetStretch === undefined ? {} : { budgetStretch }),
    ...(money.currency === undefined ? {} : { currency: money.currency }),
    ...(draft.deadline === undefined ? {} : { deadline: draft.deadline.at.toISOString() }),
    ...(gift === undefined ? {} : { recipient: { gift: gift.gift, ...(gift.recipient ? { who: gift.recipient } : {}), ...(gift.ageYears !== undefined ? { ageYears: gift.ageYears } : {}), ...(gift.occasion ? { occasion: gift.occasion } : {}) } }),
  };
  return {
    verdict: detection.verdict,
    partial,
    assumptions: [...draft.assumptions, ...money.assumptions],
    notUnderstood,
    leftovers,
    generic: detection.verdict.kind === 'none' && detection.verdict.generic,
    typos: corrections.map((c) => c.typed),
  };
}

/** The rules of a stretch's condition, read by this same reader in the request's category (`stretchRulesOf`). */
function stretchRules(condition: string, category: BuiltinCategory | undefined, options: ParseOptions, vocabulary: Vocabulary): HardConstraint[] | undefined {
  if (category === undefined) return undefined;
  const read = parseRequest(condition, { ...options, previousCategory: category, hasSize: true, hasBudget: true }, vocabulary);
  return read.partial.category === category ? stretchRulesOf(read) : undefined;
}
