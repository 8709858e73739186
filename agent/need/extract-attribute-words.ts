import { applyEffect } from './apply-effect.ts';
import { comparedPositions } from './compared-thing.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import { isClauseBoundary } from './clause-modality.ts';
import { STOPWORDS } from './lexicon.ts';
import { NegationScope, exclusionOpeningEnd } from './negation-scope.ts';
import type { OpenLexicon } from './open-lexicon.ts';
import { consume, markUnneeded, note, setConstraint, spanText, type ParseState } from './parse-state.ts';
import type { AttributeValue, HardConstraint } from '../../protocol/index.ts';
import { wordsAt } from './words-at.ts';
import { claimSetAside } from './set-aside-alternative.ts';
import { joinedNameEnd, negatedPlainNameEnd, plainNameOf, verbAfterAuxiliaryNot } from './plain-name.ts';
import { NEGATION_MARKERS } from './negation-words.ts';
import { setMaker } from './set-maker.ts';
import { declaredMakerAt } from './declared-maker-at.ts';
import { misspelledMakerAt } from './misspelled-maker-at.ts';
import { gluedNameEnd, gluedNameStart } from './glued-name.ts';
import type { MarketMakers } from './market-makers.ts';
import { OR_WORDS, applyOfferedEffect, offersChoice, type WantedValue } from './values-offered-together.ts';

const LIST_PUNCT = new Set([',', '/', '&', '+']);
const MAX_NAME_WORDS = 3;
/** Punctuation inside a sentence: a capitalised word after it is capitalised for itself, not as a sentence's first. */
const MID_SENTENCE_PUNCT: ReadonlySet<string> = new Set([',', ';', ':', '(', '/']);
/** Words between a negation and the value it refuses that ask for one more of it ("don't want another app", "pas d'autre appli"). */
const KEEPS_NEGATION_OPEN: ReadonlySet<string> = new Set(['another', 'other', 'more', 'extra', 'autre', 'autres']);
/** A capitalised word, or a name with a capital inside ("iRobot", "eBay"). */
const looksLikeName = (raw: string, capitalized: boolean): boolean => capitalized || /^\p{Ll}{1,2}\p{Lu}/u.test(raw);

/**
 * A request's first word is capitalised as any sentence's is ("Warm jacket", "Durable tent"): there only a spelling no
 * ordinary word has names a maker — all capitals ("JBL", "HP") or a capital inside ("iRobot").
 */
const looksLikeNameAtStart = (raw: string): boolean => /^\p{Lu}{2,}$/u.test(raw) || /^\p{L}+\p{Lu}/u.test(raw);

/** True when a maker may be named at `i`: not what the product is compared with, nor the words naming the product. */
function namePlace(state: ParseState, i: number): boolean {
  return !state.used[i] && !comparedPositions(state.tokens).has(i) && !state.categoryWordAt.has(i);
}

function isName(state: ParseState, i: number, known: ReadonlySet<string>): boolean {
  const token = state.tokens[i];
  // A capitalised word that is not the first word of the request (unless the product's name follows and it is spelt as
  // no sentence's first word is: "JBL headphones", "iRobot vacuum"), not a known word and not the product's name.
  const placed = i > 0 || (state.categoryWordAt.has(i + 1) && token !== undefined && looksLikeNameAtStart(token.raw));
  return token !== undefined && placed && namePlace(state, i) && token.kind === 'word' && looksLikeName(token.raw, token.capitalized) && !known.has(token.norm) && !STOPWORDS.has(token.norm);
}

const pins = (c: HardConstraint): boolean => c.op === 'eq' || c.op === 'in';

/**
 * The words pass for a category known only from the brands' schemas: declared enum values and booleans, colours,
 * materials and measure wishes ("quiet"), each possibly negated ("not red", "sans Dyson ni Rowenta"). A capitalised
 * name nobody declared is a maker: to avoid after a negation, wanted when said firmly ("only Bosch"), else preferred.
 */
/** "with the kids", "avec les enfants", "with my wife": who comes along, said after "with" and a determiner. */
const WITH_WORDS: ReadonlySet<string> = new Set(['with', 'avec']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'my', 'our', 'his', 'her', 'les', 'mes', 'nos', 'ses', 'le', 'la', 'mon', 'ma', 'ton', 'ta', 'tes', 'vos', 'votre', 'notre', 'leurs']);

