// A brand's record as a sequence of steps (orders with or without a stake in EUR or JPY, switched receipts, statements
// caught false, clean requests), folded one a day: the records the stake properties are drawn over.
import fc from 'fast-check';
import { TrustEventSchema, emptyTrustState, foldTrustEvent, type BrandTrustState, type TrustEventInput } from '../../agent/trust/index.ts';
import { at } from './trust-fixtures.ts';

export type Step = { kind: 'outcome'; outcome: 'as-described' | 'not-as-described' | 'not-delivered' | 'late'; satisfied: boolean; amountMinor: number | undefined; currency: 'EUR' | 'JPY' } | { kind: 'switch'; amountMinor: number; currency: 'EUR' | 'JPY' } | { kind: 'statement' } | { kind: 'clean' };

const currency = fc.constantFrom<'EUR' | 'JPY'>('EUR', 'EUR', 'JPY');
export const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('outcome' as const), outcome: fc.constantFrom('as-described' as const, 'not-as-described' as const, 'not-delivered' as const, 'late' as const), satisfied: fc.boolean(), amountMinor: fc.option(fc.integer({ min: 1, max: 500_000 }), { nil: undefined }), currency }),
  fc.record({ kind: fc.constant('switch' as const), amountMinor: fc.integer({ min: 1, max: 500_000 }), currency }),
  fc.record({ kind: fc.constant('statement' as const) }),
  fc.record({ kind: fc.constant('clean' as const) }),
);

export function eventOf(s: Step, day: number): TrustEventInput {
  const base = { brandId: 'sly', occurredAt: at(day) };
  switch (s.kind) {
    case 'outcome':
      return { ...base, kind: 'order-outcome', evidence: { orderId: `o-${day}`, outcome: s.outcome, satisfied: s.satisfied, ...(s.amountMinor === undefined ? {} : { stake: { amountMinor: s.amountMinor, currency: s.currency } }) } };
    case 'switch':
      return { ...base, kind: 'bait-and-switch', evidence: { offerId: `f-${day}`, orderId: `o-${day}`, detail: 'another product', stake: { amountMinor: s.amountMinor, currency: s.currency } } };
    case 'statement':
      return { ...base, kind: 'claim-contradicted', evidence: { offerId: `f-${day}`, claim: { attribute: 'waterproof', asserted: true, observed: false }, source: 'answer' } };
    case 'clean':
      return { ...base, kind: 'clean-interaction', evidence: { requestId: `r-${day}` } };
  }
}

export function foldSteps(steps: readonly Step[]): BrandTrustState {
  let state = emptyTrustState();
  steps.forEach((s, i) => {
    const event = TrustEventSchema.parse(eventOf(s, i + 1));
    state = foldTrustEvent(state, event, Date.parse(event.occurredAt));
  });
  return state;
}
