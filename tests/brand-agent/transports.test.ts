import { afterEach, describe, expect, it } from 'vitest';
import { linkBrandInMemory, serveBrandOverHttp, type HttpBrandServer } from '../../brand-agent/index.ts';
import { BrandClient, type BrandEndpoint } from '../../agent/transport/index.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';
import { orderFor, trailShoeBrief } from '../fixtures/briefs.ts';

const clock = () => new Date('2026-11-23T10:00:00Z');
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function endpointFor(kind: 'memory' | 'stdio' | 'http'): Promise<BrandEndpoint> {
  if (kind === 'memory') {
    const link = await linkBrandInMemory(fixtureBrand({ clock }));
    cleanups.push(link.close);
    return { kind: 'transport', transport: link.clientTransport };
  }
  if (kind === 'http') {
    const server: HttpBrandServer = await serveBrandOverHttp(fixtureBrand({ clock }));
    cleanups.push(server.close);
    return { kind: 'http', url: server.url };
  }
  return { kind: 'stdio', command: process.execPath, args: ['bin/run-ts.js', 'tests/fixtures/serve-fixture-brand.ts'] };
}

describe.each(['memory', 'stdio', 'http'] as const)('brand over %s', (kind) => {
  it('negotiates, answers a brief, a question, a counter and an idempotent order', async () => {
    const connected = await BrandClient.connect(await endpointFor(kind));
    if (!connected.ok) throw new Error(connected.error.message);
    const brand = connected.value;
    cleanups.push(() => brand.close());
    expect(brand.card.id).toBe('fixture-shoes');
    expect(brand.capabilities).toEqual(expect.arrayContaining(['offers', 'questions', 'counters', 'orders']));

    const answer = await brand.requestOffers(trailShoeBrief());
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.outcome).toBe('offers');
    expect(answer.value.offers.map((o) => o.product.sku)).toEqual(['ridge-gtx-43']);
    const offer = answer.value.offers[0]!;

    const question = await brand.askQuestion({
      protocolVersion: '1.0', questionId: 'q1', requestId: offer.requestId, offerId: offer.offerId, buyerId: 'buyer-7f3a', attribute: 'waterproof', text: 'Is it waterproof?',
    });
    expect(question.ok && question.value.stance).toBe('confirmed');

    const counter = await brand.counterOffer({
      protocolVersion: '1.0', counterId: 'c1', requestId: offer.requestId, offerId: offer.offerId, buyerId: 'buyer-7f3a', round: 1, inReplyTo: offer.offerId,
      proposedPrice: { amountMinor: 13_000, currency: 'EUR' },
    });
    if (!counter.ok) throw new Error(counter.error.message);
    expect(counter.value.outcome).toBe('accept');
    const revised = counter.value.offer!;

    if (kind === 'stdio') return; // the stdio child runs the system clock; ordering is covered in-memory and over HTTP
    const first = await brand.placeOrder(orderFor(revised));
    const again = await brand.placeOrder(orderFor(revised));
    if (!first.ok || !again.ok) throw new Error('order failed');
    expect(again.value).toEqual(first.value);
    expect(first.value.charged.amountMinor).toBe(13_000);
  });
});

describe('typed errors', () => {
  it('refuses a wrong major version, a malformed brief and an oversized one', async () => {
    const connected = await BrandClient.connect(await endpointFor('memory'));
    if (!connected.ok) throw new Error(connected.error.message);
    const brand = connected.value;
    const wrongVersion = await brand.requestOffers({ ...trailShoeBrief(), protocolVersion: '2.0' });
    expect(!wrongVersion.ok && wrongVersion.error.code).toBe('UNSUPPORTED_VERSION');
    const malformed = await brand.callRaw('request_offers', (await import('zod')).z.unknown(), { ...trailShoeBrief(), quantity: -3 });
    expect(!malformed.ok && malformed.error.code).toBe('INVALID_PAYLOAD');
    const oversized = await brand.requestOffers({ ...trailShoeBrief(), softPreferences: [], hardConstraints: [], requestId: 'r', buyerId: 'x'.repeat(128), category: 'running-shoes', issuedAt: '2026-11-23T10:00:00.000Z', currency: 'EUR', quantity: 1, protocolVersion: '1.0', ...{ padding: 'x'.repeat(300_000) } });
    expect(!oversized.ok && oversized.error.code).toBe('PAYLOAD_TOO_LARGE');
    await brand.close();
  });

  it('turns a buggy handler into INVALID_OUTPUT, a crash into INTERNAL_ERROR without leaking, a hang into HANDLER_TIMEOUT', async () => {
    for (const [faults, code] of [
      [{ invalidOffer: true }, 'INVALID_OUTPUT'],
      [{ throwInternal: true }, 'INTERNAL_ERROR'],
      [{ hang: true }, 'HANDLER_TIMEOUT'],
    ] as const) {
      const link = await linkBrandInMemory(fixtureBrand({ clock, faults, handlerTimeoutMs: 200 }));
      const connected = await BrandClient.connect({ kind: 'transport', transport: link.clientTransport });
      if (!connected.ok) throw new Error(connected.error.message);
      const result = await connected.value.requestOffers(trailShoeBrief());
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message).not.toContain('secret');
      }
      await connected.value.close();
      await link.close();
    }
  });

  it('reports a refused HTTP connection and a client-side timeout as transport errors', async () => {
    const refused = await BrandClient.connect({ kind: 'http', url: 'http://127.0.0.1:1/mcp' }, { connectTimeoutMs: 2_000 });
    expect(!refused.ok && refused.error.code).toBe('CONNECTION_FAILED');
    const link = await linkBrandInMemory(fixtureBrand({ clock, faults: { hang: true }, handlerTimeoutMs: 10_000 }));
    const connected = await BrandClient.connect({ kind: 'transport', transport: link.clientTransport });
    if (!connected.ok) throw new Error(connected.error.message);
    const slow = await connected.value.requestOffers(trailShoeBrief(), 150);
    expect(!slow.ok && slow.error.code).toBe('TIMEOUT');
    await connected.value.close();
    await link.close();
  });

  it('rejects an order whose mandate is below the price, with a business error', async () => {
    const connected = await BrandClient.connect(await endpointFor('memory'));
    if (!connected.ok) throw new Error(connected.error.message);
    const answer = await connected.value.requestOffers(trailShoeBrief());
    if (!answer.ok) throw new Error(answer.error.message);
    const offer = answer.value.offers[0]!;
    const order = orderFor(offer);
    const result = await connected.value.placeOrder({ ...order, mandate: { ...order.mandate, maxAmount: { amountMinor: 100, currency: 'EUR' } } });
    expect(!result.ok && result.error.code).toBe('MANDATE_EXCEEDED');
    await connected.value.close();
  });
});
