import { isTaxonomyLabelWord } from '../../protocol/index.ts';
import { LEXICON, STOPWORDS } from './lexicon.ts';
import { unitOfWord } from './measure-units.ts';
import type { Token } from './tokenize.ts';

const MAX_NAME_WORDS = 3;
/** Symbols that join the words of one name when typed without spaces ("black+decker", "b&o"). */
const NAME_JOINS = new Set(['+', '&']);
/** Makers the engine knows, by the phrases the lexicon reads them by ("new balance" → "New Balance", "jbl" → "JBL"). */
const KNOWN_BY_WORDS: ReadonlyMap<string, string> = new Map(LEXICON.flatMap((e) => (e.maker === undefined ? [] : e.phrases.filter((p) => !STOPWORDS.has(p)).map((p) => [p, e.maker!] as const))));
/** Words that point at other things or say how much, never a name: "not another one of theirs", "pas trop", "no more". */
const NOT_NAMES: ReadonlySet<string> = new Set(['another', 'other', 'others', 'else', 'same', 'such', 'more', 'much', 'many', 'less', 'enough', 'again', 'anymore', 'ever', 'even', 'yet', 'autre', 'autres', 'meme', 'memes', 'trop', 'plus', 'moins', 'encore', 'jamais', 'tel', 'telle',
  // Pronouns stand for what was said elsewhere: "never one of theirs again", "plus jamais ceux-là", "pas de chez eux".
  'they', 'them', 'their', 'theirs', 'he', 'him', 'his', 'she', 'her', 'hers', 'ours', 'yours', 'ceux', 'celles', 'celui', 'celle', 'leur', 'leurs', 'eux', 'elle', 'elles', 'il', 'ils', 'lui', 'cela', 'ceci', 'vous', 'toi', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'nos']);
/** Determiners of both languages: what follows one is a noun, what precedes one a verb taking it as its object. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs']);
/** Determiners that make the next word a common noun: a name after a negation comes bare or with "de"/"a", "the" being part of some ("the north face"). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set([...DETERMINERS].filter((w) => !['the', 'a', 'an', 'un', 'une', 'des', 'du'].includes(w)));
/** English auxiliaries whose "not" negates the verb after it: "does not leak", "won't scald" ("wo not"), "can't fold". */
const AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'did', 'will', 'wo', 'would', 'can', 'ca', 'could', 'should', 'shall', 'may', 'might', 'must']);
const FRENCH_INFINITIVE = /(?:er|ir|re)$/;
/** Negations a verb may follow ("sans chauffer", "never bumps", "pour ne pas réveiller"); "no", "not", "pas de" come before nouns and names. */
const BEFORE_VERBS: ReadonlySet<string> = new Set(['sans', 'without', 'never', 'jamais', 'pas']);

/** True when the word at `i` is the verb an English auxiliary's "not" negates: "does not leak", "won't scald", "don't send". */
export function verbAfterAuxiliaryNot(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.kind === 'word' && tokens[i - 1]?.norm === 'not' && AUXILIARIES.has(tokens[i - 2]?.norm ?? '');
}

/**
 * True when the word at `i`, right after a negation, is by its place a verb or a common noun, never a name: after a
 * negation a verb may follow and before a determiner (a verb and its object: "sans chauffer la soupe", "never bumps the
 * furniture"; "not coleman the last one leaked" keeps its maker), an infinitive after "sans" before "de" ("sans faire
 * de bruit"), the verb of an English auxiliary's "not" ("does not leak", "won't scald"), or after a French article or a
 * possessive ("ne chauffe pas la soupe", "n'abîme pas le parquet", "not my head").
 */
function saidAsVerbOrNoun(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.norm ?? '';
  const after = tokens[i + 1];
  if (NOUN_DETERMINERS.has(before) || verbAfterAuxiliaryNot(tokens, i)) return true;
  if (after === undefined || after.kind !== 'word' || !BEFORE_VERBS.has(before)) return false;
  return DETERMINERS.has(after.norm) || (before === 'sans' && FRENCH_INFINITIVE.test(tokens[i]!.norm) && ['de', 'd', 'du', 'des'].includes(after.norm));
}
/**
 * Endings of ordinary English and French words that describe rather than name: "not bulky", "not flimsy", "no boring
 * colours", "nothing fancy", "obviously", "pas glissant", "rien de tape-à-l'œil", "pas trop bruyante". A maker the
 * engine knows is read whatever its ending ("Sony").
 */
