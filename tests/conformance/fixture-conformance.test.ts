import { describe, expect, it } from 'vitest';
import { CONFORMANCE_CHECKS } from '../../brand-agent/conformance/index.ts';
import type { BrandAgentDefinition } from '../../brand-agent/index.ts';
import { hashReceiptTerms } from '../../protocol/index.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';
import { conformanceOf, idsWith } from './run-in-memory.ts';

/** The fixture brand, claiming a "was" price 20 EUR above every offer. */
function discountingFixture(): BrandAgentDefinition {
  const base = fixtureBrand();
  return {
    ...base,
    handlers: {
      ...base.handlers,
      async requestOffers(brief, ctx) {
        const response = await base.handlers.requestOffers(brief, ctx);
        const offers = response.offers.map((o) => ({
          ...o,
          discount: { kind: 'was-price' as const, referencePrice: { ...o.price, amountMinor: o.price.amountMinor + 2_000 } },
        }));
        return { ...response, offers };
      },
    },
  };
}

describe('conformance of honest brands', () => {
  it('has at least 20 named checks with unique ids and titles', () => {
    expect(CONFORMANCE_CHECKS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(CONFORMANCE_CHECKS.map((c) => c.id)).size).toBe(CONFORMANCE_CHECKS.length);
    for (const check of CONFORMANCE_CHECKS) {
      expect(check.id).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
      expect(check.title.length).toBeGreaterThan(10);
    }
  });

  it('passes the fixture brand on every check that applies to it', async () => {
    const report = await conformanceOf(fixtureBrand());
    expect(idsWith(report, 'fail')).toEqual([]);
    // No offer claims a discount and every capability is advertised, so those two checks have nothing to test.
    expect(idsWith(report, 'skip')).toEqual(['capability.unadvertised-refused', 'hello.key-proof', 'offer.discount']);
    expect(report.ok).toBe(true);
    expect(report.reachable).toBe(true);
    expect(report.brandId).toBe('fixture-shoes');
    expect(report.results.map((r) => r.id)).toEqual(CONFORMANCE_CHECKS.map((c) => c.id));
    for (const r of report.results) expect(r.reason.length).toBeGreaterThan(0);
  });

  it('checks a claimed discount when there is one', async () => {
    const report = await conformanceOf(discountingFixture());
    expect(idsWith(report, 'fail')).toEqual([]);
    expect(report.results.find((r) => r.id === 'offer.discount')?.status).toBe('pass');
  });

  it('skips capability-gated checks for a brand that only makes offers, and checks it refuses the rest', async () => {
    const report = await conformanceOf({ ...fixtureBrand(), capabilities: ['offers', 'decline'] });
    expect(idsWith(report, 'fail')).toEqual([]);
    const gated = CONFORMANCE_CHECKS.filter((c) => c.capability === 'questions' || c.capability === 'counters' || c.capability === 'orders' || c.capability === 'cancellations').map((c) => c.id);
    expect(gated.length).toBeGreaterThanOrEqual(10);
    expect(idsWith(report, 'skip')).toEqual([...gated, 'hello.key-proof', 'offer.discount'].sort());
    const refused = report.results.find((r) => r.id === 'capability.unadvertised-refused')!;
    expect(refused.status).toBe('pass');
    expect(refused.reason).toContain('CAPABILITY_NOT_SUPPORTED');
  });

  it('fails order.receipt for a bait-and-switch receipt (charges more than the offer), naming the field and the expected price', async () => {
    const report = await conformanceOf(fixtureBrand({ faults: { overcharge: true } }));
    const receipt = report.results.find((r) => r.id === 'order.receipt')!;
    expect(receipt.status).toBe('fail');
    expect(receipt.reason).toContain('more than the mandate allows');
    expect(receipt.reason).toContain('159.00 EUR (15900 minor units)');
    expect(receipt.detail).toMatchObject({ path: 'charged', actual: { amountMinor: 15_900, currency: 'EUR' } });
  });

  it('fails order.receipt when a self-consistent receipt differs from the accepted offer (lower price, returns cut to 0)', async () => {
    const base = fixtureBrand();
    const cutReturns: BrandAgentDefinition = {
      ...base,
      handlers: {
        ...base.handlers,
        placeOrder(order, ctx) {
          const receipt = {
            orderId: `order-${order.idempotencyKey}`,
            offerId: order.offerId,
            idempotencyKey: order.idempotencyKey,
            brandId: ctx.card.id,
            sku: ctx.offer.product.sku,
            quantity: order.quantity,
            charged: ctx.offer.price,
            terms: { ...ctx.offer.terms, returnDays: 0 },
            placedAt: ctx.now.toISOString(),
          };
          return { ...receipt, termsHash: hashReceiptTerms(receipt) };
        },
      },
    };
    const report = await conformanceOf(cutReturns);
    const receipt = report.results.find((r) => r.id === 'order.receipt')!;
    expect(receipt.status).toBe('fail');
    expect(receipt.detail).toMatchObject({ path: 'terms.returnDays', expected: 30, actual: 0 });
  });
});
