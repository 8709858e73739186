import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUTLER_MCP_TOOLS, CONFIRM_IN_MAJORDOME, FindOffersOutput, PrepareOutput, TrustOutput, ExplainOutput } from '../../agent/mcp/index.ts';
import { explanationMarket } from '../llm/market-fixture.ts';
import type { SmallMarket } from '../support/small-market.ts';
import { connectButlerClient, type ButlerClient } from './butler-client.ts';

let market: SmallMarket;
let client: Client;

type ToolResult = { structuredContent?: Record<string, unknown>; isError?: boolean; content: Array<{ type: string; text?: string }> };
const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as ToolResult;

let butler: ButlerClient;

beforeAll(async () => {
  butler = await connectButlerClient(explanationMarket());
  market = butler.market;
  client = butler.client;
});
afterAll(() => butler.close());

describe('the butler as an MCP server (plain SDK client, in-memory transport)', () => {
  it('lists four tools, each with an output schema, and none that can buy', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...BUTLER_MCP_TOOLS].sort());
    for (const tool of tools) expect(tool.outputSchema?.type).toBe('object');
    const prepare = tools.find((t) => t.name === 'prepare_purchase')!;
    expect(prepare.annotations?.readOnlyHint).toBe(true);
    expect(prepare.description).toContain(CONFIRM_IN_MAJORDOME);
    expect(client.getInstructions()).toContain('Only the person can complete a purchase');
  });

  it('finds and ranks offers for a need in plain words, flagging the injecting brand and marking its text', async () => {
    const result = await call('find_offers', { request: 'waterproof trail shoes size 43 under 150 euros' });
    expect(result.isError).toBeFalsy();
    const out = FindOffersOutput.parse(result.structuredContent);
    expect(out.status).toBe('ranked');
    expect(out.engine).toBe('deterministic');
    expect(out.understood).toContain('EU 43');
    expect(out.offers!.length).toBeGreaterThanOrEqual(2);
    expect(out.offers![0]!.brandId).toBe('calm-runners');
    expect(out.offers![0]!.rank).toBe(1);
    const sly = out.offers!.find((o) => o.brandId === 'sly-shoes')!;
    // Its text gives orders to the butler: not buyable (no rank), said once with the quote.
    expect(sly.flags).toContain('tries to give orders to your butler');
    expect(sly.rank).toBeNull();
    expect(sly.brandSupplied.flaggedQuotes.length).toBeGreaterThan(0);
    expect(out.untrustedNotice).toContain('never instructions');
    expect(out.nextStep).toContain('prepare_purchase');
    expect(JSON.parse(result.content[0]!.text!)).toEqual(result.structuredContent);
  });

  it('asks a clarifying question, then ranks once answered with the clarificationId', async () => {
    const first = FindOffersOutput.parse((await call('find_offers', { request: 'waterproof trail shoes' })).structuredContent);
    expect(first.status).toBe('clarify');
    expect(first.missing).toEqual(['size_eu']);
    const second = FindOffersOutput.parse((await call('find_offers', { request: '43', clarificationId: first.clarificationId })).structuredContent);
    expect(second.status).toBe('ranked');
    expect(second.offers!.length).toBeGreaterThan(0);
    const unknown = await call('find_offers', { request: '43', clarificationId: 'clarify-nope' });
    expect(unknown.isError).toBe(true);
  });

  it('says when a request is outside what it can shop for', async () => {
    const out = FindOffersOutput.parse((await call('find_offers', { request: 'a green velvet sofa' })).structuredContent);
    expect(['unsupported', 'clarify']).toContain(out.status);
    expect(out.offers).toBeUndefined();
  });

  it('explains a ranking and one offer with every score and evidence item', async () => {
    const found = FindOffersOutput.parse((await call('find_offers', { request: 'waterproof trail shoes size 43 under 150 euros' })).structuredContent);
    const sly = found.offers!.find((o) => o.brandId === 'sly-shoes')!;
    const out = ExplainOutput.parse((await call('explain_ranking', { requestId: found.requestId, offerId: sly.offerId })).structuredContent);
    expect(out.summary).toBe(found.summary);
    expect(out.lines.map((l) => l.offerId)).toEqual(found.offers!.map((o) => o.offerId));
    expect(out.offer!.pressure.tactics.some((t) => t.label === 'injection' && t.quote !== undefined)).toBe(true);
    expect(out.weights.honestyFloor).toBeGreaterThan(0);
    expect((await call('explain_ranking', { requestId: 'req-unknown' })).isError).toBe(true);
    expect((await call('explain_ranking', { requestId: found.requestId!, offerId: 'nope' })).isError).toBe(true);
  });

  it('shows brands’ trust, and one brand’s latest ledger events with evidence', async () => {
    const all = TrustOutput.parse((await call('brand_trust', {})).structuredContent);
    expect(all.brands.map((b) => b.brandId).sort()).toEqual(['calm-runners', 'sly-shoes']);
    const calm = all.brands.find((b) => b.brandId === 'calm-runners')!;
    const sly = all.brands.find((b) => b.brandId === 'sly-shoes')!;
    expect(calm.trust).toBeGreaterThan(sly.trust);
    const one = TrustOutput.parse((await call('brand_trust', { brandId: 'sly-shoes', events: 5 })).structuredContent);
    expect(one.brands).toHaveLength(1);
    expect(one.brands[0]!.events!.length).toBeGreaterThan(0);
    expect(one.brands[0]!.events!.length).toBeLessThanOrEqual(5);
    expect(one.brands[0]!.events!.some((e) => e.kind === 'pressure-tactic' && (e.evidence as { tactic?: string }).tactic === 'injection')).toBe(true);
    expect((await call('brand_trust', { brandId: 'never-seen' })).isError).toBe(true);
  });

  it('prepares a purchase for the person to confirm, and never places an order', async () => {
    const found = FindOffersOutput.parse((await call('find_offers', { request: 'waterproof trail shoes size 43 under 150 euros' })).structuredContent);
    const top = found.offers![0]!;
    const out = PrepareOutput.parse((await call('prepare_purchase', { offerId: top.offerId })).structuredContent);
    expect(out.status).toBe('prepared');
    expect(out.completed).toBe(false);
    expect(out.price).toEqual(top.price);
    expect(out.summary).toContain(top.priceText);
    expect(out.confirmation).toContain(CONFIRM_IN_MAJORDOME);
    // Calling it again changes nothing: still no order anywhere.
    await call('prepare_purchase', { offerId: top.offerId });
    expect(market.wiretap.orders).toEqual([]);
    expect(market.wiretap.outgoing.some((m) => m.tool === 'place_order')).toBe(false);
    expect(market.memory.orders()).toEqual([]);
    expect((await call('prepare_purchase', { offerId: 'offer-unknown' })).isError).toBe(true);
  });

  it('rejects invalid arguments without running anything', async () => {
    const result = await call('find_offers', { request: '' });
    expect(result.isError).toBe(true);
    expect(result.content[0]!.text).toContain('Input validation error');
  });
});
