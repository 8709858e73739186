import { extractDescribedFeatures } from './described-feature.ts';
import { categoryWords, isTaxonomyLabelWord, type AttributeDefinition, type HardConstraint } from '../../protocol/index.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import { settleUnneeded } from './settle-unneeded.ts';
import type { Language } from '../language/index.ts';
import { readClauseModality } from './clause-modality.ts';
import { collectLeftovers } from './collect-leftovers.ts';
import { detectGift, GIFT_READER_WORDS, type GiftReading } from './detect-gift.ts';
import { extractAttributeWords } from './extract-attribute-words.ts';
import { readAttributesNamedAlone } from './attribute-named-alone.ts';
import { extractBareNumbers } from './extract-bare-numbers.ts';
import { extractDeadline } from './extract-deadline.ts';
import { extractMoney } from './extract-money.ts';
import { markStandardVersions } from './standard-version.ts';
import { extractPackSize, extractStatedSize } from './extract-pack-and-size.ts';
import { extractQuantity } from './extract-quantity.ts';
import { markOwnedMeasures } from './owned-measure.ts';
import { sayRefusalsFirst } from './refusal-said-after.ts';
import { extractUnitMeasures, releaseHeld } from './extract-unit-measures.ts';
import { LEXICON } from './lexicon.ts';
import { clippedWord, closestWord, isPrivativeOf } from './fuzzy-match.ts';
import { unitOfDeclaration, unitOfWord } from './measure-units.ts';
import { MAX_NEED_RULES, type PartialNeed } from './need.ts';
import { openLexiconOf, type OpenLexicon } from './open-lexicon.ts';
import { consume, emptyDraft, note, setConstraint, setPreference, type NeedDraft, type ParseState } from './parse-state.ts';
import { resolveBudget } from './resolve-budget.ts';
import { settleStretch, stretchRulesOf } from './stretch-rules.ts';
import { readLineLabels } from './line-labels.ts';
import { applySpokenCorrections } from './spoken-correction.ts';
import { extractGuardedFeatures } from './guarded-feature.ts';
import { extractPrivativeOpposites } from './privative-feature.ts';
import { tokenize, type Token } from './tokenize.ts';
import { joinNumberWords } from './join-number-words.ts';
import { buildVocabulary } from './vocabulary.ts';
import type { MarketMakers } from './market-makers.ts';
import { declaredLineOf } from './declared-maker-at.ts';

/** What one text said about a category known from the brands' schemas (or about a gift, before any category). */
export interface ParsedOpenRequest {
  /** Everything but the category (the caller sets it). */
  readonly partial: PartialNeed;
  readonly assumptions: readonly string[];
  readonly notUnderstood: readonly string[];
  readonly leftovers: readonly string[];
  readonly gift: GiftReading | undefined;
}

/** Inputs of one open parse besides the text. */
export interface OpenParseOptions {
  readonly now: Date;
  readonly defaultCurrency: string;
  readonly hasBudget: boolean;
  /** The category's attributes (declared by the brands, plus the shared ones); empty before a category is known. */
  readonly attributes: readonly AttributeDefinition[];
  /** The category's name in the notes' language ("tents", "tentes"); absent before a category is known. */
  readonly categoryLabel?: string;
  /** The words that named the category ("road bike", "aspirateur sans fil"), claimed once nothing more precise did. */
  readonly categoryPhrase?: string;
  /** The language of the notes (the request's; default English). */
  readonly language?: Language | undefined;
  /** The makers and product lines the connected brands' cards list (protocol 1.2), read as makers. */
  readonly makers?: MarketMakers;
  /** The category asked for (canonical id), once known: a misspelt maker is read only among those selling it. */
  readonly categoryId?: string;
}

let knownWords: ReadonlySet<string> | undefined;

function baseKnownWords(): ReadonlySet<string> {
  // Makers the built-in lexicon knows stay names here ("not Decathlon"): only ordinary words are excluded.
  const makerWords = new Set(LEXICON.filter((e) => e.maker !== undefined).flatMap((e) => e.phrases.flatMap((p) => p.split(' '))));
  knownWords ??= new Set([...buildVocabulary().knownWords, ...GIFT_READER_WORDS].filter((w) => !makerWords.has(w)));
  return knownWords;
}

const knownWithLexicon = new WeakMap<object, ReadonlySet<string>>();

