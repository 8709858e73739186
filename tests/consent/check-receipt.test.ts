import { describe, expect, it } from 'vitest';
import { checkReceipt, issueMandate } from '../../agent/consent/index.ts';
import { hashReceiptTerms, type Receipt } from '../../protocol/index.ts';
import { acceptedOffer, honestReceipt } from './consent-fixtures.ts';

const NOW = new Date('2026-12-03T10:00:00.000Z');
const offer = acceptedOffer();
const mandate = issueMandate(offer, { mandateId: 'm-1', now: NOW });

/** A receipt changed in one place, with its own hash recomputed (a careful cheat). */
function tampered(change: Partial<Receipt>): Receipt {
  const r = { ...honestReceipt(offer, mandate), ...change };
  return { ...r, termsHash: hashReceiptTerms(r) };
}

describe('checkReceipt', () => {
  it('accepts the honest receipt', () => {
    expect(checkReceipt(honestReceipt(offer, mandate), offer, mandate)).toEqual({ kind: 'as-agreed' });
  });

  it.each([
    ['price', { charged: { amountMinor: 16_990, currency: 'EUR' } }, { field: 'price', expected: 15_990, actual: 16_990 }],
    ['currency', { charged: { amountMinor: 15_990, currency: 'USD' } }, { field: 'currency', expected: 'EUR', actual: 'USD' }],
    ['sku', { sku: 'trail-44' }, { field: 'sku', expected: 'trail-43', actual: 'trail-44' }],
    ['quantity', { quantity: 3 }, { field: 'quantity', expected: 2, actual: 3 }],
    ['warranty', { terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 6 } }, { field: 'warrantyMonths', expected: 24, actual: 6 }],
    ['offer', { offerId: 'trailco:req-1:1' }, { field: 'offerId', expected: 'trailco:req-1:0', actual: 'trailco:req-1:1' }],
  ] as const)('calls a changed %s bait-and-switch and names the difference', (_, change, mismatch) => {
    const verdict = checkReceipt(tampered(change as Partial<Receipt>), offer, mandate);
    expect(verdict.kind).toBe('bait-and-switch');
    expect(verdict.kind === 'bait-and-switch' && verdict.mismatches).toContainEqual(mismatch);
  });

  it('catches what no single field shows through the terms hash it recomputes (a receipt from another seller)', () => {
    const r = tampered({ brandId: 'sly-shoes' });
    expect(checkReceipt(r, offer, mandate)).toEqual({ kind: 'bait-and-switch', mismatches: [{ field: 'termsHash', expected: mandate.termsHash, actual: hashReceiptTerms(r) }] });
  });

  it('recomputes the hash rather than trusting the one the brand wrote', () => {
    expect(checkReceipt({ ...honestReceipt(offer, mandate), termsHash: 'f'.repeat(64) }, offer, mandate)).toEqual({ kind: 'as-agreed' });
  });

  it('compares minor units exactly in yen and dinars', () => {
    const yen = acceptedOffer({ price: { amountMinor: 20_000, currency: 'JPY' } });
    const m = issueMandate(yen, { mandateId: 'm-2', now: NOW });
    expect(checkReceipt(honestReceipt(yen, m), yen, m)).toEqual({ kind: 'as-agreed' });
    const dinar = acceptedOffer({ price: { amountMinor: 1_250, currency: 'KWD' } });
    const md = issueMandate(dinar, { mandateId: 'm-3', now: NOW });
    const overcharged = { ...honestReceipt(dinar, md), charged: { amountMinor: 1_251, currency: 'KWD' } };
    expect(checkReceipt(overcharged, dinar, md).kind).toBe('bait-and-switch');
  });
});
