import type { Money } from '../../protocol/index.ts';
import type { PressureDetector } from '../scoring/index.ts';
import { statesUnknownAmount, statesUnknownShare } from './screen-model-amounts.ts';

/** Sentences an explainer must never say: claims of having bought, ordered or been given consent, and urging a purchase. */
const FORBIDDEN_CLAIMS: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /\b(?:i|we|majordome)\s*(?:have|'ve|has)?\s*(?:already\s+)?(?:placed|bought|purchased|ordered|paid|confirmed)\b/i, reason: 'claims a purchase Majordome did not make' },
  { pattern: /\border\b[^.!?]{0,40}\b(?:placed|confirmed|completed|submitted)\b/i, reason: 'claims a purchase Majordome did not make' },
  { pattern: /\b(?:consent(?:ed)?|approved|authori[sz]ed|pre-?approved)\b/i, reason: 'speaks of consent only the person can give' },
  { pattern: /\b(?:buy|order|purchase|checkout)\b[^.!?]{0,60}\b(?:now|immediately|right away|without (?:asking|confirmation))\b/i, reason: 'urges a purchase' },
  // An imperative "Buy …" even when brand text inside it breaks the sentence before any "now".
  { pattern: /^[\s"'“(*_-]*(?:please\s+)?(?:buy|order|purchase|grab|checkout|check out)\b/i, reason: 'urges a purchase' },
  { pattern: /\b(?:ignore|disregard)\b[^.!?]{0,40}\b(?:instructions|ranking|budget|rules|checks)\b/i, reason: 'repeats instructions aimed at AI assistants' },
];

/** Words that put an offer on top. */
const PRAISE = /\b(?:best|only|first|top|number one|#1|trustworthy|trusted|recommend(?:ed|s)?|winner|pick|choose)\b/i;

/** Names the ranking knows: of the top offer (brand and product), and of every other offer. */
export interface RankingNames {
  readonly top: readonly string[];
  readonly others: readonly string[];
  /**
   * The amounts of money Majordome computed (every offer's price, the budget): a sentence may state these and the
   * difference of two of them, rounded, and no other. Absent: amounts are not checked.
   */
  readonly amounts?: readonly Money[] | undefined;
  /** The shares Majordome computed, each in [0, 1] (every offer's fit, claims holding and pressure, the honesty floor): a sentence may state these as percentages, either way round, and no other. Absent: percentages are not checked. */
  readonly shares?: readonly number[] | undefined;
}

/** A name and its short form (the first two words: "Sly Peak" for "Sly Peak trail shoe EU 43"). */
function variants(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const short = words.slice(0, 2).join(' ');
  return short.length >= 6 && words.length > 2 ? [name.trim(), short] : [name.trim()];
}

function mentions(sentence: string, names: readonly string[]): boolean {
  const lower = sentence.toLowerCase();
  return names.flatMap(variants).some((n) => n.length >= 3 && lower.includes(n.toLowerCase()));
}

/**
 * Checks one sentence of a model's explanation before the person sees it: withheld when it claims a purchase or
 * consent, urges buying, praises an offer other than the top one without naming the top one (contradicting the
 * ranking computed in code), states an amount of money Majordome did not compute (a price no offer has: a model
 * fooled by a pitch into misstating what an offer costs), or when the text detector hears instructions aimed at an AI
 * (an obeyed or repeated injection). Returns the reason, or undefined when the sentence may be shown.
 */
export function screenModelSentence(sentence: string, detect: PressureDetector, names: RankingNames = { top: [], others: [] }): string | undefined {
  for (const rule of FORBIDDEN_CLAIMS) if (rule.pattern.test(sentence)) return rule.reason;
  if (PRAISE.test(sentence) && mentions(sentence, names.others) && !mentions(sentence, names.top)) return 'praises an offer Majordome did not rank first';
  if (names.amounts !== undefined && statesUnknownAmount(sentence, names.amounts)) return 'states an amount of money Majordome did not compute';
  if (names.shares !== undefined && statesUnknownShare(sentence, names.shares)) return 'states a percentage Majordome did not compute';
  if (detect(sentence).tactics.some((t) => t.label === 'injection')) return 'repeats instructions aimed at AI assistants';
  return undefined;
}
