// Public API of need understanding: the Need type, the engine interface, the built-in deterministic engine and a summary.
export { NeedSchema, PartialNeedSchema, MAX_NEED_RULES } from './need.ts';
export type { Need, PartialNeed } from './need.ts';
export { UnderstandingSchema } from './need-engine.ts';
export type { NeedContext, NeedEngine, Understanding } from './need-engine.ts';
export { NEED_ERROR_CODES, NeedError } from './need-error.ts';
export type { NeedErrorCode } from './need-error.ts';
export { createDeterministicNeedEngine, understandNeedText, MAX_REQUEST_CHARS } from './deterministic-need-engine.ts';
export { describeNeed } from './describe-need.ts';
export { mergePartialNeeds } from './merge-partial-need.ts';
export { matchTaxonomyCategory } from './match-taxonomy-category.ts';
export type { CategoryCandidate, CategoryMatch } from './match-taxonomy-category.ts';
export { marketVocabularyOf, builtinMarketVocabulary, attributesOf } from './market-vocabulary.ts';
export type { MarketCategory, MarketVocabulary, CardVocabulary } from './market-vocabulary.ts';
export { describeSold, unsoldMessage } from './understand-open-request.ts';