/** True when the words at `at` follow "with" and a determiner: company, not a kind of the product. */
function saidAsCompany(state: ParseState, at: number): boolean {
  const t = state.tokens;
  return at >= 2 && DETERMINERS.has(t[at - 1]?.norm ?? '') && WITH_WORDS.has(t[at - 2]?.norm ?? '');
}

/** Words before a maker saying the person has (or had) one of theirs: "my old", "I already own a", "usually buy". */
const OWNED_LEADS: readonly (readonly string[])[] = [
  ['my'], ['my', 'old'], ['my', 'current'], ['my', 'previous'], ['my', 'last'], ['our', 'old'], ['our', 'current'], ['mon', 'vieux'], ['ma', 'vieille'], ['mon', 'ancien'], ['mon', 'ancienne'],
  ['own', 'a'], ['own', 'an'], ['have', 'a'], ['have', 'an'], ['had', 'a'], ['had', 'an'], ['avais', 'un'], ['avais', 'une'], ['usually', 'buy'], ['always', 'bought'], ['done', 'with'], ['fed', 'up', 'with'],
];
/** What excludes the maker named before: "another one of theirs" after a negation, "something else", "another brand". */
const OTHER_THAN_IT: readonly (readonly string[])[] = [['something', 'else'], ['anything', 'else'], ['another', 'brand'], ['a', 'different', 'brand'], ['autre', 'marque'], ['autre', 'chose']];
/** Pronouns standing for the maker named before: "never one of theirs again", "not them", "plus jamais ceux-là", "jamais leurs produits". */
const THEIRS: ReadonlySet<string> = new Set(['theirs', 'them', 'ceux', 'celles', 'leur', 'leurs', 'eux']);

function ownedBefore(state: ParseState, at: number): boolean {
  return OWNED_LEADS.some((lead) => wordsAt(state.tokens, at - lead.length, lead));
}

/** The kind of the item a list would go on with at `i`: the attribute a value there sets, else `'maker'` (a name). */
function itemKindAt(lexicon: OpenLexicon, tokens: ParseState['tokens'], used: readonly boolean[], i: number): string {
  const effect = lexicon.matcher.matchAt(tokens, used, i)?.entry.effect;
  return effect === undefined || effect.kind === 'none' ? 'maker' : effect.attribute;
}

/** True when, within the next two sentences' worth of words, the person says they want another maker than this one. */
function otherThanItAfter(state: ParseState, from: number): boolean {
  const { tokens } = state;
  for (let k = from; k < Math.min(tokens.length, from + 30); k++) {
    if (OTHER_THAN_IT.some((words) => wordsAt(tokens, k, words))) return true;
    if (THEIRS.has(tokens[k]!.norm) && tokens.slice(Math.max(from, k - 6), k).some((t) => NEGATION_MARKERS.has(t.norm))) return true;
  }
  return false;
}

