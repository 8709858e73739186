import { describe, expect, it } from 'vitest';
import { createBrandAgentCore, type BrandAgentDefinition } from '../../brand-agent/index.ts';
import { CancellationSchema, PROTOCOL_VERSION, negotiateProtocol, type Cancellation, type Receipt } from '../../protocol/index.ts';
import { orderFor, trailShoeBrief } from '../fixtures/briefs.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';

const clock = () => new Date('2026-11-23T10:00:00Z');

async function placedOrder(definition: BrandAgentDefinition) {
  const core = createBrandAgentCore(definition);
  const brief = await core.call('request_offers', trailShoeBrief());
  if (!brief.ok) throw new Error(brief.error.message);
  const offer = (brief.value as { offers: Parameters<typeof orderFor>[0][] }).offers[0]!;
  const order = orderFor(offer);
  const placed = await core.call('place_order', order);
  if (!placed.ok) throw new Error(placed.error.message);
  return { core, order, receipt: placed.value as Receipt };
}

const cancel = (orderId: string, buyerId: string, reason = 'receipt_mismatch') => ({ protocolVersion: PROTOCOL_VERSION, orderId, buyerId, reason, details: 'price differs' });

describe('cancel_order (protocol 1.1, capability cancellations)', () => {
  it('is agreed only at 1.1: a 1.0 peer announcing it does not get it', () => {
    const all = ['offers', 'orders', 'cancellations'];
    expect(negotiateProtocol({ protocolVersion: '1.1', capabilities: all }, { protocolVersion: '1.1', capabilities: all }).capabilities).toContain('cancellations');
    expect(negotiateProtocol({ protocolVersion: '1.1', capabilities: all }, { protocolVersion: '1.0', capabilities: all }).capabilities).toEqual(['offers', 'orders']);
  });

  it("cancels the buyer's own order with a full refund, replays that decision, and hides the order from other buyers", async () => {
    const { core, order, receipt } = await placedOrder(fixtureBrand({ clock }));
    expect(core.card.capabilities).toContain('cancellations');
    const stranger = await core.call('cancel_order', cancel(receipt.orderId, 'someone-else'));
    expect(stranger.ok === false && stranger.error.code).toBe('UNKNOWN_ORDER');
    const first = await core.call('cancel_order', cancel(receipt.orderId, order.buyerId));
    if (!first.ok) throw new Error(first.error.message);
    const decision = first.value as Cancellation;
    expect(decision).toMatchObject({ orderId: receipt.orderId, status: 'cancelled', reason: 'receipt_mismatch', refund: receipt.charged });
    const repeat = await core.call('cancel_order', cancel(receipt.orderId, order.buyerId, 'changed_mind'));
    expect(repeat.ok && repeat.value).toEqual(decision);
    const unknown = await core.call('cancel_order', cancel('order-never-made', order.buyerId));
    expect(unknown.ok === false && unknown.error.code).toBe('UNKNOWN_ORDER');
  });

  it('is refused as unsupported by a brand without a cancel handler, and a refund above the charge is invalid output', async () => {
    const base = fixtureBrand({ clock });
    const { cancelOrder: _none, ...withoutCancel } = base.handlers;
    const plain = await placedOrder({ ...base, handlers: withoutCancel });
    expect(plain.core.card.capabilities).not.toContain('cancellations');
    const refused = await plain.core.call('cancel_order', cancel(plain.receipt.orderId, plain.order.buyerId));
    expect(refused.ok === false && refused.error.code).toBe('CAPABILITY_NOT_SUPPORTED');

    const greedy = await placedOrder({
      ...base,
      handlers: { ...base.handlers, cancelOrder: (request, ctx) => ({ orderId: request.orderId, status: 'cancelled', reason: request.reason, refund: { ...ctx.receipt.charged, amountMinor: ctx.receipt.charged.amountMinor + 1 }, decidedAt: ctx.now.toISOString() }) },
    });
    const invalid = await greedy.core.call('cancel_order', cancel(greedy.receipt.orderId, greedy.order.buyerId));
    expect(invalid.ok === false && invalid.error.code).toBe('INVALID_OUTPUT');
  });

  it('requires a refund when cancelled and a reason when refused', () => {
    const base = { orderId: 'o-1', reason: 'not_delivered', decidedAt: '2026-11-23T10:00:00.000Z' } as const;
    expect(CancellationSchema.safeParse({ ...base, status: 'cancelled' }).success).toBe(false);
    expect(CancellationSchema.safeParse({ ...base, status: 'refused' }).success).toBe(false);
    expect(CancellationSchema.safeParse({ ...base, status: 'refused', message: 'already shipped' }).success).toBe(true);
  });
});