const DESCRIBING_ENDING = /(?:ly|y|ish|ful|less|ous|ive|able|ible|ing|ed|ants?|antes?|eux|euses?|ifs?|ives?|iques?)$/;

/**
 * A word no reader of the engine knows and no word of the taxonomy's labels: in a place where a name is expected it
 * can only be one. Known words include the category's declared vocabulary, so "not plastic" stays a material.
 */
function isUnknownWord(token: Token | undefined, used: boolean, known: ReadonlySet<string>, first: boolean): boolean {
  if (token === undefined || used || token.kind !== 'word') return false;
  const word = token.norm;
  // A name's later words may be ordinary ones ("north face", "canada goose"); its first one names nothing else.
  return /^\p{L}[\p{L}'’]+$/u.test(word) && !known.has(word) && !STOPWORDS.has(word) && !NOT_NAMES.has(word) && !(first && isTaxonomyLabelWord(word)) && unitOfWord(word) === undefined && (KNOWN_BY_WORDS.has(word) || !DESCRIBING_ENDING.test(word));
}

/** The name a span of tokens spells: a maker the engine knows by its own spelling ("jbl" → "JBL"), else as typed. */
export function plainNameOf(tokens: readonly Token[], start: number, end: number, text: string): string {
  const typed = text.slice(tokens[start]!.start, tokens[end - 1]!.end);
  const words = tokens.slice(start, end).filter((t) => t.kind === 'word').map((t) => t.norm).join(' ');
  return KNOWN_BY_WORDS.get(words) ?? typed;
}

/**
 * The end of a maker's name typed as one word joined by "+" or "&" ("black+decker", "bang&olufsen"), one of whose
 * words no reader knows (so "usb+hdmi" stays two standards): a name in any case, even when a word of it is a colour.
 */
export function joinedNameEnd(tokens: readonly Token[], used: readonly boolean[], i: number, known: ReadonlySet<string>): number | undefined {
  let end = i + 1;
  while (end + 1 < tokens.length && NAME_JOINS.has(tokens[end]!.norm) && tokens[end]!.attached && tokens[end + 1]!.kind === 'word' && tokens[end + 1]!.attached && !used[end] && !used[end + 1]) end += 2;
  if (end === i + 1 || tokens[i]!.kind !== 'word' || used[i]) return undefined;
  const words = tokens.slice(i, end).filter((t) => t.kind === 'word');
  return words.some((t) => !known.has(t.norm) && !STOPWORDS.has(t.norm)) ? end : undefined;
}

/**
 * The end of a maker's name typed in lower case right after a negation ("not braun", "pas quechua", "anything but
 * samsonite", "no russell hobbs"): one to three words no reader knows, or a maker the engine knows ("no jbl"). A
 * negation only ever excludes something the person could be offered, and a word nobody uses for a product's kind,
 * features or values is the name of whoever makes it; said back as a maker, so a wrong reading shows.
 */
export function negatedPlainNameEnd(tokens: readonly Token[], used: readonly boolean[], i: number, known: ReadonlySet<string>): number | undefined {
  for (let words = MAX_NAME_WORDS; words >= 1; words--) {
    const phrase = tokens.slice(i, i + words);
    if (phrase.length === words && phrase.every((t, k) => t.kind === 'word' && !used[i + k]) && KNOWN_BY_WORDS.has(phrase.map((t) => t.norm).join(' '))) return i + words;
  }
  if (!isUnknownWord(tokens[i], used[i] ?? false, known, true) || saidAsVerbOrNoun(tokens, i)) return undefined;
  let end = i + 1;
  while (end < tokens.length && end - i < MAX_NAME_WORDS && isUnknownWord(tokens[end], used[end] ?? false, known, false)) end++;
  return end;
}
