import { formatEstimate } from '../../protocol/index.ts';
import type { ValueBreakdown } from './offer-value.ts';

/**
 * The money reasoning of one offer in one sentence, e.g. "expected gain 31.20 EUR = 92 % × worth 140 EUR − price
 * 95 EUR − expected remedies 0.76 EUR − pressure 0 EUR".
 */
export function describeValue(b: ValueBreakdown): string {
  const m = (minor: number) => formatEstimate(minor, b.currency);
  const anchor = b.referenceSource === 'budget' ? 'your budget' : 'the dearest offer (no budget given)';
  return (
    `expected gain ${m(b.surplus)} = ${Math.round(b.claimsHold * 100)} % likely as described × worth ${m(b.worth)} ` +
    `(${Math.round(b.preferenceMatch * 100)} % preference match, scaled to ${anchor}) − price ${m(b.price)} − expected remedies ${m(b.remedyCost)} − pressure ${m(b.pressureCost)}`
  );
}