export function extractAttributeWords(state: ParseState, lexicon: OpenLexicon, knownWords: ReadonlySet<string>, makers?: MarketMakers, category?: string): void {
  const { tokens, used, draft } = state;
  const scope = new NegationScope(used);
  // The last value wanted (not excluded) and where it ended, to join "blue or green" into one choice.
  let lastWanted: WantedValue | undefined;
  const names: Array<{ name: string; start: number; end: number; modality: string }> = [];
  /** Reads the maker named by tokens [the, end) (`i` its first own word) and returns the index to go on from. */
  const readName = (the: number, i: number, end: number, name: string, line?: string): number => {
    const negated = scope.negatesNext;
    const modality = state.modality[i] ?? 'none';
    consume(state, the, end);
    if (line !== undefined) note(draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].makerLine(line, name));
    // "my old Russell Hobbs", "I usually buy Royal Canin", "done with Dyson": the maker of one the person has is no
    // preference; "…another one of theirs"/"something else" said after it excludes it.
    if (!negated && ownedBefore(state, the)) {
      const avoided = otherThanItAfter(state, end);
      if (avoided) setMaker(state.draft, name, true, false);
      note(draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].maker(name, avoided ? 'avoid' : 'owned'));
      scope.itemRead('maker');
      return end - 1;
    }
    // "I don't need a Dyson": no maker is wanted or refused.
    if (modality === 'unneeded') {
      markUnneeded(draft, 'maker');
      scope.itemRead('maker');
      return end - 1;
    }
    setMaker(state.draft, name, negated, !negated && modality !== 'hard');
    note(draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].maker(name, negated ? 'avoid' : modality === 'hard' ? 'require' : 'prefer'));
    if (!negated) names.push({ name, start: the, end, modality });
    scope.itemRead('maker');
    return end - 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (used[i]) {
      // "isn't a 3-hour strategy game": a measure read between the negation and its first item does not end it.
      if (!state.markerTokens[i] && !(scope.negatesNext && tokens[i]!.kind !== 'punct')) scope.close();
      else if (state.markerTokens[i]) scope.wishSaid(tokens, i);
      continue;
    }
    // "Kobo rather than Kindle": the option set aside is neither wanted nor refused.
    const setAside = claimSetAside(state, i);
    if (setAside !== undefined) {
      scope.close();
      i = setAside - 1;
      continue;
    }
    // "don't send Pedigree", "don't give me Royal Canin": the negated verb hands its negation on to the name it takes as
    // its object.
    if (scope.negatesNext && verbAfterAuxiliaryNot(tokens, i)) {
      let object = i + 1;
      while (object < i + 3 && tokens[object]?.kind === 'word' && STOPWORDS.has(tokens[object]!.norm)) object++;
      if (isName(state, object, knownWords)) {
        consume(state, i, i + 1);
        continue;
      }
    }
    const anyBut = exclusionOpeningEnd(tokens, i);
    if (anyBut !== undefined) {
      consume(state, i, anyBut);
      scope.begin(i, anyBut);
      i = anyBut - 1;
      continue;
    }
    // A maker or product line the connected brands' cards list ("De'Longhi", "the north face", "iPhone" for Apple), where
    // no declared value is named ("Kobo" the book store stays the store).
    const declared = makers !== undefined && namePlace(state, i) && !lexicon.matcher.matchAt(tokens, used, i) ? declaredMakerAt(tokens, used, i, makers, knownWords, scope.negatesNext) : undefined;
    if (declared !== undefined) {
      i = readName(i, i, declared.end, declared.maker, declared.line);
      continue;
    }
    // "Garmen", "Royal Kanin": a maker the cards list, misspelt; the reading is said back.
    const misspelled = makers !== undefined && namePlace(state, i) && !lexicon.matcher.matchAt(tokens, used, i) ? misspelledMakerAt(tokens, used, i, makers, knownWords, scope.negatesNext, category) : undefined;
    if (misspelled !== undefined) {
      note(draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].typo(misspelled.typed, misspelled.maker));
      i = readName(i, i, misspelled.end, misspelled.maker);
      continue;
    }
    // A name typed plainly: joined by "+" ("black+decker", whose "black" is no colour), or in lower case after a
    // negation ("not braun", "pas quechua"); a capitalised one is read below with its "The".
    const plainEnd = namePlace(state, i) && !isName(state, i, knownWords) ? (joinedNameEnd(tokens, used, i, knownWords) ?? (scope.negatesNext ? negatedPlainNameEnd(tokens, used, i, knownWords) : undefined)) : undefined;
    if (plainEnd !== undefined) {
      i = readName(i, i, plainEnd, plainNameOf(tokens, i, plainEnd, state.text).slice(0, 120));
      continue;
    }
    const match = lexicon.matcher.matchAt(tokens, used, i);
    if (match) {
      const entry = match.entry;
      if (scope.awaitingConnector && entry.role === undefined) scope.close();
      consume(state, match.start, match.end);
      i = match.end - 1;
      if (entry.role === 'negation') scope.begin(match.start, match.end);
      else if (entry.role === 'connector') scope.connector();
      else if (entry.effect) {
        const negated = scope.negatesNext;
        const attribute = entry.effect.kind === 'none' ? undefined : entry.effect.attribute;
        const earlier = attribute === undefined ? undefined : draft.hard.find((c) => c.attribute === attribute && pins(c));
        // "un jeu coopératif … avec les enfants": a value said of who comes along ("with the kids") does not replace
        // the kind already said of the product;        // "personal blender": the product's own name ("blender", a synonym of "countertop") does not replace the kind
        // said before it.
        // Only the name itself: "visseuse à chocs" after "ma vieille visseuse" says more than the product's name.
        const productName = Array.from({ length: match.end - match.start }, (_, d) => match.start + d).every((k) => state.categoryWordAt.has(k));
        if (earlier && !negated && (saidAsCompany(state, match.start) || productName)) {
          scope.itemRead(attribute);
          continue;
        }
        // "blue or green", "bleu ou vert": either value will do.
        lastWanted = applyOfferedEffect(state, entry.effect, { modality: state.modality[match.start] ?? 'none', emphasis: state.emphasis[match.start] ?? 0, negated }, match.start, match.end, lastWanted);
        scope.itemRead(attribute);
      }
      continue;
    }
    if (token.kind === 'punct') {
      // "not Dyson, Rowenta or Bosch": a comma goes on with the list only when another name follows, of the same kind as
      // the item before it ("a TV, not Samsung, OLED please" wants the OLED panel; "no bluetooth, Sony" wants Sony).
      const next = tokens[i + 1];
      if (scope.isOpen && LIST_PUNCT.has(token.norm) && next !== undefined && !used[i + 1] && next.kind === 'word' && next.capitalized && scope.listsMore(itemKindAt(lexicon, tokens, used, i + 1))) scope.connector();
      else scope.close();
      continue;
    }
    if (token.kind === 'word' && isClauseBoundary(token)) {
      scope.close();
      continue;
    }
    if (isName(state, i, knownWords)) {
      // "De'Longhi", "Arc'teryx": a name goes on through an apostrophe or a hyphen glued on both sides, whatever the case.
      let end = gluedNameEnd(state, i + 1);
      while (end < tokens.length && end - i < MAX_NAME_WORDS && isName(state, end, knownWords) && tokens[end]!.start - tokens[end - 1]!.end <= 1) end = gluedNameEnd(state, end + 1);
      const start = gluedNameStart(state, i);
      // "Not The North Face", "from The Body Shop": a capitalised "The" inside a sentence is the name's own.
      // So is one after a comma or a colon, which starts no sentence ("rain jacket, The North Face or Patagonia").
      const inside = (t: (typeof tokens)[number]): boolean => t.kind === 'word' || (t.kind === 'punct' && MID_SENTENCE_PUNCT.has(t.norm));
      const the = start < i ? start : i >= 2 && state.tokens[i - 1]!.raw === 'The' && !used[i - 1] && inside(state.tokens[i - 2]!) ? i - 1 : i;
      i = readName(the, i, end, spanText(state, the, end).slice(0, 120));
      continue;
    }
    if (token.kind === 'word' && STOPWORDS.has(token.norm)) {
      scope.wishSaid(tokens, i);
      continue;
    }
    // "pas de vélo électrique", "no app, I don't want another app": the product's own name and a word asking for one
    // more of a thing do not end the list the negation opened.
    if (scope.negatesNext && state.categoryWordAt.has(i)) continue;
    // Only before a value ("another app"), not before "one of theirs" (the maker the person has, read elsewhere).
    if (scope.negatesNext && KEEPS_NEGATION_OPEN.has(token.norm) && lexicon.matcher.matchAt(tokens, used, i + 1)?.entry.effect !== undefined) {
      consume(state, i, i + 1);
      continue;
    }
    scope.close();
  }
  scope.close();
  requireListedMakers(state, names);
}

