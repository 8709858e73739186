import { formatEstimateIn, type Language } from '../language/index.ts';
import { EXPLANATION_MESSAGES } from './explanation-messages.ts';
import type { ValueBreakdown } from './offer-value.ts';

/**
 * The money reasoning of one offer in one sentence, in the person's language (default English), e.g. "expected gain
 * 31.20 EUR = 92 % × worth 140 EUR − price 95 EUR − expected remedies 0.76 EUR − pressure 0 EUR"); when the brand's
 * record says what arrives may meet the need without being as described, the term for that case is named too
 * ("+ 60 % likely to meet what you required though not as described × worth 120 EUR").
 */
export function describeValue(b: ValueBreakdown, language: Language = 'en'): string {
  const m = (minor: number) => formatEstimateIn(minor, b.currency, language);
  return EXPLANATION_MESSAGES[language].value({
    gain: m(b.surplus),
    percent: Math.round(b.claimsHold * 100),
    worth: m(b.worth),
    match: Math.round(b.preferenceMatch * 100),
    anchor: b.referenceSource === 'budget' ? 'budget' : 'market',
    price: m(b.price),
    remedies: m(b.remedyCost),
    pressure: m(b.pressureCost),
    ...(b.needHolds > b.claimsHold ? { ifNeedMet: { percent: Math.round((b.needHolds - b.claimsHold) * 100), worth: m(b.worthIfNotAsDescribed) } } : {}),
  });
}
