// Red team 36 (disclosure): the ids of the butler's questions and counters were its own offer id plus a number
// (`<brands.json entry id>:<the brand's offer id>:q1`, `…:c1`): a brand read in them the person's local name for it
// and the butler's naming of offers (a `:v.<hash>` when the memory already kept another offer under that id), and the
// cancellation asked after a switched receipt stated the butler's own offer id and terms hash. A brand needs ids to echo
// and its own offer ids; every id the butler sends is now opaque to it (a keyed hash of the install secret), and the
// brand's answers are read back under the butler's names. Checked on the wire (what the brand's server receives).
import { afterEach, describe, expect, it } from 'vitest';
import { bindBrandIdentity, type BrandConnection } from '../../agent/butler/index.ts';
import type { BrandCallResult } from '../../agent/transport/index.ts';
import { createBrandAgentCore, isThenable, type ToolOutcome } from '../../brand-agent/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { PROTOCOL_TOOLS, hashReceiptTerms, type Order, type Receipt } from '../../protocol/index.ts';
import { openSmallMarket, shoeEntry, type SmallMarket } from '../support/small-market.ts';

const markets: SmallMarket[] = [];
afterEach(async () => {
  for (const m of markets.splice(0)) await m.close();
});

/** The person's name for the brand in brands.json (the brand's card must announce the same id). */
const ENTRY_ID = 'alpine-outfitters';

interface Received {
  readonly tool: string;
  readonly json: string;
}

/**
 * A reference brand that negotiates (questions, counters, cancellations) reached in process, recording every message it
 * receives as its server would; `switchReceipt` makes its receipts name another offer (a bait-and-switch the butler
 * refuses and asks to cancel).
 */
function recordingBrand(received: Received[], options: { switchReceipt: boolean }): BrandConnection {
  const core = createBrandAgentCore(
    createStrategyBrand({
      id: ENTRY_ID,
      name: 'Alpine Outfitters',
      strategy: 'honest',
      categories: ['running-shoes'],
      catalog: [shoeEntry('alp-ridge-43', 'Alpine ridge trail shoe', 13_900, { terrain: 'trail', waterproof: true })],
      clock: () => new Date('2026-11-23T10:00:00.000Z'),
    }),
  );
  async function call<T>(tool: { name: string }, args: unknown): Promise<BrandCallResult<T>> {
    received.push({ tool: tool.name, json: JSON.stringify(args) });
    const pending = core.callInProcess(tool.name, args);
    const outcome: ToolOutcome = isThenable(pending) ? await pending : pending;
    return outcome.ok ? { ok: true, value: outcome.value as T } : { ok: false, error: outcome.error.toData() };
  }
  const raw: BrandConnection = {
    id: ENTRY_ID,
    card: core.card,
    timeoutMs: 4_000,
    supports: (c) => core.card.capabilities.includes(c),
    requestOffers: (brief) => call(PROTOCOL_TOOLS.requestOffers, brief),
    askQuestion: (question) => call(PROTOCOL_TOOLS.askQuestion, question),
    counterOffer: (counter) => call(PROTOCOL_TOOLS.counterOffer, counter),
    placeOrder: async (order: Order) => {
      const result = await call<Receipt>(PROTOCOL_TOOLS.placeOrder, order);
      if (!result.ok || !options.switchReceipt) return result;
      const { orderId: _o, idempotencyKey: _k, placedAt: _p, termsHash: _h, ...terms } = result.value;
      const switched = { ...terms, offerId: `${order.offerId}-other` };
      return { ok: true, value: { ...result.value, ...switched, termsHash: hashReceiptTerms(switched) } };
    },
    getOrder: (request) => call(PROTOCOL_TOOLS.getOrder, request),
    cancelOrder: (request) => call(PROTOCOL_TOOLS.cancelOrder, request),
  };
  return bindBrandIdentity(raw, ENTRY_ID);
}

