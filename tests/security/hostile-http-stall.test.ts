// Red team over real Streamable HTTP, the time side: a brand that answers every call just under its timeout (it never
// times out, so no single call is cut) beside the honest built-in Trailco (http-market.ts). On f453a14 every question
// and counter had a timeout of its own: one shop with three stalled offers took the time of sixteen calls.
import { describe, expect, it } from 'vitest';
import { REQUEST_TIME_IN_CALL_TIMEOUTS, brandNoticesOf } from '../../agent/butler/index.ts';
import { renderShopping } from '../../cli/render-shopping.ts';
import { shoppingView } from '../../web/index.ts';
import type { Offer } from '../../protocol/index.ts';
import type { HostileAnswer, HostileCore } from './hostile-http-brand.ts';
import { coreOffers, openMarket, type Shopped } from './http-market.ts';

/** Sly's call timeout in these tests: small, so the test is quick, and large against a local HTTP round trip. */
const TIMEOUT_MS = 500;
/** How long the stalling brand sits on every answer: just under its timeout. */
const STALL_MS = 400;

/** Three offers of Sly's shoes (so there are three offers to question and haggle over), each a sku of its own. */
async function threeOffers(args: Record<string, unknown>, core: HostileCore): Promise<HostileAnswer> {
  const value = await coreOffers(args, core);
  const first = value.offers[0]!;
  const offers: Offer[] = [0, 1, 2].map((i) => ({ ...first, offerId: `${first.offerId}-${i}`, product: { ...first.product, sku: `${first.product.sku}-${i}` } }));
  return { value: { ...value, offers } };
}

const stalling =
  <A extends unknown[]>(answer: (...args: A) => HostileAnswer | Promise<HostileAnswer>) =>
  async (...args: A): Promise<HostileAnswer> => {
    await new Promise((resolve) => setTimeout(resolve, STALL_MS));
    return answer(...args);
  };

/** The honest core's answer about one of the three offers: asked under the core's own ids, answered under the offer's. */
const aboutOneOf =
  (tool: 'ask_question' | 'counter_offer') =>
  async (args: Record<string, unknown>, core: HostileCore): Promise<HostileAnswer> => {
    const [, base, i] = /^(.*)-(\d)$/.exec(String(args.offerId)) ?? [];
    const own = (id: unknown) => String(id).replace(/-\d$/, '');
    const outcome = await core.call(tool, { ...args, offerId: base ?? args.offerId, ...(args.inReplyTo ? { inReplyTo: own(args.inReplyTo) } : {}) });
    if (!outcome.ok) return { toolError: outcome.error.message };
    const value = outcome.value as { offerId?: string; offer?: Offer };
    if (i === undefined) return { value };
    const revised = value.offer ? { offer: { ...value.offer, offerId: `${value.offer.offerId}-${i}`, product: { ...value.offer.product, sku: `${value.offer.product.sku}-${i}` } } } : {};
    return { value: { ...value, ...(value.offerId ? { offerId: String(args.offerId) } : {}), ...revised } };
  };

/** One shop with Sly honest and prompt, or with every answer of Sly's held back for STALL_MS; its wall time. */
async function shopWith(stall: boolean): Promise<{ result: Shopped; ms: number; slyCalls: string[]; market: Awaited<ReturnType<typeof openMarket>> }> {
  const answer = { request_offers: threeOffers, ask_question: aboutOneOf('ask_question'), counter_offer: aboutOneOf('counter_offer') };
  // Sly's shoes at 199 EUR: dearer than Trailco's (about 150 EUR), whose offer is the recommendation without the stall.
  const m = await openMarket({
    price: 19_900,
    callTimeoutMs: TIMEOUT_MS,
    script: stall ? { request_offers: stalling(answer.request_offers), ask_question: stalling(answer.ask_question), counter_offer: stalling(answer.counter_offer) } : answer,
  });
  const started = performance.now();
  const result = await m.shop();
  const ms = performance.now() - started;
  return { result, ms, slyCalls: m.sly.calls.map((c) => c.tool).filter((t) => t !== 'hello'), market: m };
}

