import { CATEGORY_LABELS_FR, loadGoogleTaxonomy } from '../../protocol/index.ts';
import { DEFAULT_LANGUAGE, type Language } from './language.ts';

/**
 * Words that only (or almost only) occur in one of the two languages in shopping requests: articles, prepositions,
 * pronouns, possessives and the verbs people ask with. Product words are left out on purpose ("café", "sneakers" and
 * "running" are used in both), so is anything that is a word in both ("en", "on", "me", "son", "car", "plus", "max",
 * "non": "non slip", "non-stick").
 */
const FRENCH_WORDS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'et', 'ou', 'pour', 'avec', 'sans', 'moins', 'sous', 'chez',
  'mon', 'ma', 'mes', 'ta', 'tes', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs',
  'je', 'tu', 'il', 'elle', 'nous', 'vous', 'ils', 'elles', 'qui', 'que', 'quoi', 'est', 'sont', 'pas', 'ne', 'très', 'trop',
  'veux', 'voudrais', 'cherche', 'besoin', 'acheter', 'offrir', 'cadeau', 'taille', 'pointure', 'ans', 'avant', 'maximum', 'environ',
  'oui', 'importe', 'peu', 'tout', 'toute', 'tous', 'toutes', 'quelque', 'chose', 'ce', 'cet', 'cette', 'ces',
  'mais', 'donc', 'si', 'bien', 'bon', 'bonne', 'cher', 'chère', 'livré', 'livraison', 'idéalement', 'plutôt',
  // Typed short on a phone: "pr" (pour), "bcp" (beaucoup), "qd" (quand), "tjrs" (toujours); and saying please or thanks.
  'pr', 'bcp', 'qd', 'tjrs', 'tjs', 'svp', 'stp', 'merci',
]);

const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  'the', 'an', 'and', 'or', 'for', 'with', 'without', 'under', 'less', 'than', 'more', 'below', 'over', 'from', 'by', 'at', 'of', 'to', 'in',
  'my', 'your', 'his', 'her', 'our', 'their', 'i', 'we', 'you', 'he', 'she', 'they', 'it', 'is', 'are', 'not', 'no', 'yes', 'very', 'too',
  'want', 'need', 'looking', 'buy', 'get', 'gift', 'present', 'size', 'old', 'year', 'years', 'before', 'about', 'around', 'some', 'any', 'please',
  'one', 'two', 'three', 'four', 'five', 'six', 'thick', 'thin', 'each',
  'cheap', 'something', 'this', 'that', 'these', 'those', 'but', 'so', 'if', 'good', 'ideally', 'rather', 'prefer', 'delivered', 'delivery', 'matter',
]);

/** Letters with French accents or ligatures (English words almost never carry them). */
const FRENCH_LETTERS = /[àâæçéèêëîïôœùûüÿ]/;
/** Elisions: l'eau, d'une, j'ai, qu'il, n'importe, s'il (straight or typographic apostrophe). */
const ELISION = /^(?:l|d|j|qu|n|s|m|t|c)['’]\p{L}/u;

/** A word without accents or a plural ending, so "Tentes" and "tente", "matelas" and "matela" meet. */
function stem(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[sx]$/, '');
}

function words(label: string): string[] {
  return label.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4).map(stem);
}

let productWords: ReadonlySet<string> | undefined;

/**
 * Stems of those labels that are also everyday English words ("four", "pain", "main", "course", "chat"), or a spelling
 * English speakers use too ("expresso").
 */
const ALSO_ENGLISH: ReadonlySet<string> = new Set(['article', 'main', 'four', 'pain', 'course', 'chat', 'cafe', 'bureau', 'parfum', 'maison', 'expresso']);

/**
 * Product words only French names: the words of our French taxonomy labels ("Valises", "Matelas", "Lave-linge") that
 * no official English label uses, so "tente", "valise" or "matelas" alone say French while "puzzle" says nothing.
 */
function frenchProductWords(): ReadonlySet<string> {
  if (productWords) return productWords;
  const english = new Set(loadGoogleTaxonomy().nodes.flatMap((n) => words(n.label)));
  productWords = new Set(Object.values(CATEGORY_LABELS_FR).flatMap((c) => words(c.label)).filter((w) => !english.has(w) && !ALSO_ENGLISH.has(w)));
  return productWords;
}

/** How much each language's own markers weigh in a text (also weighed against the languages read through a gloss). */
export function languageEvidence(text: string): { fr: number; en: number } {
  let fr = 0;
  let en = 0;
  for (const raw of text.toLowerCase().normalize('NFC').split(/[^\p{L}'’-]+/u)) {
    if (raw === '') continue;
    if (ELISION.test(raw)) fr += 1;
    const word = raw.replace(/^(?:l|d|j|qu|n|s|m|t|c)['’]/, '');
    if (FRENCH_LETTERS.test(word)) fr += 1;
    if (FRENCH_WORDS.has(word)) fr += 1;
    else if (word.length >= 4 && frenchProductWords().has(stem(word))) fr += 1;
    if (ENGLISH_WORDS.has(word)) en += 1;
    // "a" is the English article; the French verb "a" (has) rarely starts a shopping request.
    if (word === 'a') en += 0.5;
  }
  return { fr, en };
}

/**
 * The language a request is written in: French when its French markers (function words, accented letters, elisions
 * such as "l'" or "d'", product words only French labels use) outweigh its English ones, English when the English ones do, and `fallback` (default
 * English) when the text says nothing either way ("43", "route", "Hoka"), so a short answer keeps the conversation's
 * language.
 * @example
 * detectLanguage('un aspirateur sans fil silencieux à moins de 200 €'); // 'fr'
 * detectLanguage('route', 'fr'); // 'fr'
 */
export function detectLanguage(text: string, fallback: Language = DEFAULT_LANGUAGE): Language {
  const { fr, en } = languageEvidence(text);
  if (fr > en) return 'fr';
  if (en > fr) return 'en';
  return fallback;
}