/**
 * Makers offered as alternatives ("Makita or DeWalt", "Samsonite ou Delsey") name the acceptable set: a hard "maker in"
 * rule, unless said softly ("ideally Miele or Bosch"). A single name said plainly stays a preference.
 */
function requireListedMakers(state: ParseState, names: ReadonlyArray<{ name: string; start: number; end: number; modality: string }>): void {
  const { draft } = state;
  const say = NOTE_MESSAGES[state.language ?? 'en'];
  const listed = (from: number, to: number): boolean => to > from && state.tokens.slice(from, to).every((t) => OR_WORDS.has(t.norm) || t.norm === ',');
  for (let k = 0; k < names.length; ) {
    const chain = [names[k]!];
    let choice = false;
    while (k + 1 < names.length && listed(names[k]!.end, names[k + 1]!.start)) {
      choice ||= offersChoice(state, names[k]!.end, names[k + 1]!.start);
      chain.push(names[++k]!);
    }
    k++;
    if (!choice || chain.some((n) => n.modality !== 'none')) continue;
    for (const { name } of chain) {
      draft.soft = draft.soft.filter((p) => !(p.attribute === 'maker' && p.value === name));
      if (!draft.makersIn.includes(name)) draft.makersIn.push(name);
      const i = draft.assumptions.indexOf(say.maker(name, 'prefer'));
      if (i >= 0) draft.assumptions[i] = say.maker(name, 'require');
    }
  }
}