describe('a brand that answers every call just under its timeout', () => {
  it('(fixed) costs one shop at most its request budget, and Trailco is ranked and negotiated as without the stall', async () => {
    const prompt = await shopWith(false);
    const stalled = await shopWith(true);
    // Prompt, Sly is asked about and haggled over on all three offers: without a budget, that many stalled calls is
    // far past the bound below (16 calls of 400 ms on f453a14, 6.4 s).
    expect(prompt.slyCalls.length).toBeGreaterThan(2 * (REQUEST_TIME_IN_CALL_TIMEOUTS + 1));
    // The bound: every call to Sly ends within its request budget (REQUEST_TIME_IN_CALL_TIMEOUTS of its timeouts from
    // when its brief goes out); two more timeouts of slack for the butler's own work on a loaded machine.
    expect(stalled.ms).toBeLessThan((REQUEST_TIME_IN_CALL_TIMEOUTS + 2) * TIMEOUT_MS);
    expect(stalled.slyCalls.length).toBeLessThan(prompt.slyCalls.length);

    // Trailco answers at once: it is negotiated with as without the stall (each session's secret jitters the counters,
    // so the prices differ by the noise, not the outcomes), none of its negotiations is cut short, and its offer is
    // still the recommendation.
    const trailco = (r: Shopped) => r.negotiations.filter((n) => n.brandId === 'trailco');
    expect(trailco(stalled.result).length).toBeGreaterThan(0);
    expect(trailco(stalled.result).map((n) => n.outcome.kind)).toEqual(trailco(prompt.result).map((n) => n.outcome.kind));
    expect(trailco(stalled.result).every((n) => n.outcome.kind === 'improved')).toBe(true);
    const skus = (r: Shopped, brandId: string) => r.ranking.ranked.filter((x) => x.brandId === brandId).map((x) => x.offer.product.sku).sort();
    expect(skus(stalled.result, 'trailco')).toEqual(skus(prompt.result, 'trailco'));
    expect(prompt.result.ranking.ranked[0]?.brandId).toBe('trailco');
    expect(stalled.result.ranking.ranked[0]?.offer.product.sku).toBe(prompt.result.ranking.ranked[0]?.offer.product.sku);

    // Sly's offers are judged on what it answered: they are still ranked, its unanswered questions are not taken as
    // confirmed (no honesty gained over answering), and its negotiations say it ran out of time.
    expect(skus(stalled.result, 'sly-shoes')).toEqual(skus(prompt.result, 'sly-shoes'));
    expect(skus(stalled.result, 'sly-shoes').length).toBe(3);
    const honesty = (r: Shopped) => new Map(r.ranking.ranked.filter((x) => x.brandId === 'sly-shoes').map((x) => [x.offer.product.sku, x.scores.honesty.probability]));
    const promptHonesty = honesty(prompt.result);
    for (const [sku, h] of honesty(stalled.result)) expect(h).toBeLessThanOrEqual(promptHonesty.get(sku)!);
    const sly = stalled.result.negotiations.filter((n) => n.brandId === 'sly-shoes');
    expect(sly.some((n) => n.outcome.kind === 'unchanged' && /ran out of time/.test(n.outcome.reason))).toBe(true);
  });

  it('(fixed) tells the person its offers were cut short of their checks: terminal and chat, web view, --json field, in their language', async () => {
    const { result, market } = await shopWith(true);
    const cut = result.negotiations.filter((n) => n.brandId === 'sly-shoes' && n.outcome.kind === 'unchanged' && /ran out of time/.test(n.outcome.reason)).length;
    expect(cut).toBeGreaterThan(0);
    // The typed notice `ask --json` carries: Sly only (Trailco answered at once), with how many offers were cut short.
    expect(brandNoticesOf(result)).toEqual([{ kind: 'out-of-time', brandId: 'sly-shoes', offers: cut }]);

    // `majordome ask` and `chat` (both print renderShopping): one line for Sly, under its card's name.
    const terminal = renderShopping(result);
    expect(terminal).toContain('Worth knowing:');
    expect(terminal).toMatch(/! “Sly Shoes” ran out of time: its (offer was|\d offers were) not fully checked with questions/);
    expect(terminal).not.toMatch(/Trailco ran out of time/);
    // In French when the request was (the explanation above it is the run's own; the notice follows the language).
    const french = renderShopping({ ...result, need: { ...result.need, language: 'fr' } });
    expect(french).toContain('À savoir :');
    expect(french).toMatch(/! « Sly Shoes » a manqué de temps : (son offre n’a pas été entièrement vérifiée|ses \d offres n’ont pas été entièrement vérifiées) par des questions/);

    // The web chat's view: the brand's name apart from Majordome's words (the page writes both as text).
    const view = shoppingView(result, market.session.butler.brands());
    expect(view.notices.heading).toBe('Worth knowing:');
    expect(view.notices.items).toEqual([
      { kind: 'out-of-time', brandId: 'sly-shoes', brandName: 'Sly Shoes', offers: cut, text: expect.stringMatching(/^ran out of time: its (offer was|\d offers were) not fully checked/) },
    ]);
  });
});
