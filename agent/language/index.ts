// Public API of the person's language: which one a request is written in, and the helpers every message catalogue uses.
export { LANGUAGES, LanguageSchema, DEFAULT_LANGUAGE, READ_LANGUAGES, ReadLanguageSchema, answerLanguage } from './language.ts';
export type { Language, Catalogue, ReadLanguage } from './language.ts';
export { detectLanguage, languageEvidence } from './detect-language.ts';
export { formatMoneyIn, formatEstimateIn } from './format-money-in.ts';
export { joinWords } from './join-words.ts';
export { attributeLabelIn, brandAttributeWordIn, knownAttributeLabelIn } from './attribute-label-in.ts';
export { quoteBrandWordIn, quotationMarksAsApostrophes, MAX_QUOTED_BRAND_WORD } from './quote-brand-word.ts';