/** The engine's known words plus a category's own, built once per lexicon. */
function knownWordsWith(lexicon: { readonly words: ReadonlySet<string> }): ReadonlySet<string> {
  let known = knownWithLexicon.get(lexicon);
  if (!known) knownWithLexicon.set(lexicon, (known = new Set([...baseKnownWords(), ...lexicon.words])));
  return known;
}

const typoTargetsOf = new WeakMap<object, ReadonlyMap<string, string>>();

/**
 * Unknown lower-case words one slip away from a word of the category's declared vocabulary ("cordles" → "cordless"),
 * or clipped from one ("temp" → "temperature", "refurb" → "refurbished"), corrected in place and listed; names (capitalised) and the taxonomy's own words are left as typed.
 */
function correctAttributeTypos(tokens: readonly Token[], lexicon: OpenLexicon, known: ReadonlySet<string>, draft: NeedDraft, language: Language): void {
  let targets = typoTargetsOf.get(lexicon);
  if (!targets) typoTargetsOf.set(lexicon, (targets = new Map([...lexicon.words].map((w) => [w, w]))));
  for (const token of tokens) {
    // A unit word is a word the engine reads ("miles" is no slip of a declared "males").
    if (token.kind !== 'word' || token.capitalized || known.has(token.norm) || isTaxonomyLabelWord(token.norm) || unitOfWord(token.norm) !== undefined) continue;
    const readAs = closestWord(token.norm, targets) ?? clippedWord(token.norm, targets.keys());
    if (readAs === undefined) continue;
    note(draft.assumptions, NOTE_MESSAGES[language].typo(token.raw, readAs));
    token.norm = readAs;
  }
}

/**
 * A declared label said with its words cut short ("adjustable arms" for "adjustable armrests", "temp control") or made
 * another part of speech ("contrôlable par appli" for "Contrôle par appli"): each
 * typed word, without a plural "s", begins the label's word at its place (3+ letters), at least one word is whole and
 * at least one cut. Only a single label read so is taken; its words replace the typed ones, and the reading is listed.
 */
function readClippedLabels(tokens: readonly Token[], lexicon: OpenLexicon, draft: NeedDraft, language: Language): void {
  const phrases = lexicon.matcher.multiWordPhrases();
  const begins = (typed: string, word: string): boolean => {
    const stem = typed.length > 3 && typed.endsWith('s') ? typed.slice(0, -1) : typed;
    if (stem.length >= 3 && word.length >= stem.length + 2 && word.startsWith(stem) && !isPrivativeOf(word, stem) && !isPrivativeOf(word, typed)) return true;
    // The same word made another part of speech ("contrôlable" for "contrôle", "adjusting" for "adjustable"): the label
    // word's stem of six letters or more, without its last vowel, begins the typed word.
    const root = word.replace(/[aeiouy]+s?$/, '');
    return root.length >= 6 && typed.length > word.length && typed.startsWith(root) && !/^(less|free|proof)/.test(typed.slice(root.length));
  };
  for (let i = 0; i < tokens.length; i++) {
    // What is already said as declared ("sans fil") stays as typed.
    if (lexicon.matcher.matchAt(tokens, [], i)) continue;
    const found = phrases.filter((words) => {
      let whole = 0;
      let cut = 0;
      for (const [k, word] of words.entries()) {
        const token = tokens[i + k];
        if (!token || token.kind !== 'word') return false;
        if (token.norm === word) whole++;
        else if (begins(token.norm, word)) cut++;
        else return false;
      }
      return whole > 0 && cut > 0;
    });
    const distinct = [...new Set(found.map((w) => w.join(' ')))];
    if (distinct.length !== 1) continue;
    const words = found[0]!;
    const typed = tokens.slice(i, i + words.length).map((t) => t.raw).join(' ');
    note(draft.assumptions, NOTE_MESSAGES[language].typo(typed, distinct[0]!));
    words.forEach((word, k) => (tokens[i + k]!.norm = word));
    i += words.length - 1;
  }
}

/** Token positions of the category phrase (compared word by word in the taxonomy matcher's singular form). */
/**
 * The product's name said again after the words that named it ("un vélo de ville, pas de vélo électrique", "a city bike,
 * not an electric bike"): the product still, never a maker nor the end of a "not …" list.
 */
function repeatedPositions(tokens: readonly Token[], phrase: string | undefined, first: readonly number[]): number[] {
  const wanted = phrase === undefined ? [] : categoryWords(phrase);
  if (wanted.length !== 1 || first.length !== 1) return [];
  return tokens.flatMap((t, i) => (i > first[0]! && t.kind === 'word' && categoryWords(t.norm)[0] === wanted[0] ? [i] : []));
}

