import { PhraseMatcher } from './phrase-matcher.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import { consume, note, spanText, type ParseState } from './parse-state.ts';
import { wordsAt } from './words-at.ts';
import { measuredAt } from './measure-units.ts';
import { wholeNumberAt } from './number-words.ts';
import { PRONOUN_AGE_LEADS, leadNeedsUnit, pronounAge } from './pronoun-age.ts';
import type { Token } from './tokenize.ts';
import { parseDateAt } from './parse-date.ts';
import { forPronounIn } from './for-pronoun.ts';
import { wishedByPronoun } from './pronoun-wish.ts';
import { quotedWishAfter } from './quoted-wish.ts';
import { opensForwarded, relayedWishAt, sentFromBefore } from './forwarded-request.ts';

/** Who a purchase is for, when the request says so: a gift, its recipient, their age and the occasion. */
export interface GiftReading {
  readonly gift: boolean;
  readonly recipient?: string;
  readonly ageYears?: number;
  readonly occasion?: string;
}

/** Recipients (normalised words) → the English word used in notes and questions. */
const RECIPIENTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['sister', ['sister', 'sis', 'soeur', 'frangine']],
  ['brother', ['brother', 'bro', 'frere', 'frangin']],
  ['mother', ['mother', 'mum', 'mom', 'mummy', 'mommy', 'mere', 'maman', 'belle mere', 'mother in law']],
  ['father', ['father', 'dad', 'daddy', 'pere', 'papa', 'beau pere', 'father in law']],
  ['wife', ['wife', 'epouse', 'ma femme', 'sa femme']],
  ['husband', ['husband', 'mari', 'epoux']],
  ['partner', ['partner', 'conjoint', 'conjointe', 'compagne', 'compagnon']],
  ['girlfriend', ['girlfriend', 'gf', 'copine', 'petite amie', 'cherie']],
  ['boyfriend', ['boyfriend', 'bf', 'copain', 'petit ami', 'cheri']],
  ['grandson', ['grandson', 'petit fils']],
  ['granddaughter', ['granddaughter']],
  ['son', ['son', 'fils']],
  ['daughter', ['daughter', 'fille']],
  ['friend', ['friend', 'best friend', 'ami', 'amie', 'meilleur ami', 'meilleure amie', 'pote']],
  ['grandmother', ['grandmother', 'grandma', 'granny', 'nan', 'grand mere', 'mamie', 'mamy']],
  ['grandfather', ['grandfather', 'grandpa', 'grandad', 'grand pere', 'papi', 'papy']],
  ['nephew', ['nephew', 'neveu']],
  ['niece', ['niece']],
  ['uncle', ['uncle', 'oncle', 'tonton']],
  ['aunt', ['aunt', 'auntie', 'tante', 'tata']],
  ['cousin', ['cousin', 'cousine']],
  ['godchild', ['godson', 'goddaughter', 'godchild', 'filleul', 'filleule']],
  ['colleague', ['colleague', 'coworker', 'co worker', 'collegue']],
  ['boss', ['boss', 'manager', 'patron', 'patronne', 'chef']],
  ['teacher', ['teacher', 'professeur', 'prof', 'maitresse', 'maitre', 'instit']],
  ['neighbour', ['neighbour', 'neighbor', 'voisin', 'voisine']],
  ['child', ['child', 'kid', 'kids', 'children', 'enfant', 'enfants', 'gamin', 'gamine']],
  ['boy', ['boy', 'garcon', 'petit garcon']],
  ['girl', ['girl', 'petite fille', 'fillette']],
  ['baby', ['baby', 'bebe', 'newborn', 'nouveau ne']],
  ['teenager', ['teenager', 'teen', 'ado', 'adolescent', 'adolescente']],
  ['parents', ['parents']],
  ['host', ['host', 'hostess', 'hote', 'hotesse']],
];

/** Every word naming a person ("fils", "enfant"), which an age may follow ("un enfant 10 ans"). */
const PERSON_WORDS: ReadonlySet<string> = new Set(RECIPIENTS.flatMap(([, phrases]) => phrases.flatMap((p) => p.split(' '))));

