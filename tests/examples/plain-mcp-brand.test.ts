import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterEach, describe, expect, it } from 'vitest';
import { runConformance } from '../../brand-agent/conformance/index.ts';
import {
  BriefResponseSchema,
  CounterResultSchema,
  PROTOCOL_VERSION,
  ReceiptSchema,
  ToolErrorSchema,
  hashOfferTerms,
  hashReceiptTerms,
  type Offer,
} from '../../protocol/index.ts';

// The plain-JavaScript reference brand (examples/plain-mcp-brand) stays conformant and stays plain.
const root = join(import.meta.dirname, '..', '..');
const brandPath = join(root, 'examples', 'plain-mcp-brand', 'brand.mjs');

const clients: Client[] = [];
afterEach(async () => {
  while (clients.length) await clients.pop()!.close();
});

async function connect(): Promise<Client> {
  const client = new Client({ name: 'plain-brand-test', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [brandPath], stderr: 'ignore' }));
  clients.push(client);
  return client;
}

async function call(client: Client, name: string, args: Record<string, unknown>): Promise<{ isError: boolean; structured: unknown }> {
  const result = await client.callTool({ name, arguments: { protocolVersion: PROTOCOL_VERSION, ...args } });
  return { isError: result.isError === true, structured: result.structuredContent };
}

const brief = (requestId: string, hardConstraints: unknown[] = []) => ({
  requestId, buyerId: 'buyer-1', category: 'coffee', hardConstraints, softPreferences: [], quantity: 1, currency: 'EUR', issuedAt: new Date().toISOString(),
});

function orderFor(offer: Offer, idempotencyKey: string) {
  return {
    idempotencyKey, requestId: offer.requestId, offerId: offer.offerId, buyerId: 'buyer-1', quantity: offer.quantity,
    mandate: { mandateId: `m-${idempotencyKey}`, offerId: offer.offerId, maxAmount: offer.price, expiresAt: new Date(Date.now() + 600_000).toISOString(),
      termsHash: hashOfferTerms(offer), issuedAt: new Date().toISOString() },
  };
}

describe('the plain MCP reference brand', () => {
  it('imports nothing but the MCP SDK and Node built-ins', () => {
    const source = readFileSync(brandPath, 'utf8');
    const specifiers = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]!);
    expect(specifiers.length).toBeGreaterThan(0);
    expect(specifiers.filter((s) => !s.startsWith('node:') && !s.startsWith('@modelcontextprotocol/sdk/'))).toEqual([]);
    expect(source).not.toMatch(/import\(/);
  });

  it('passes every conformance check over stdio', async () => {
    const report = await runConformance({ kind: 'stdio', command: process.execPath, args: [brandPath] });
    const failed = report.results.filter((r) => r.status === 'fail').map((r) => `${r.id}: ${r.reason}`);
    expect(failed).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.brandId).toBe('plain-roasters');
    expect(report.passed).toBeGreaterThanOrEqual(30);
  }, 60_000);

  it('haggles down to its floor, then the final offer and the original both stay orderable with the hash the butler computes', async () => {
    const client = await connect();
    const answer = BriefResponseSchema.parse((await call(client, 'request_offers', brief('req-haggle', [{ attribute: 'origin', op: 'eq', value: 'ethiopia' }]))).structured);
    expect(answer.offers.map((o) => o.product.sku)).toEqual(['ethiopia-beans-250']);
    const original = answer.offers[0]!;

    // Asking for half price: the brand meets halfway, then stops at 90 % of its price with a final offer.
    let latest = original;
    const outcomes: string[] = [];
    for (let round = 1; round <= 3; round++) {
      const counter = { counterId: `c${round}`, requestId: original.requestId, offerId: original.offerId, buyerId: 'buyer-1', round, inReplyTo: latest.offerId,
        proposedPrice: { amountMinor: Math.round(original.price.amountMinor / 2), currency: 'EUR' } };
      const result = CounterResultSchema.parse((await call(client, 'counter_offer', counter)).structured);
      expect(result).toMatchObject({ counterId: `c${round}`, inReplyTo: `c${round}`, round });
      outcomes.push(result.outcome);
      latest = result.offer!;
      expect(latest).toMatchObject({ round, inReplyTo: `c${round}`, offerId: expect.not.stringMatching(`^${original.offerId}$`) });
      if (result.outcome === 'final-offer') break;
    }
    expect(outcomes.at(-1)).toBe('final-offer');
    expect(latest.price.amountMinor).toBe(Math.ceil(original.price.amountMinor * 0.9));

    const closed = await call(client, 'counter_offer', { counterId: 'c9', requestId: original.requestId, offerId: original.offerId, buyerId: 'buyer-1',
      round: outcomes.length + 1, inReplyTo: latest.offerId });
    expect(closed.isError).toBe(true);
    expect(ToolErrorSchema.parse(closed.structured).error.code).toBe('NEGOTIATION_CLOSED');

    for (const [offer, key] of [[latest, 'idem-haggle-final'], [original, 'idem-haggle-original']] as const) {
      const receipt = ReceiptSchema.parse((await call(client, 'place_order', orderFor(offer, key))).structured);
      expect(receipt.charged).toEqual(offer.price);
      expect(receipt.termsHash).toBe(hashOfferTerms(offer));
      expect(receipt.termsHash).toBe(hashReceiptTerms(receipt));
    }
  }, 30_000);

  it('agrees 1.0 with a 1.0 butler and then leaves out cancellations, which 1.0 does not have', async () => {
    const client = await connect();
    const hello = await call(client, 'hello', { protocolVersion: '1.0', capabilities: ['offers', 'orders', 'cancellations'] });
    expect(hello.structured).toMatchObject({ protocolVersion: '1.0', capabilities: ['offers', 'orders'] });
    const current = await call(client, 'hello', { protocolVersion: '1.7', capabilities: ['offers', 'orders', 'cancellations'] });
    expect(current.structured).toMatchObject({ protocolVersion: '1.1', capabilities: ['offers', 'orders', 'cancellations'] });
  });

  it('names the field of a malformed brief in the fault data', async () => {
    const client = await connect();
    const error = await client.callTool({ name: 'request_offers', arguments: { protocolVersion: PROTOCOL_VERSION, ...brief('req-bad'), quantity: 0 } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: -32602, data: { code: 'INVALID_PAYLOAD', details: { issues: [{ path: 'quantity' }] } } });
  });
});
