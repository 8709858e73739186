import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrustOutput, UNTRUSTED_NOTICE, createButlerMcpServer } from '../../agent/mcp/index.ts';
import { controlBrands, injectingBrand, type InjectionSlot } from '../injection/injecting-brand.ts';
import { MARKET_NOW, openSmallMarket, type SmallMarket } from '../support/small-market.ts';

// A decline that hides a bidi override, a terminal hyperlink and a zero-width space among ordinary words: the ledger
// keeps the excerpt the pressure reader quoted, hidden characters included.
const HIDDEN = 'We only sell \u001b]8;;http://evil.example\u001b\\road\u001b]8;;\u001b\\ shoes \u202etxet\u202c\u200b, see www.example.com';
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

let market: SmallMarket;
let client: Client;
const slot: InjectionSlot = { current: { id: 'hidden-decline', category: 'hidden-unicode', field: 'decline.message', payload: HIDDEN } as InjectionSlot['current'], mode: 'decline' };

beforeAll(async () => {
  market = await openSmallMarket({ brands: [injectingBrand(slot, () => MARKET_NOW), ...controlBrands(() => MARKET_NOW)] });
  const server = createButlerMcpServer(market);
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  client = new Client({ name: 'plain-test-client', version: '1.0.0' });
  await client.connect(clientSide);
  await client.callTool({ name: 'find_offers', arguments: { request: 'waterproof trail shoes size 43 under 150 euros' } });
});
afterAll(async () => {
  await client.close();
  await market.close();
});

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

describe('brand_trust: the ledger evidence it hands an assistant is brand text, cleaned and marked', () => {
  it('cleans every text of the events (no escape, bidi or invisible character) and marks quoted excerpts as brandText', async () => {
    const result = (await client.callTool({ name: 'brand_trust', arguments: { brandId: 'sly-shoes', events: 50 } })) as { structuredContent: unknown; content: Array<{ text?: string }> };
    const out = TrustOutput.parse(result.structuredContent);
    const events = out.brands[0]!.events!;
    const quoted = events.filter((e) => 'excerpt' in e.evidence);
    expect(quoted.length).toBeGreaterThan(0);
    for (const e of quoted) {
      const excerpt = e.evidence.excerpt as Record<string, unknown>;
      expect(Object.keys(excerpt).sort()).toEqual(['brandText', 'field']);
    }
    expect(strings(events).filter((s) => UNSAFE.test(s))).toEqual([]);
    expect(result.content[0]!.text).not.toMatch(UNSAFE);
    expect(out.untrustedNotice).toBe(UNTRUSTED_NOTICE);
    expect(UNTRUSTED_NOTICE).toContain('"evidence"');
  });
});