function phrasePositions(tokens: readonly Token[], phrase: string | undefined): number[] {
  if (phrase === undefined) return [];
  const wanted = categoryWords(phrase);
  if (wanted.length === 0) return [];
  const forms = tokens.map((t) => (t.kind === 'word' || t.kind === 'number' ? (categoryWords(t.norm)[0] ?? '') : '\u0000'));
  for (let i = 0; i + wanted.length <= tokens.length; i++) {
    if (wanted.every((w, k) => forms[i + k] === w)) return wanted.map((_, k) => i + k);
  }
  // "food for my dog" named "dog food".
  if (wanted.length === 2) {
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (forms[i] !== wanted[1] || forms[i + 1] !== 'for') continue;
      const owner = ['my', 'your', 'his', 'her', 'our', 'their', 'its', 'the', 'a', 'an'].includes(forms[i + 2]!) ? 1 : 0;
      if (forms[i + 2 + owner] === wanted[0]) return Array.from({ length: 3 + owner }, (_, k) => i + k);
    }
  }
  return [];
}

/** What an age says about an age group (Merchant Center bands) and about declared minimum/maximum ages. */
function applyAge(draft: NeedDraft, age: number, attributes: readonly AttributeDefinition[]): void {
  const group = age < 1 ? 'infant' : age < 5 ? 'toddler' : age < 13 ? 'kids' : 'adult';
  const ageGroup = attributes.find((a) => a.name === 'age_group' && a.type === 'enum');
  if (ageGroup?.values?.includes(group)) setPreference(draft, { attribute: 'age_group', direction: 'equals', value: group, weight: 0.5 });
  for (const attr of attributes) {
    if (attr.type !== 'number' || unitOfDeclaration(attr.unit)?.dimension !== 'age') continue;
    const factor = unitOfDeclaration(attr.unit)!.factor;
    const value = Math.round((age / factor) * 100) / 100;
    // "Ages 12+" does not suit a 10-year-old; "up to 8" neither.
    if (/min|from|des|starting/.test(attr.name)) setConstraint(draft, { attribute: attr.name, op: 'lte', value });
    else if (/max|until|jusqu/.test(attr.name)) setConstraint(draft, { attribute: attr.name, op: 'gte', value });
  }
}

/**
 * Reads a request for a category whose vocabulary comes from the connected brands' attribute schemas: whom it is for,
 * deadline, measures with units (never a price), money, pack size versus quantity, declared values, colours,
 * materials, sizes and makers, then bare numbers (a budget) and what is left over.
 */