/** Recipients that also describe a product's age group. */
const DESCRIBING = new Set(['child', 'boy', 'girl', 'baby', 'teenager']);
const GIFT_WORDS = ['gift', 'gifts', 'present', 'presents', 'cadeau', 'cadeaux', 'something to offer', 'a offrir', 'idee cadeau', 'gift idea', 'stocking filler'];
/** Verbs of giving with the person as their object ("lui offrir", "get her", "buy him"): a present for someone already named. */
const GIFT_VERBS = ['offrir', 'lui offrir', 'leur offrir', 'get her', 'get him', 'buy her', 'buy him', 'give her', 'give him', 'surprise her', 'surprise him', 'gift her', 'gift him'];
/** First-person possessives: "my wife", "mon père" name one of the speaker's people. */
const MY = new Set(['my', 'our', 'mon', 'ma', 'mes', 'notre', 'nos']);
/** Relations whose age is often said right after them ("my son, 14", "my daughter (7)"): a child's age. */
const CHILDREN = new Set(['son', 'daughter', 'child', 'boy', 'girl', 'nephew', 'niece', 'godchild', 'grandchild', 'grandson', 'granddaughter', 'baby', 'teenager']);
/** Words that say an age follows, after the person: "my grandson, he's 7", "a friend turning 30", "qui a 65 ans". */
const AGE_LEADS: ReadonlyArray<readonly string[]> = [...PRONOUN_AGE_LEADS, ['is'], ['who', 'is'], ['who', 's'], ['turning'], ['turns'], ['qui', 'a'], ['qui', 'va', 'avoir'], ['who', 'turns'], ['is', 'turning'], ['s', 'turning'], ['va', 'avoir'], ['who', 's', 'turning'], ['who', 'is', 'turning']];
/**
 * Verbs saying one of the speaker's people is the one the request is about, when they are its subject at the start of
 * a clause ("my son (14) needs", "my wife has very thick hair", "ma fille adore"), and verbs of buying with the person
 * as their object ("buy my brother a camera"). "My husband is picky" says nothing of whom it is for.
 */
const SUBJECT_VERBS: ReadonlySet<string> = new Set(['needs', 'need', 'wants', 'has', 'loves', 'likes', 'adores', 'enjoys', 'plays', 'a', 'adore', 'aime', 'veut', 'joue']);
const BUYING_FOR: ReadonlySet<string> = new Set(['buy', 'get', 'give', 'offer', 'gift']);
/** Marks that open a clause: the start of the request, punctuation, "and". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', '.', '!', '?', ';', ':', '(', 'and', 'et', 'so', 'donc', 'mais', 'but']);
const MAX_CHILD_AGE = 17;
const OCCASIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['birthday', ['birthday', 'bday', 'anniversaire', 'anniv']],
  ['christmas', ['christmas', 'xmas', 'noel']],
  ['wedding', ['wedding', 'mariage']],
  ["mother's day", ['mothers day', 'mother s day', 'fete des meres']],
  ["father's day", ['fathers day', 'father s day', 'fete des peres']],
  ["valentine's day", ['valentine', 'valentines day', 'valentine s day', 'saint valentin']],
  ['house-warming', ['housewarming', 'house warming', 'cremaillere', 'pendaison de cremaillere']],
  ['graduation', ['graduation', 'diplome']],
  ['retirement', ['retirement', 'retraite', 'depart a la retraite']],
  ['baby shower', ['baby shower', 'naissance']],
];
/** Every word of a gift word or an occasion ("cadeau", "anniversaire", "noel"): an age may follow them ("cadeau 10 ans"). */
const GIFT_CONTEXT_WORDS: ReadonlySet<string> = new Set([...GIFT_WORDS, ...OCCASIONS.flatMap(([, phrases]) => phrases)].flatMap((p) => p.split(' ')));
const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their', 'ma', 'mon', 'mes', 'notre', 'nos', 'sa', 'son', 'ses', 'a', 'an', 'the', 'un', 'une', 'la', 'le', 'l', 'little', 'young', 'petit', 'petite', 'jeune']);
const FOR_WORDS = new Set(['for', 'pour', 'to']);
/** English ordinal endings glued to a number ("70th", "21st"). */
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);
const BIRTHDAY_WORDS: ReadonlySet<string> = new Set(['birthday', 'bday', 'birthdays']);
/**
 * Words that may follow someone's counted birthday but never name a thing it counts ("grandma's 80th on the 20th",
 * "dad's 60th next week", "her 40th party"; "her 2nd phone" counts phones): time and place words, a celebration,
 * a conjunction.
 */
