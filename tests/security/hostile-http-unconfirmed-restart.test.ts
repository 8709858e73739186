// An order whose answer was lost, re-checked in a later session (the CLI's `report --recheck` is a new process): the
// brand's receipt must still be read as naming the offer ordered, also when the brand numbers its offers per process,
// so its offer id was reused and the butler keeps the offer under an id of its own (`:v.` suffix).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openButler } from '../../app/index.ts';
import { hashReceiptTerms, type Offer, type Receipt } from '../../protocol/index.ts';
import { startHostileHttpBrand, type HostileAnswer } from './hostile-http-brand.ts';
import { HOUR, T0, acceptingAnyOrder, coreOffers } from './http-market.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/**
 * Three sessions over one database: the brand's o-1 seen at 99.00 EUR; o-1 again at 95.00 EUR, ordered, its answers
 * lost; then, from a new process, the order re-checked, the brand's get_order answering with its receipt for `receiptFor`.
 */
async function recheckedInThirdSession(receiptFor: string) {
    let t = T0;
    const clock = () => new Date(t);
    // The brand "restarts" every session: its offers are numbered o-1, o-2… again, at a price of the session's.
    let sessionPrice = 9_900;
    const sent = new Map<string, Offer>();
    const sly = await startHostileHttpBrand({
      cardId: 'sly-shoes',
      clock,
      script: {
        request_offers: async (args, core) => {
          const value = await coreOffers(args, core);
          const offers = value.offers.map((o, i) => ({ ...o, offerId: `o-${i + 1}`, price: { ...o.price, amountMinor: sessionPrice } }));
          for (const o of offers) sent.set(o.offerId, o);
          return { value: { ...value, offers } };
        },
        counter_offer: () => ({ toolError: 'no counters', code: 'CAPABILITY_NOT_SUPPORTED' }),
      },
    });
    const dir = mkdtempSync(join(tmpdir(), 'majordome-restart-'));
    cleanups.push(async () => {
      await sly.close();
      rmSync(dir, { recursive: true, force: true });
    });
    writeFileSync(join(dir, 'brands.json'), JSON.stringify({ brands: [{ id: 'sly-shoes', kind: 'http', url: sly.url, connectTimeoutMs: 10_000, callTimeoutMs: 1_000 }] }));
    const open = () => openButler({ dbPath: join(dir, 'majordome.db'), brandsFile: join(dir, 'brands.json'), env: { MAJORDOME_HOME: dir }, haggle: false, seed: 1, clock });
    const shopOnce = async (session: Awaited<ReturnType<typeof open>>) => {
      const understood = await session.needEngine.understand('waterproof trail shoes size 43');
      if (understood.kind !== 'need') throw new Error('not understood');
      return session.butler.shop(understood.need);
    };

    // Session 1: the brand's o-1 at 99.00 EUR is kept under sly-shoes:o-1.
    const first = await open();
    await shopOnce(first);
    await first.close();

    // Session 2: o-1 again, now at 95.00 EUR: kept under an id of its own. The order's answers never come in time.
    sessionPrice = 9_500;
    t += HOUR;
    const second = await open();
    const result = await shopOnce(second);
    const offer = result.ranking.ranked.find((r) => r.brandId === 'sly-shoes' && r.offer.price.amountMinor === 9_500)!;
    expect(offer.offerId).not.toBe('sly-shoes:o-1');
    const late = (): Promise<HostileAnswer> => new Promise((resolve) => setTimeout(() => resolve({ toolError: 'late' }), 3_000));
    sly.script = { ...sly.script, place_order: late, get_order: late };
    const bought = await second.butler.purchase({ offerId: offer.offerId, confirmedBy: 'person', channel: 'api', at: clock().toISOString() });
    expect(bought.kind).toBe('unconfirmed');
    if (bought.kind !== 'unconfirmed') throw new Error(bought.kind);
    await second.close();

    // Session 3 (a new process, as `majordome report <id> --recheck`): the brand answers get_order with its receipt
    // for its own o-1, exactly as offered and authorised.
    const accept = acceptingAnyOrder(sent);
    sly.script = {
      ...sly.script,
      get_order: (args) => {
        const order = sly.calls.find((c) => c.tool === 'place_order' && c.args.idempotencyKey === args.idempotencyKey);
        if (!order) return { toolError: 'unknown order', code: 'UNKNOWN_ORDER' };
        const answer = accept(order.args);
        if (!('value' in answer) || receiptFor === order.args.offerId) return answer;
        // The same receipt, signed for another offer id of the brand's.
        const { orderId, idempotencyKey, placedAt, termsHash: _h, ...terms } = { ...(answer.value as Receipt), offerId: receiptFor };
        return { value: { ...terms, orderId, idempotencyKey, placedAt, termsHash: hashReceiptTerms(terms) } };
      },
    };
    const third = await open();
    cleanups.push(() => third.close());
    const rechecked = await third.butler.recheckOrder(bought.order.orderId);
    return { rechecked, switched: third.trust.eventsFor('sly-shoes').filter((e) => e.kind === 'bait-and-switch') };
}

describe('an unconfirmed order re-checked in a later session', () => {
  it('(fixed) an honest brand numbering its offers per process is not convicted: its receipt names the offer ordered (on 544acdb: refused as bait-and-switch)', async () => {
    const { rechecked, switched } = await recheckedInThirdSession('o-1');
    expect(rechecked.kind).toBe('purchased');
    expect(switched).toEqual([]);
  }, 30_000);

  it('a receipt for another of its offers is still refused as bait-and-switch', async () => {
    const { rechecked, switched } = await recheckedInThirdSession('o-2');
    expect(rechecked.kind).toBe('refused-bait-and-switch');
    expect(switched).toHaveLength(1);
  }, 30_000);
});