export function parseOpenRequest(original: string, options: OpenParseOptions): ParsedOpenRequest {
  const spoken = applySpokenCorrections(sayRefusalsFirst(readLineLabels(original.replace(/½/g, '.5').normalize('NFKC'))));
  const text = spoken.text;
  const tokens = joinNumberWords(text, tokenize(text));
  const clauses = readClauseModality(tokens, LEXICON);
  const draft = emptyDraft();
  const categoryAt = phrasePositions(tokens, options.categoryPhrase);
  const namedAgainAt = repeatedPositions(tokens, options.categoryPhrase, categoryAt);
  const state: ParseState = {
    text,
    tokens,
    used: [...clauses.markerTokens],
    now: options.now,
    category: undefined,
    openCategory: options.attributes.length > 0,
    modality: clauses.modality,
    markerTokens: clauses.markerTokens,
    emphasis: clauses.emphasis,
    categoryWordAt: new Set([...categoryAt, ...namedAgainAt]),
    hasSize: false,
    hasBudget: options.hasBudget,
    language: options.language,
    draft,
  };
  for (const c of spoken.corrections) note(draft.assumptions, NOTE_MESSAGES[options.language ?? 'en'].spokenCorrection(c.said, c.kept));
  const lexicon = openLexiconOf(options.attributes);
  if (options.attributes.length > 0) {
    correctAttributeTypos(tokens, lexicon, knownWordsWith(lexicon), draft, options.language ?? 'en');
    readClippedLabels(tokens, lexicon, draft, options.language ?? 'en');
  }
  // "mine is 3 kg": a figure of what the person has is no wish.
  markOwnedMeasures(state);
  const gift = detectGift(state);
  extractDeadline(state);
  const heldValues = extractUnitMeasures(state, options.attributes, options.categoryLabel, lexicon);
  // "Wi-Fi 6E", "Bluetooth 5": a standard's version is no price and no count.
  markStandardVersions(state, lexicon.matcher);
  extractMoney(state);
  extractPackSize(state);
  extractQuantity(state);
  extractStatedSize(state);
  // The declared values written with a digit are read with the other values: negated or offered as alternatives.
  releaseHeld(state, heldValues);
  // The condition of a higher ceiling ("350 if it sleeps 4") is read on its own, never into the need's rules.
  for (const m of draft.budgets) if (m.stretchIf !== undefined) consume(state, m.stretchIf.start, m.stretchIf.end);
  readAttributesNamedAlone(state, options.attributes);
  extractAttributeWords(state, lexicon, knownWordsWith(lexicon), options.makers, options.categoryId);
  extractDescribedFeatures(state, options.attributes);
  extractGuardedFeatures(state, options.attributes);
  extractPrivativeOpposites(state, options.attributes);
  // The words naming the category are explained by it, unless a value claimed them first ("road" in "road bike").
  for (const k of [...categoryAt, ...namedAgainAt]) if (!state.used[k]) consume(state, k, k + 1);
  // A product named by its brand ("loves Lego", "a Kindle"): capitalised, and no word of the taxonomy's own labels.
  const named = categoryAt.length === 1 ? tokens[categoryAt[0]!] : undefined;
  if (named && categoryAt[0]! > 0 && named.capitalized && !isTaxonomyLabelWord(named.norm)) {
    // "a Kindle": a product line the market lists is its maker's (Amazon), said back as such.
    const line = options.makers === undefined ? undefined : declaredLineOf(named.norm, options.makers);
    const maker = line?.maker ?? named.raw;
    if (line !== undefined) note(draft.assumptions, NOTE_MESSAGES[options.language ?? 'en'].makerLine(line.line, maker));
    setPreference(draft, { attribute: 'maker', direction: 'equals', value: maker, weight: 0.6 });
    note(draft.assumptions, NOTE_MESSAGES[options.language ?? 'en'].maker(maker, 'prefer'));
  }
  if (gift?.ageYears !== undefined) applyAge(draft, gift.ageYears, options.attributes);
  extractBareNumbers(state);
  settleUnneeded(draft, options.language ?? 'en');
  const leftovers = collectLeftovers(state).filter((phrase) => /\p{L}/u.test(phrase));
  for (const phrase of leftovers) note(draft.notUnderstood, NOTE_MESSAGES[options.language ?? 'en'].quote(phrase));

  const money = resolveBudget(draft.budgets, draft.quantity ?? 1, options.defaultCurrency, options.language ?? 'en');
  if (money.pricePreference) setPreference(draft, money.pricePreference);
  const hard: HardConstraint[] = [...draft.hard];
  if (draft.makersIn.length > 0) hard.push(draft.makersIn.length === 1 ? { attribute: 'maker', op: 'eq', value: draft.makersIn[0]! } : { attribute: 'maker', op: 'in', value: draft.makersIn.slice(0, 32) });
  if (draft.makersOut.length > 0) hard.push({ attribute: 'maker', op: 'not-in', value: draft.makersOut.slice(0, 32) });
  const notUnderstood = [...draft.notUnderstood, ...money.notUnderstood];
  const budgetStretch = settleStretch(money, (condition) => stretchRulesOf(parseOpenRequest(condition, { ...options, hasBudget: true })), NOTE_MESSAGES[options.language ?? 'en'], draft.assumptions, notUnderstood);
  const recipient = gift === undefined ? undefined : { gift: gift.gift, ...(gift.recipient ? { who: gift.recipient } : {}), ...(gift.ageYears !== undefined ? { ageYears: gift.ageYears } : {}), ...(gift.occasion ? { occasion: gift.occasion } : {}) };
  const partial: PartialNeed = {
    hardConstraints: hard.slice(0, MAX_NEED_RULES),
    softPreferences: draft.soft.slice(0, MAX_NEED_RULES),
    text: original,
    ...(draft.quantity === undefined ? {} : { quantity: draft.quantity }),
    ...(money.budget === undefined ? {} : { budget: money.budget }),
    ...(budgetStretch === undefined ? {} : { budgetStretch }),
    ...(money.currency === undefined ? {} : { currency: money.currency }),
    ...(draft.deadline === undefined ? {} : { deadline: draft.deadline.at.toISOString() }),
    ...(recipient === undefined ? {} : { recipient }),
  };
  return { partial, assumptions: [...draft.assumptions, ...money.assumptions], notUnderstood, leftovers, gift };
}