const CELEBRATIONS: ReadonlySet<string> = new Set(['party', 'celebration', 'bash']);
const AFTER_COUNTED_BIRTHDAY: ReadonlySet<string> = new Set([
  'on', 'next', 'this', 'in', 'at', 'coming', 'soon', 'tomorrow', 'today', 'tonight', 'later', 'before', 'and', 'but', 'so', 'which', 'is', 'was',
]);
const THIRD_PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

type Kind = { readonly kind: 'recipient'; readonly name: string } | { readonly kind: 'occasion'; readonly name: string } | { readonly kind: 'gift' } | { readonly kind: 'giving' } | { readonly kind: 'interest' };
interface Entry {
  readonly phrases: readonly string[];
  readonly meaning: Kind;
}

const matcher = new PhraseMatcher<Entry>([
  ...RECIPIENTS.map(([name, phrases]) => ({ phrases, meaning: { kind: 'recipient', name } as const })),
  ...OCCASIONS.map(([name, phrases]) => ({ phrases: [...phrases, ...phrases.map((p) => `${p} gift`), ...phrases.map((p) => `${p} present`)], meaning: { kind: 'occasion', name } as const })),
  { phrases: GIFT_WORDS, meaning: { kind: 'gift' } },
  { phrases: GIFT_VERBS, meaning: { kind: 'giving' } },
  // "who loves Lego": the interest names the product; only the linking words are claimed here.
  { phrases: ['who loves', 'who likes', 'who is into', 'who enjoys', 'qui adore', 'qui aime', 'fan of', 'fan de', 'passionne de', 'passionnee de', 'into'], meaning: { kind: 'interest' } },
]);

/** Words the gift reader knows, so typo correction and leftovers leave them alone. */
export const GIFT_READER_WORDS: readonly string[] = [...matcher.words(), ...POSSESSIVES, ...FOR_WORDS, 'year', 'years', 'old', 'ans', 'age', 'aged', 'agee', 'who', 'qui', 'loves', 'likes', 'adore', 'aime'];