/** One person shops at the recording brand (haggling on), buys its first offer, and returns what the brand received. */
async function shopAndBuy(options: { switchReceipt: boolean; secret: string }) {
  const received: Received[] = [];
  const connection = recordingBrand(received, options);
  const m = await openSmallMarket({
    brands: { connections: [connection], wiretap: { outgoing: [], orders: [] }, close: async () => {} },
    profile: { disclosure: 'minimal' },
    secret: options.secret,
  });
  markets.push(m);
  const understood = await m.understand('waterproof trail shoes size 43 under 150 euros');
  if (understood.kind !== 'need') throw new Error('expected a need');
  const result = await m.shop(understood.need);
  const offerIds = [...result.ranking.ranked.map((r) => r.offerId), ...result.ranking.excluded.map((e) => e.offer.offerId)];
  if (offerIds.length === 0) throw new Error('no offer');
  const bought = await m.buy({ offerId: offerIds[0]!, confirmedBy: 'person', channel: 'api', at: m.clock().toISOString() });
  // Every offer id the butler holds: the offers and revisions ranked, and those its negotiations went through.
  const exchanges = m.memory.exchangesOf(result.requestId);
  const negotiated = exchanges.flatMap((e) => (e.kind === 'question' ? [e.message.offerId] : e.kind === 'counter' ? [e.message.offerId, e.message.inReplyTo] : []));
  const butlerOfferIds = [...new Set([...offerIds, ...result.negotiations.map((n) => n.offerId), ...negotiated])];
  return { received, result, bought, butlerOfferIds, exchanges };
}

describe('what a brand reads in the ids the butler sends', () => {
  it('(fixed) no question, counter, order or cancellation carries the butler\'s own offer ids or request id (on main: "alpine-outfitters:…:q1")', async () => {
    const { received, result, bought, butlerOfferIds } = await shopAndBuy({ switchReceipt: true, secret: 'secret-one' });
    const tools = new Set(received.map((r) => r.tool));
    // The brand was asked every kind of message: questions, counters, an order, and a cancellation after the switch.
    for (const tool of ['request_offers', 'ask_question', 'counter_offer', 'place_order', 'cancel_order']) expect(tools).toContain(tool);
    expect(bought.kind).toBe('refused-bait-and-switch');
    expect(butlerOfferIds.length).toBeGreaterThan(0);
    for (const { tool, json } of received) {
      for (const id of butlerOfferIds) expect(json, `${tool} named the butler's offer id ${id}`).not.toContain(id);
      expect(json, `${tool} named the butler's request id`).not.toContain(result.requestId);
    }
  });

  it('honest case: the butler still reads every answer and revision under its own names: the brand\'s answers reach the scorers', async () => {
    const { received, exchanges, bought } = await shopAndBuy({ switchReceipt: false, secret: 'secret-one' });
    const asked = received.filter((r) => r.tool === 'ask_question').length;
    const countered = received.filter((r) => r.tool === 'counter_offer').length;
    expect(asked).toBeGreaterThan(0);
    expect(countered).toBeGreaterThan(0);
    expect(exchanges.filter((e) => e.kind === 'answer').length).toBe(asked);
    expect(exchanges.filter((e) => e.kind === 'counter-result').length).toBe(countered);
    expect(exchanges.filter((e) => e.kind === 'failure')).toEqual([]);
    expect(bought.kind).toBe('purchased');
  });

  it('two people asking one brand about the same offer send it ids it cannot match (each keyed by its own install secret)', async () => {
    const idsSent = async (secret: string) =>
      (await shopAndBuy({ switchReceipt: false, secret })).received
        .filter((r) => r.tool === 'ask_question' || r.tool === 'counter_offer')
        .map((r) => JSON.parse(r.json) as { questionId?: string; counterId?: string })
        .map((m) => m.questionId ?? m.counterId);
    const first = await idsSent('secret-one');
    const second = await idsSent('secret-two');
    expect(first.length).toBeGreaterThan(0);
    expect(first.filter((id) => second.includes(id))).toEqual([]);
  });
});
