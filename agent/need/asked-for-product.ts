/**
 * Words with which a person says what they ask for, the product right after them: "looking for a backpack that…",
 * "I need a kettle", "She wants a phone with big buttons", "je cherche une tente", "il me faut un vélo".
 */
const ASKING = /\b(?:looking for|look for|searching for|search for|shopping for|i need|we need|i want|we want|(?:she|he|they) (?:wants|needs|want|need)|i(?:'|’)?d like|i would like|je cherche|on cherche|nous cherchons|il me faut|il nous faut|j(?:'|’)ai besoin d(?:'|’)?(?:un|une)?|je voudrais|je veux)\s+/giu;

/** Words that end the product's name after it: a clause, a relative, a preposition or punctuation. */
const NAME_END = /[,;:.!?(…]|\s(?:with|without|for|that|which|who|to|in|on|under|from|and|or|but|so|pour|avec|sans|qui|que|dans|sous|et|ou|mais|w\/|w\/o)\s/iu;

/** Articles and quantifiers opening the product's name, left out of it. */
const OPENING = /^(?:(?:a|an|the|some|one|new|un|une|des|du|de|d'|nouveau|nouvelle)\s+)+/iu;

/**
 * The words naming the product right after each asking phrase, in order ("a backpack" in "looking for a backpack that
 * hangs on the back of the chair, laptop sleeve 13""): what the person asks for, as opposed to products named in the
 * story around it or as parts of it.
 */
export function askedForPhrases(text: string): string[] {
  const phrases: string[] = [];
  for (const match of text.matchAll(ASKING)) {
    const rest = text.slice(match.index + match[0].length);
    const end = rest.search(NAME_END);
    const phrase = (end < 0 ? rest : rest.slice(0, end)).replace(OPENING, '').trim();
    if (phrase !== '' && phrase.split(/\s+/).length <= 4) phrases.push(phrase);
  }
  return phrases;
}