/** "10-year-old", "10 year old", "10 yo", "aged 10", "age 10", "de 10 ans", "10 ans", "quatre ans", "a five year old": the age and the tokens saying it. */
function ageAt(state: ParseState, i: number): { age: number; start: number; end: number } | undefined {
  const { tokens, used } = state;
  const token = wholeNumberAt(tokens, i);
  if (!token || used[i] || token.kind !== 'number' || token.value === undefined || !Number.isInteger(token.value) || token.value > 120) return undefined;
  // A number word is an age only with its unit after it ("five year old", "quatre ans"), never after "aged".
  if (tokens[i]!.kind === 'word' && !['year', 'years', 'yr', 'yrs', 'ans', 'an'].includes(tokens[i + 1]?.norm ?? '')) return undefined;
  const next = tokens[i + 1]?.norm;
  const before = tokens[i - 1]?.norm;
  if ((next === 'year' || next === 'years' || next === 'yr' || next === 'yrs') && tokens[i + 2]?.norm === 'old') return { age: token.value, start: i, end: i + 3 };
  if (next === 'yo' || next === 'y') return { age: token.value, start: i, end: i + 2 };
  // "garantie 12 ans", "warranty 2 years": a word right before that is not "de", a possessive or a person says what
  // lasts that long, not someone's age.
  const said = tokens[i - 1];
  // A present or its occasion right before is whom it is for ("cadeau 10 ans", "anniversaire 7 ans"), not a measure.
  const measured = said !== undefined && said.kind === 'word' && !['de', 'd', 'of', 'age', 'aged', 'agee'].includes(said.norm) && !POSSESSIVES.has(said.norm) && !FOR_WORDS.has(said.norm) && !PERSON_WORDS.has(said.norm) && !GIFT_CONTEXT_WORDS.has(said.norm);
  if ((next === 'ans' || next === 'an') && !measured) {
    // "de 10 ans", "âgé de 10 ans", "10 ans": an age (durations like "garantie 2 ans" are read earlier by their reader).
    const start = before === 'de' && (tokens[i - 2]?.norm === 'age' || tokens[i - 2]?.norm === 'agee' || tokens[i - 2]?.kind === 'word') ? i - 1 : i;
    return { age: token.value, start, end: i + 2 };
  }
  if (before === 'aged' || before === 'age' || before === 'agee') return { age: token.value, start: i - 1, end: i + 1 };
  // "her 16th birthday", "mum's 70th", "for his 40th": a birthday counted as an ordinal is an age — before the word
  // "birthday", or after someone's possessive with nothing more said ("her 2nd phone" is no age).
  if (tokens[i]!.kind === 'number' && ORDINAL_SUFFIXES.has(next ?? '') && tokens[i + 1]!.attached && token.value >= 1) {
    const after = tokens[i + 2];
    const birthday = after !== undefined && BIRTHDAY_WORDS.has(after.norm);
    const whose = (before === 's' && PERSON_WORDS.has(tokens[i - 2]?.norm ?? '')) || THIRD_PERSON_POSSESSIVES.has(before ?? '');
    // "her 30th party": the party is the birthday's, no party game.
    if (whose && after !== undefined && CELEBRATIONS.has(after.norm)) return { age: token.value, start: i, end: i + 3 };
    if (birthday || (whose && (after === undefined || after.kind === 'punct' || AFTER_COUNTED_BIRTHDAY.has(after.norm)))) return { age: token.value, start: i, end: i + 2 };
  }
  return undefined;
}

/**
 * A child's age said right after them, alone: "my son, 14", "my daughter (7)". Only a whole number up to 17 followed by
 * nothing but punctuation counts ("my son, 2 pairs" is a quantity).
 */
function ageAfter(state: ParseState, i: number, child: boolean): { age: number; end: number } | undefined {
  const { tokens, used } = state;
  let k = i;
  if (tokens[k]?.norm === ',' || tokens[k]?.norm === '(') k++;
  // "he's 7", "turning 30", "qui a 65 ans": an age said with words that lead to it, a child's or an adult's. Every
  // lead is tried, so "who's turning nine" is not stopped at "who's".
  for (const lead of AGE_LEADS.filter((words) => wordsAt(tokens, k, words, used))) {
    const at = k + lead.length;
    const age = wholeNumberAt(tokens, at);
    if (age?.kind === 'number' && age.value !== undefined && Number.isInteger(age.value) && age.value >= 0 && age.value <= 120 && !used[at]) {
      const unit = ['years', 'year', 'ans', 'an'].includes(tokens[at + 1]?.norm ?? '') ? (tokens[at + 2]?.norm === 'old' ? 3 : 2) : 1;
      // "he's 6 foot tall" is a measure, not an age; "il a 2 batteries", "he has 2 kids" (has) are ages only with a unit.
      if (unit === 1 && (measuredAt(tokens, at) || leadNeedsUnit(lead))) continue;
      return { age: age.value, end: at + unit };
    }
  }
  const token = tokens[k];
  // "my grandmother (89)", "my sister (30)": a bare whole number alone in brackets right after a person is their age,
  // an adult's too.
  if (tokens[k - 1]?.norm === '(' && tokens[k + 1]?.norm === ')' && token?.kind === 'number' && !used[k] && token.value !== undefined && Number.isInteger(token.value) && token.value >= 0 && token.value <= 120) return { age: token.value, end: k + 2 };
  if (!child || !token || used[k] || token.kind !== 'number' || token.value === undefined || !Number.isInteger(token.value) || token.value < 0 || token.value > MAX_CHILD_AGE) return undefined;
  const next = tokens[k + 1];
  if (next !== undefined && next.kind !== 'punct') return undefined;
  return { age: token.value, end: next?.norm === ')' ? k + 2 : k + 1 };
}

