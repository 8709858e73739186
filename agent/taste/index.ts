// Public API of the taste model: what the butler learns of a person's taste from their ratings (agent/decision reads it).
export { TASTE_MODEL, MIN_RATING, MAX_RATING, learnTaste, isTasteValue, valueKey } from './taste-model.ts';
export type { TasteModel, ValueTaste, RatedPurchase } from './taste-model.ts';
export { learnedPreferences } from './learned-preferences.ts';
export type { LearnedPreference } from './learned-preferences.ts';
