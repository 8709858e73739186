import { firstPhraseWord, matchTaxonomyCategory, type CategoryMatch } from '../../protocol/index.ts';
import { detectLanguage } from '../language/index.ts';
import { withoutNonProductWords } from './not-the-product.ts';
import { withoutOwnedProducts } from './owned-product.ts';
import { closestWord } from './fuzzy-match.ts';
import { unitOfWord } from './measure-units.ts';
import { buildVocabulary } from './vocabulary.ts';

let engineWords: ReadonlySet<string> | undefined;

/**
 * The taxonomy node a person's request names: protocol's matcher (shared with the shop category mapper) told what only
 * the request reader knows — the request's language (French names its product first) and which unknown words of the
 * product phrase are typos of a product name ("vaccum", "bouilloir"): not a word the engine knows, nor a unit ("litre"
 * is not "livre"); and what the product acts on ("to keep my coffee hot") is not read as its name.
 */
export function matchRequestCategory(text: string, limit = 5): CategoryMatch {
  // What the person already has ("so my MacBook charges from it") names the product only when nothing else does.
  const owned = withoutOwnedProducts(text);
  if (owned !== text) {
    const withoutOwned = matchNamedProduct(owned, limit);
    if (withoutOwned.kind !== 'none') return withoutOwned;
  }
  return matchNamedProduct(text, limit);
}

function matchNamedProduct(text: string, limit: number): CategoryMatch {
  // What a story's verb did to something owned ("the dog ate my shoe") names no product, unless nothing else does.
  const withoutStory = withoutNonProductWords(text, true);
  const other = withoutNonProductWords(text);
  if (withoutStory !== other) {
    const match = matchIn(withoutStory, text, limit);
    if (match.kind !== 'none') return match;
  }
  return matchIn(other, text, limit);
}

function matchIn(readable: string, text: string, limit: number): CategoryMatch {
  return matchTaxonomyCategory(readable, {
    limit,
    headFirst: detectLanguage(text) === 'fr',
    readTypo: (word, words) => {
      engineWords ??= buildVocabulary().knownWords;
      if (engineWords.has(word) || unitOfWord(word) !== undefined) return undefined;
      return closestWord(word, words);
    },
  });
}

/**
 * The word a French request names its product with: the first of its first phrase ("rouge" in "un rouge à lèvres
 * mat"; "mat" there is an adjective). Undefined for a request not read as French (English puts the noun last).
 */
export function frenchHeadWord(text: string): string | undefined {
  return detectLanguage(text) === 'fr' ? firstPhraseWord(text) : undefined;
}