/**
 * One of the speaker's people ("my son", at `start` … `end`) who is what the request is about without "for": the
 * subject of a clause with a verb of needing or liking, after their age if said ("my son (14) needs", "my daughter is
 * turning six"), or the object of a verb of buying ("buy my brother"). Their age comes with them when said.
 */
function speakersPersonAsSubject(state: ParseState, start: number, end: number, child: boolean): { age?: { age: number; end: number } } | undefined {
  const { tokens, used } = state;
  // "(forwarded) girlfriend wants…": in a forwarded message a person named without "my" is still the speaker's.
  const forwarded = !MY.has(tokens[start]?.norm ?? '');
  const age = ageAfter(state, end, child);
  // "low vision grandpa (79) wants a tv": a person introduced with their age in brackets is someone the speaker knows.
  const introduced = age !== undefined && tokens[end]?.norm === '(';
  if (forwarded && !introduced && !(start === end - 1 && opensForwarded(state))) return undefined;
  const before = tokens[start - 1];
  if (before !== undefined && BUYING_FOR.has(before.norm) && !used[start - 1]) return {};
  // "in spring my son (10) needs", "My mum (68) dropped her phone": a person introduced with their age in brackets is
  // whom the request is about, whatever the verb ("for my …" is read by the caller).
  // "my son, 12, just started cycling": an age set between commas right after the person introduces them the same way.
  const apposed = age !== undefined && tokens[end]?.norm === ',' && tokens[age.end]?.norm === ',';
  if (age !== undefined && (tokens[end]?.norm === '(' || apposed) && (before === undefined || !FOR_WORDS.has(before.norm))) return { age };
  if (before !== undefined && !CLAUSE_OPENERS.has(before.norm) && !((before.norm === ')' || before.norm === ']') && opensForwarded(state))) return undefined;
  // "my daughter is turning six": the words leading to the age say it.
  if (age !== undefined && tokens[end]?.norm !== '(' && tokens[end]?.norm !== ',') return { age };
  // The verb may be a firmness marker too ("needs"): it is read, not claimed.
  const verb = tokens[age?.end ?? end];
  // "my wife says she wants…", "mon fils m'a dit qu'il voudrait…": a wish relayed for them is theirs.
  const relayed = verb !== undefined && relayedWishAt(state, age?.end ?? end) !== undefined;
  return verb !== undefined && verb.kind === 'word' && (SUBJECT_VERBS.has(verb.norm) || relayed) ? (age === undefined ? {} : { age }) : undefined;
}

/** French relations written with a hyphen, which the same words apart do not name: "petite-fille" (granddaughter) vs "petite fille" (a little girl). */
const HYPHENATED_RELATIONS: ReadonlyMap<string, string> = new Map([['petite fille', 'granddaughter']]);

/** The meaning of the phrase at `start` … `end`, read as its hyphenated relation when its words are joined ("petite-fille"). */
function hyphenatedMeaning(tokens: readonly Token[], start: number, end: number, meaning: Kind): Kind {
  const words = tokens.slice(start, end);
  const relation = HYPHENATED_RELATIONS.get(words.map((t) => t.norm).join(' '));
  return relation !== undefined && words.slice(1).every((t) => t.attached) ? { kind: 'recipient', name: relation } : meaning;
}

const FROM_WORDS: ReadonlySet<string> = new Set(['des', 'from', 'depuis', 'since']);
const DEADLINE_MARKERS: ReadonlySet<string> = new Set(['before', 'by', 'until', 'till', 'avant', 'ici', 'for', 'pour']);
const ARTICLES: ReadonlySet<string> = new Set(['la', 'le', 'l', 'the']);

/** True when the words before `start` are "from"/"dès" (and an article): a starting point, not an occasion. */
function startsFrom(state: ParseState, start: number): boolean {
  let k = start - 1;
  if (k >= 0 && ARTICLES.has(state.tokens[k]!.norm)) k--;
  return k >= 0 && FROM_WORDS.has(state.tokens[k]!.norm);
}

