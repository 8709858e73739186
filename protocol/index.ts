// Public API of the Majordome protocol: zod schemas (the source of truth), inferred types, errors, versioning and the MCP binding.
export { PROTOCOL_VERSION, PROTOCOL_CHANGES, CAPABILITIES, CAPABILITY_SINCE, HelloSchema, ProtocolVersionSchema, negotiateProtocol, isCompatibleVersion, parseProtocolVersion } from './version.ts';
export type { Capability, Hello, NegotiatedProtocol } from './version.ts';
export { PROTOCOL_ERROR_CODES, PROTOCOL_ERROR_CODE_LIST, ProtocolError, isProtocolErrorCode } from './errors.ts';
export type { ProtocolErrorCode, ProtocolErrorData } from './errors.ts';
export { PROTOCOL_LIMITS, jsonByteLength, utf8BytesOver } from './limits.ts';
export { jsonBytesOver } from './json-bytes-over.ts';
export {
  IdSchema,
  TimestampSchema,
  CurrencySchema,
  MoneySchema,
  CategoryIdSchema,
  AttributeNameSchema,
  AttributeValueSchema,
  AttributesSchema,
  FreeTextSchema,
} from './primitives.ts';
export type { Money, AttributeValue } from './primitives.ts';
export { BrandCardSchema, BrandPoliciesSchema } from './brand-card.ts';
export { MAKER_LINES_LIMITS, MakerLinesSchema, MakersSchema } from './maker-lines.ts';
export type { MakerLines } from './maker-lines.ts';
export type { BrandCard, BrandPolicies } from './brand-card.ts';
export { NeedBriefSchema, HardConstraintSchema, SoftPreferenceSchema } from './need-brief.ts';
export type { NeedBrief, NeedBriefInput, HardConstraint, SoftPreference } from './need-brief.ts';
export { OfferSchema, ClaimSchema, EvidenceSchema, ProductSchema, TermsSchema, DiscountSchema } from './offer.ts';
export type { Offer, Claim, Evidence, Product, Terms, Discount } from './offer.ts';
export { DeclineSchema } from './decline.ts';
export type { Decline } from './decline.ts';
export { BriefResponseSchema } from './brief-response.ts';
export type { BriefResponse } from './brief-response.ts';
export { QuestionSchema, AnswerSchema } from './question.ts';
export type { Question, Answer } from './question.ts';
export { CounterSchema, CounterResultSchema } from './counter.ts';
export type { Counter, CounterResult } from './counter.ts';
export { MandateSchema, OrderSchema, ReceiptSchema, OrderStatusRequestSchema } from './order.ts';
export type { Mandate, Order, Receipt, OrderStatusRequest } from './order.ts';
export { CANCEL_REASONS, CancelOrderSchema, CancellationSchema } from './cancellation.ts';
export type { CancelReason, CancelOrder, Cancellation } from './cancellation.ts';
export { HelloResultSchema } from './hello.ts';
export type { HelloResult } from './hello.ts';
export { ToolErrorSchema } from './tool-error.ts';
export type { ToolError } from './tool-error.ts';
export { canonicalJson, hashOfferTerms, hashReceiptTerms, offerTermsOf } from './terms-hash.ts';
export { TAXONOMY, BUILTIN_CATEGORIES, isBuiltinCategory } from './taxonomy.ts';
export type { BuiltinCategory } from './taxonomy.ts';
export { ATTRIBUTE_TYPES, LabelsSchema, AttributeDefinitionSchema, CategoryAttributesSchema } from './attribute-schema.ts';
export type { AttributeType, Labels, AttributeDefinition, CategoryAttributes } from './attribute-schema.ts';
export { COMMON_ATTRIBUTES, COMMON_ATTRIBUTE_NAMES } from './common-attributes.ts';
export { builtinCategoryAttributes } from './builtin-attribute-schemas.ts';
export { loadGoogleTaxonomy, parseGoogleTaxonomy } from './google-taxonomy.ts';
export type { GoogleTaxonomy, TaxonomyNode } from './google-taxonomy.ts';
export { LOCALIZED_TAXONOMY_LOCALES, loadLocalizedTaxonomy, parseLocalizedTaxonomy } from './localized-google-taxonomy.ts';
export type { LocalizedTaxonomy } from './localized-google-taxonomy.ts';
export { CATEGORY_LABELS_FR } from './category-labels-fr.ts';
export { euSizeOfFootLength, FOOT_LENGTH_CM_RANGE } from './foot-length.ts';
export { BUILTIN_CATEGORY_GOOGLE_IDS, canonicalCategoryId, findSameCategory, googleCategoryIdOf, isKnownCategory, isSameCategory } from './category-aliases.ts';
export { PROTOCOL_TOOLS, BRAND_CARD_RESOURCE_URI, toolBindingByName } from './mcp-binding.ts';
export { compiledSchema } from './compiled-schema.ts';
export type { ProtocolToolBinding, ProtocolToolKey } from './mcp-binding.ts';
export { protocolJsonSchemas, toWireJsonSchema, toolOutputJsonSchema } from './json-schema.ts';
export type { JsonSchema } from './json-schema.ts';
export { renderProtocolDoc } from './protocol-doc.ts';
export { createSeededRandom, hashToSeed } from './seeded-random.ts';
export { BoundedMap } from './bounded-map.ts';
export { RecentCache } from './recent-cache.ts';
export type { SeededRandom } from './seeded-random.ts';
export { meetsConstraints, productAttribute, satisfiesConstraint, violatedConstraints } from './constraint-check.ts';
export { attributeTextKey } from './attribute-text.ts';
export { CONFUSABLE_TO_LATIN } from './confusable-letters.ts';
export { ESCAPE_SEQUENCE, INVISIBLE_CHARACTERS, withoutHiddenCharacters } from './escape-sequences.ts';
export { escapeHiddenInJson } from './escape-hidden-in-json.ts';
export { cutWithEllipsis } from './cut-with-ellipsis.ts';
export { csvCell, csvLine, toCsv } from './csv-text.ts';
export { shortenId } from './shorten-id.ts';
export { toMinuteTimestamp } from './minute-timestamp.ts';
export { canonicalGtin } from './canonical-gtin.ts';
export { KEY_PROOF_CONTEXT, keyFingerprint, keyProofMessage, readCardPublicKey, signKeyProof, verifyKeyProof } from './key-proof.ts';
export { MajordomeError } from './majordome-error.ts';
export {
  CURRENCY_MINOR_DIGITS,
  DEFAULT_MINOR_DIGITS,
  MONEY_ERROR_CODES,
  CurrencyMismatchError,
  minorDigitsOf,
  toMinorUnits,
  toMajorUnits,
  parseAmountMinor,
  formatMoney,
  formatEstimate,
  sameCurrency,
  compareMoney,
  addMoney,
  exceedsBudget,
} from './money.ts';
export type { FormatMoneyOptions, MoneyErrorCode } from './money.ts';
export { packMeasureOf, offerMeasureOf, unitPrice, priceAtUnitPrice, unitPriceOf, compareUnitPrice, formatUnitPrice } from './unit-price.ts';
export type { MeasureDimension, PackMeasure, PricedPack, UnitPrice } from './unit-price.ts';
export { PRESSURE_TACTICS, PRESSURE_TACTIC_LABELS, PressureTacticLabelSchema, BEHAVIOUR_TACTICS, BEHAVIOUR_TACTIC_LABELS, BehaviourTacticLabelSchema, TacticLabelSchema, isPressureTacticLabel } from './pressure-tactics.ts';
export type { PressureTacticLabel, BehaviourTacticLabel, TacticLabel } from './pressure-tactics.ts';
export { normalizeWord } from './normalize-word.ts';
export { categoryWords, firstPhraseWord, isFrenchLike, isTaxonomyLabelWord, matchTaxonomyCategory } from './match-taxonomy-category.ts';
export type { CategoryCandidate, CategoryMatch, MatchCategoryOptions, ReadTypo } from './match-taxonomy-category.ts';
export { HTTP_SERVE_LIMITS, httpServeLimits, httpServerOptionsOf, applyHttpServeLimits } from './http-serve-limits.ts';
export type { HttpServeLimits, TimedHttpServer } from './http-serve-limits.ts';
