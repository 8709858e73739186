import { joinNumberWords } from './join-number-words.ts';
import { readLineLabels } from './line-labels.ts';
import { sayRefusalsFirst } from './refusal-said-after.ts';
import { applySpokenCorrections, type SpokenCorrection } from './spoken-correction.ts';
import { tokenize, type Token } from './tokenize.ts';
import { correctTypos, type TypoCorrection, type Vocabulary } from './vocabulary.ts';

/** A request's text as the extractors read it, its tokens, and what was corrected on the way. */
export interface RequestTokens {
  /** The text after line labels and spoken corrections ("no wait, 43"): the tokens' spans refer to it. */
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly spokenCorrections: readonly SpokenCorrection[];
  readonly typos: readonly TypoCorrection[];
}

/** Full-width and styled letters and digits ("ｈｅａｄｐｈｏｎｅｓ", "𝕤𝕙𝕠𝕖𝕤") read as plain ones; ½ becomes .5 first, since NFKC would split it. */
function foldCompatibilityForms(text: string): string {
  return text.replace(/½/g, '.5').replace(/¼/g, '.25').replace(/¾/g, '.75').normalize('NFKC');
}

/**
 * The tokens the built-in reader reads a request from: compatibility forms folded, line labels read, refusals said
 * after the thing turned round ("hand blenders need not apply" → "no hand blenders"), spoken corrections applied,
 * typos of known words corrected, number words joined.
 */
export function requestTokens(original: string, vocabulary: Vocabulary): RequestTokens {
  const spoken = applySpokenCorrections(sayRefusalsFirst(readLineLabels(foldCompatibilityForms(original))));
  const typed = tokenize(spoken.text);
  const typos = correctTypos(typed, vocabulary);
  return { text: spoken.text, tokens: joinNumberWords(spoken.text, typed), spokenCorrections: spoken.corrections, typos };
}
