import { describe, expect, it } from 'vitest';
import { PartitionedBrandCore, ownerOfBuyer } from '../../brand-agent/partitioned-brand-core.ts';
import { fromWireOutcome, toWireOutcome } from '../../brand-agent/worker-messages.ts';
import { PROTOCOL_TOOLS } from '../../protocol/index.ts';
import { orderFor, trailShoeBrief } from '../fixtures/briefs.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';

const clock = () => new Date('2026-11-23T10:00:00Z');

/** Two workers' cores in one process, forwarding to each other through the IPC message form (counted). */
function twoWorkers(): { cores: PartitionedBrandCore[]; forwarded: number[] } {
  const forwarded = [0, 0];
  const cores: PartitionedBrandCore[] = [];
  for (let index = 0; index < 2; index++) {
    cores.push(
      new PartitionedBrandCore(fixtureBrand({ clock }), {
        index,
        workers: 2,
        forward: async (owner, tool, args) => {
          forwarded[owner]!++;
          return fromWireOutcome(structuredClone(toWireOutcome(await cores[owner]!.callHere(tool, structuredClone(args)))));
        },
      }),
    );
  }
  return { cores, forwarded };
}

describe('PartitionedBrandCore', () => {
  it('spreads buyers over the workers, the same buyer always to the same worker', () => {
    const counts = [0, 0, 0];
    for (let i = 0; i < 3_000; i++) counts[ownerOfBuyer(`buyer-${i}`, 3)]!++;
    for (const c of counts) expect(c).toBeGreaterThan(850);
    expect(ownerOfBuyer('buyer-7f3a', 2)).toBe(ownerOfBuyer('buyer-7f3a', 2));
    expect(ownerOfBuyer('anyone', 1)).toBe(0);
  });

  it("runs each buyer's calls in the owning worker, so an offer asked on one process is ordered on the other", async () => {
    const { cores, forwarded } = twoWorkers();
    const buyerId = 'buyer-7f3a';
    const owner = ownerOfBuyer(buyerId, 2);
    const other = 1 - owner;
    const brief = { ...trailShoeBrief(), buyerId };
    const offers = await cores[other]!.call(PROTOCOL_TOOLS.requestOffers.name, brief);
    if (!offers.ok) throw offers.error;
    expect(forwarded[owner]).toBe(1);
    const offer = PROTOCOL_TOOLS.requestOffers.output.parse(offers.value).offers[0]!;
    const order = { ...orderFor(offer), buyerId };
    // The order reaches the owner directly this time; the receipt is then read back through the other worker.
    const receipt = await cores[owner]!.call(PROTOCOL_TOOLS.placeOrder.name, order);
    expect(receipt.ok).toBe(true);
    const again = await cores[other]!.call(PROTOCOL_TOOLS.getOrder.name, { protocolVersion: order.protocolVersion, idempotencyKey: order.idempotencyKey, buyerId });
    expect(again).toEqual(receipt);
    expect(forwarded[owner]).toBe(2);
    expect(forwarded[other]).toBe(0);
  });

  it('keeps typed errors across the forward, answers hello and malformed calls locally, and reports a dead owner', async () => {
    const { cores, forwarded } = twoWorkers();
    const buyerId = 'buyer-7f3a';
    const other = 1 - ownerOfBuyer(buyerId, 2);
    const unknown = await cores[other]!.call(PROTOCOL_TOOLS.getOrder.name, { protocolVersion: '1.0', idempotencyKey: 'idem-nothing-0123456789', buyerId });
    expect(!unknown.ok && unknown.error.code).toBe('UNKNOWN_ORDER');
    const malformed = await cores[other]!.call(PROTOCOL_TOOLS.requestOffers.name, { buyerId: 42 });
    expect(!malformed.ok && malformed.error.code).toBe('INVALID_PAYLOAD');
    const hello = await cores[other]!.call(PROTOCOL_TOOLS.hello.name, { protocolVersion: '1.0', capabilities: ['offers'], agent: 'test' });
    expect(hello.ok).toBe(true);
    expect(forwarded).toEqual(other === 0 ? [0, 1] : [1, 0]);

    const orphan = new PartitionedBrandCore(fixtureBrand({ clock }), { index: other, workers: 2, forward: () => Promise.reject(new Error('worker gone')) });
    const failed = await orphan.call(PROTOCOL_TOOLS.requestOffers.name, { ...trailShoeBrief(), buyerId });
    expect(!failed.ok && failed.error.code).toBe('INTERNAL_ERROR');
    expect(!failed.ok && failed.error.message).toContain('worker gone');
    expect(() => new PartitionedBrandCore(fixtureBrand(), { index: 2, workers: 2, forward: () => Promise.reject(new Error()) })).toThrow(/partition/);
  });
});