/**
 * Reads whom the purchase is for: gift words ("a present", "un cadeau"), the recipient ("for my sister", "pour ma
 * sœur"), their age ("a 10-year-old", "de 10 ans") and the occasion ("birthday", "Noël"). These name a person, never
 * a product category; the tokens are claimed so they are not read as one (nor "10" as a price).
 */
export function detectGift(state: ParseState): GiftReading | undefined {
  const { tokens, used } = state;
  let gift = false;
  let recipient: string | undefined;
  let ageYears: number | undefined;
  let occasion: string | undefined;
  let giving = false;
  // The speaker's people named without "for" ("mon père refait sa terrasse… lui offrir"): the recipient of a present.
  const mine: Array<{ name: string; start: number; end: number }> = [];
  // The speaker's people whose own words the request quotes ("my wife wrote: "…""): they asked for the product.
  const writers: Array<{ name: string; start: number; end: number; passedOn: { start: number; end: number } }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const age = ageAt(state, i);
    if (age) {
      ageYears = age.age;
      let start = age.start;
      // "a 10-year-old" / "for a 10 year old": the person, with their article.
      if (start > 0 && POSSESSIVES.has(tokens[start - 1]!.norm) && !used[start - 1]) start--;
      if (start > 0 && FOR_WORDS.has(tokens[start - 1]!.norm) && !used[start - 1]) start--;
      consume(state, start, age.end);
      note(state.draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].someoneAged(age.age, spanText(state, age.start, age.end)));
      i = age.end - 1;
      // "mon fils de 6 ans", "my son aged 6": one of the speaker's people right before their age is whom it is for.
      const described = mine.at(-1);
      if (recipient === undefined && described !== undefined && described.end === age.start) {
        recipient = described.name;
        consume(state, described.start, described.end);
        continue;
      }
      // "my 10 year old son": the person the age describes follows it.
      const who = matcher.matchAt(tokens, used, age.end);
      if (who?.entry.meaning.kind === 'recipient' && start < age.start) {
        recipient = who.entry.meaning.name;
        consume(state, who.start, DESCRIBING.has(recipient) ? who.start : who.end);
        i = who.end - 1;
      }
      continue;
    }
    const match = matcher.matchAt(tokens, used, i);
    if (!match) continue;
    const meaning = hyphenatedMeaning(tokens, match.start, match.end, match.entry.meaning);
    if (meaning.kind === 'gift' || meaning.kind === 'interest' || meaning.kind === 'giving') {
      if (meaning.kind === 'gift') gift = true;
      if (meaning.kind === 'giving') giving = true;
      consume(state, match.start, match.end);
    } else if (meaning.kind === 'occasion') {
      // "dès la naissance", "from birth": where the product's use starts (an attribute), not an occasion for a present.
      if (startsFrom(state, match.start)) continue;
      occasion = meaning.name;
      gift = true;
      // "before Christmas", "avant Noël", "for Christmas Eve", "pour Noël": the occasion, and a date the deadline reader
      // still needs (a present for a day must be there by that day); an occasion no date names stays the gift's.
      const dated = parseDateAt(tokens, used, match.start, state.now, { allowAbbreviations: false, allowBareMonth: false }) !== undefined;
      if (!dated || !DEADLINE_MARKERS.has(tokens[match.start - 1]?.norm ?? '')) consume(state, match.start, match.end);
    } else {
      // In French "son" before a word is "his/her" ("pour son anniversaire"), never a son: a word of the other
      // language that is a possessive here is read as the possessive.
      if (state.language === 'fr' && match.end === match.start + 1 && POSSESSIVES.has(tokens[match.start]!.norm) && tokens[match.end]?.kind === 'word') continue;
      // A recipient word counts only after "for/pour (my/ma …)": "a daughter's bike" or "fille" alone could be a cut.
      let start = match.start;
      while (start > 0 && POSSESSIVES.has(tokens[start - 1]!.norm) && !used[start - 1] && match.start - start < 2) start--;
      // "for my pregnant wife", "pour ma chère maman": one word describing the person between "my" and them.
      const described = match.start >= 3 && start === match.start && tokens[match.start - 1]!.kind === 'word' && !used[match.start - 1] && MY.has(tokens[match.start - 2]!.norm) && FOR_WORDS.has(tokens[match.start - 3]!.norm);
      if (described) start = match.start - 2;
      const subject = recipient === undefined ? speakersPersonAsSubject(state, start, match.end, CHILDREN.has(meaning.name)) : undefined;
      if (subject !== undefined) {
        recipient = meaning.name;
        consume(state, start, DESCRIBING.has(meaning.name) ? match.start : match.end);
        if (subject.age !== undefined && ageYears === undefined) {
          ageYears = subject.age.age;
          consume(state, match.end, subject.age.end);
          note(state.draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].someoneAged(subject.age.age, spanText(state, match.start, subject.age.end)));
          i = subject.age.end - 1;
          continue;
        }
        i = match.end - 1;
        continue;
      }
      if (start === 0 || !FOR_WORDS.has(tokens[start - 1]!.norm)) {
        if (MY.has(tokens[match.start - 1]?.norm ?? '') || MY.has(tokens[match.start]!.norm)) {
          const person = { name: meaning.name, start: MY.has(tokens[match.start]!.norm) ? match.start : match.start - 1, end: match.end };
          mine.push(person);
          // "my wife wrote: "…"", "Forwarding from my son: "…"": the person whose own words the request passes on.
          const quoted = quotedWishAfter(state, match.end) ?? sentFromBefore(state, person.start, match.end);
          if (quoted !== undefined) writers.push({ ...person, passedOn: quoted });
        }
        continue;
      }
      recipient = meaning.name;
      // "pour enfant", "for a baby" also describe the product (kids' sizes): those words stay for the attribute readers.
      consume(state, start - 1, DESCRIBING.has(meaning.name) ? match.start : match.end);
      const childAge = ageYears === undefined ? ageAfter(state, match.end, CHILDREN.has(meaning.name)) : undefined;
      if (childAge) {
        ageYears = childAge.age;
        consume(state, match.end, childAge.end);
        note(state.draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].someoneAged(childAge.age, spanText(state, match.start, childAge.end)));
        i = childAge.end - 1;
        continue;
      }
    }
    i = match.end - 1;
  }
  // One of the speaker's people asking for the product in their own words, quoted, is whom it is for.
  const askers = [...new Set(writers.map((w) => w.name))];
  if (recipient === undefined && askers.length === 1) {
    recipient = askers[0]!;
    for (const w of writers) {
      consume(state, w.start, w.end);
      consume(state, w.passedOn.start, w.passedOn.end);
    }
  }
  // A present (a gift word, an occasion or a verb of giving), or a product "for her"/"pour lui", for exactly one of the
  // speaker's people named elsewhere.
  const named = [...new Set(mine.map((m) => m.name))];
  const forThem = forPronounIn(state);
  // … or whose wishes a clause says with their pronoun ("My grandmother … She wants a phone with big buttons").
  if (recipient === undefined && named.length === 1 && (gift || giving || forThem !== undefined || wishedByPronoun(state, named[0]!))) {
    recipient = named[0]!;
    for (const m of mine) consume(state, m.start, m.end);
  }
  if (recipient !== undefined && forThem !== undefined) consume(state, forThem.start, forThem.end);
  if (recipient !== undefined && ageYears === undefined) {
    const later = pronounAge(state);
    if (later !== undefined) {
      ageYears = later.age;
      consume(state, later.start, later.end);
      note(state.draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].someoneAged(later.age, spanText(state, later.start, later.end)));
    }
  }
  if (giving) gift = true;
  if (!gift && recipient === undefined && ageYears === undefined) return undefined;
  return { gift, ...(recipient === undefined ? {} : { recipient }), ...(ageYears === undefined ? {} : { ageYears }), ...(occasion === undefined ? {} : { occasion }) };
}
