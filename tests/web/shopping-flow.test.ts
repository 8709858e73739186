import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShoppingView } from '../../web/index.ts';
import { authedGet, jsonRequest, openTestApp, readSse, type SseEvent, type TestApp } from './web-fixtures.ts';

const NEED = 'waterproof trail shoes size 43 under 150 euros';

let t: TestApp;
let events: SseEvent[];
let view: ShoppingView;

async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
type Proposal = { offerId: string; summary: string; confirmationId: string; priceText: string; brandName: string };
type Purchase = { kind: string; orderId?: string; brandId?: string; trust?: { brandId: string; before?: { events: number }; after?: { events: number; trust: number } } };
type ErrorBody = { error: { code: string; message: string } };

const propose = async (offerId: string) => json<Proposal>(await authedGet(t.app, `/api/offers/${encodeURIComponent(offerId)}/proposal`, t.token));
const buy = (body: unknown) => jsonRequest(t.app, 'POST', '/api/purchases', body, { token: t.token });
const offerOf = (brandId: string) => [...view.offers, ...(view.divergent.kind === 'picked' ? [view.divergent.offer] : [])].find((o) => o.brandId === brandId)!;

beforeAll(async () => {
  t = await openTestApp({ deps: { purchaseRateLimit: { limit: 100, windowMs: 60_000 } } });
  const res = await jsonRequest(t.app, 'POST', '/api/chat', { text: NEED }, { token: t.token });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  events = await readSse(res);
  view = events.find((e) => e.event === 'result')!.data as ShoppingView;
});
afterAll(async () => {
  await t.close();
});

describe('chat over Server-Sent Events', () => {
  it('streams the understanding, then progress while brands answer, then the result, then done', () => {
    const names = events.map((e) => e.event);
    expect(names[0]).toBe('understanding');
    expect(names.at(-2)).toBe('result');
    expect(names.at(-1)).toBe('done');
    const progress = events.filter((e) => e.event === 'progress').map((e) => (e.data as { type: string }).type);
    expect(progress[0]).toBe('asked');
    expect(progress.filter((p) => p === 'answered' || p === 'declined' || p === 'failed').length).toBe(5);
    expect(progress.at(-2)).toBe('negotiating');
    expect(progress.at(-1)).toBe('ranked');
    expect(names.indexOf('result')).toBeGreaterThan(names.lastIndexOf('progress'));
    expect(events[0]!.data).toMatchObject({ kind: 'need', description: expect.stringContaining('43') });
  });

  it('returns ranked offer cards with fit / honesty / pressure, evidence, flags with quotes, declines and exclusions', () => {
    expect(view.offers.length).toBeGreaterThan(2);
    expect(view.summary.length).toBeGreaterThan(10);
    const ranks = view.offers.map((o) => o.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a! - b!));
    for (const card of view.offers) {
      for (const s of [card.scores.fit, card.scores.claimsHold, card.scores.pressure]) expect(s).toBeGreaterThanOrEqual(0);
      expect(card.why.fit.needsTotal).toBeGreaterThan(0);
      expect(card.why.value?.surplus).toBeCloseTo(card.scores.value!, 10);
      expect(card.why.value?.text).toMatch(/^expected gain /);
    }
    expect(view.offers[0]!.status).toBe('recommended');
    expect(view.declines.map((d) => d.brandId)).toContain('stride-lab');
    expect(view.declines.find((d) => d.brandId === 'stride-lab')!.honest).toBe(true);
    const flagged = [...view.offers, ...view.excluded].flatMap((o) => o.flags).filter((f) => f.quote);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged[0]!.quote!.text.length).toBeGreaterThan(0);
    expect(view.excluded.some((x) => x.why.exclusions.length > 0)).toBe(true);
  });

  it('asks a clarifying question and carries its state into the answer', async () => {
    const first = await readSse(await jsonRequest(t.app, 'POST', '/api/chat', { text: 'trail running shoes' }, { token: t.token }));
    const u = first[0]!.data as { kind: string; question: string; pending: unknown };
    expect(u.kind).toBe('clarify');
    expect(u.question).toMatch(/size/i);
    expect(first.map((e) => e.event)).toEqual(['understanding', 'done']);
    const second = await readSse(await jsonRequest(t.app, 'POST', '/api/chat', { text: '43', previous: u.pending }, { token: t.token }));
    expect(second[0]!.data).toMatchObject({ kind: 'need', description: expect.stringContaining('43') });
    expect(second.some((e) => e.event === 'result')).toBe(true);
  });
});

describe('purchase needs the person’s confirmation', () => {
  it('refuses a purchase without a shown proposal, without confirm: true, or with confirm missing', async () => {
    const offerId = offerOf('trailco').offerId;
    const noProposal = await buy({ offerId, confirmationId: 'made-up', confirm: true });
    expect(noProposal.status).toBe(409);
    expect((await json<ErrorBody>(noProposal)).error.code).toBe('CONFIRMATION_REQUIRED');
    const proposal = await propose(offerId);
    const notConfirmed = await buy({ offerId, confirmationId: proposal.confirmationId, confirm: false });
    expect(notConfirmed.status).toBe(409);
    expect((await buy({ offerId, confirmationId: proposal.confirmationId })).status).toBe(400);
    expect(t.session.butler.orders()).toEqual([]);
  });

  it('shows the proposal summary first, then buys once with its single-use confirmation', async () => {
    const card = offerOf('trailco');
    const proposal = await propose(card.offerId);
    expect(proposal.summary).toContain(card.priceText);
    expect(proposal.summary).toContain('Trailco');
    const otherOffer = view.offers.find((o) => o.offerId !== card.offerId)!.offerId;
    expect((await buy({ offerId: otherOffer, confirmationId: proposal.confirmationId, confirm: true })).status).toBe(409);
    const again = await propose(card.offerId);
    const res = await buy({ offerId: card.offerId, confirmationId: again.confirmationId, confirm: true });
    expect(res.status).toBe(200);
    const result = await json<Purchase>(res);
    expect(result.kind).toBe('purchased');
    expect(t.session.butler.orders().map((o) => o.orderId)).toEqual([result.orderId]);
    expect((await buy({ offerId: card.offerId, confirmationId: again.confirmationId, confirm: true })).status).toBe(409);
    const twice = await buy({ offerId: card.offerId, confirmationId: (await propose(card.offerId)).confirmationId, confirm: true });
    expect(twice.status).toBe(409);
    expect((await json<ErrorBody>(twice)).error.code).toBe('ALREADY_ORDERED');
    expect(t.session.butler.orders()).toHaveLength(1);
  });

  it('refuses a bait-and-switch receipt and shows the ledger change', async () => {
    const card = view.offers.find((o) => o.brandId === 'mega-sole-outlet')!;
    const proposal = await propose(card.offerId);
    const result = await json<Purchase>(await buy({ offerId: card.offerId, confirmationId: proposal.confirmationId, confirm: true }));
    expect(result.kind).toBe('refused-bait-and-switch');
    expect(result.trust!.after!.events).toBe(result.trust!.before!.events + 1);
    const events = await json<{ events: Array<{ kind: string }> }>(await authedGet(t.app, '/api/trust/mega-sole-outlet', t.token));
    expect(events.events[0]!.kind).toBe('bait-and-switch');
  });

  it('answers 404 for an unknown offer', async () => {
    expect((await authedGet(t.app, '/api/offers/nope/proposal', t.token)).status).toBe(404);
  });
});

describe('outcomes and the trust ledger', () => {
  it('settles an order from ground truth, records observations and moves the brand’s trust; a second report is refused', async () => {
    const order = t.session.butler.orders().find((o) => o.status === 'placed')!;
    const before = await json<{ totalEvents: number }>(await authedGet(t.app, `/api/trust/${order.brandId}`, t.token));
    const res = await jsonRequest(t.app, 'POST', `/api/orders/${encodeURIComponent(order.orderId)}/settle`, {}, { token: t.token });
    expect(res.status).toBe(200);
    const result = await json<{ observations: Array<{ kind: string }>; trust: { before: { events: number }; after: { events: number } } }>(res);
    expect(result.observations.at(-1)!.kind).toBe('order-outcome');
    expect(result.trust.after.events).toBe(result.trust.before.events + result.observations.length);
    const after = await json<{ totalEvents: number }>(await authedGet(t.app, `/api/trust/${order.brandId}`, t.token));
    expect(after.totalEvents).toBe(before.totalEvents + result.observations.length);
    const again = await jsonRequest(t.app, 'POST', `/api/orders/${encodeURIComponent(order.orderId)}/report`, { text: 'fine' }, { token: t.token });
    expect(again.status).toBe(409);
    expect((await json<ErrorBody>(again)).error.code).toBe('ORDER_CLOSED');
    expect((await jsonRequest(t.app, 'POST', '/api/orders/unknown-order/settle', {}, { token: t.token })).status).toBe(404);
    expect((await jsonRequest(t.app, 'POST', `/api/orders/${encodeURIComponent(order.orderId)}/settle`, { extra: 1 }, { token: t.token })).status).toBe(400);
  });

  it('reports an outcome in free text: "not waterproof" and "late" contradict the claims', async () => {
    // Gearbot's offers carry instructions aimed at the butler: never buyable, shown under "Not recommended".
    expect(view.offers.some((o) => o.brandId === 'gearbot')).toBe(false);
    expect(view.excluded.find((o) => o.brandId === 'gearbot')?.why.exclusions.map((x) => x.code)).toContain('injection');
    // Ask again for a fresh Trailco offer (its first one is already ordered); every ranked offer is waterproof.
    const again = (await readSse(await jsonRequest(t.app, 'POST', '/api/chat', { text: NEED }, { token: t.token }))).find((e) => e.event === 'result')!.data as ShoppingView;
    const card = again.offers.find((o) => o.brandId === 'trailco')!;
    const bought = await json<Purchase>(await buy({ offerId: card.offerId, confirmationId: (await propose(card.offerId)).confirmationId, confirm: true }));
    expect(bought.kind).toBe('purchased');
    const res = await jsonRequest(t.app, 'POST', `/api/orders/${encodeURIComponent(bought.orderId!)}/report`, { text: 'arrived late and it is not waterproof' }, { token: t.token });
    expect(res.status).toBe(200);
    const result = await json<{ observations: Array<{ kind: string; attribute?: string; satisfied?: boolean }> }>(res);
    expect(result.observations).toContainEqual({ kind: 'claim-contradicted', attribute: 'waterproof' });
    expect(result.observations).toContainEqual({ kind: 'claim-contradicted', attribute: 'delivery_days' });
    expect(result.observations.at(-1)).toEqual({ kind: 'order-outcome', satisfied: false });
    expect((await jsonRequest(t.app, 'POST', `/api/orders/${encodeURIComponent(bought.orderId!)}/report`, { text: '' }, { token: t.token })).status).toBe(400);
  });

  it('lists every brand with trust and uncertainty, verified; history replays to the current score', async () => {
    const trust = await json<{ events: number; verified: { ok: boolean }; brands: Array<{ brandId: string; trust: number; uncertainty: number; events: number }> }>(
      await authedGet(t.app, '/api/trust', t.token),
    );
    expect(trust.verified.ok).toBe(true);
    expect(trust.brands.map((b) => b.brandId).sort()).toEqual(['gearbot', 'mega-sole-outlet', 'pushy-sports', 'stride-lab', 'trailco']);
    for (const b of trust.brands) {
      expect(b.trust).toBeGreaterThan(0);
      expect(b.uncertainty).toBeGreaterThan(0);
      expect(b.uncertainty).toBeLessThan(1);
    }
    expect(trust.events).toBe(trust.brands.reduce((sum, b) => sum + b.events, 0));
    const detail = await json<{ history: Array<{ trust: number; seq: number }>; totalEvents: number; score: { trust: number } }>(await authedGet(t.app, '/api/trust/trailco', t.token));
    expect(detail.history).toHaveLength(detail.totalEvents);
    expect(detail.history.at(-1)!.trust).toBeCloseTo(detail.score.trust, 12);
    expect((await authedGet(t.app, '/api/trust/nobody', t.token)).status).toBe(404);
  });

  it('renders the dashboard and a brand page with SVG history charts and evidence', async () => {
    const page = await (await authedGet(t.app, '/trust', t.token)).text();
    expect(page).toContain('chain and scores verified');
    expect(page.match(/<tr data-brand-id=/g)).toHaveLength(5);
    expect(page).toMatch(/<svg class="trust-chart compact"[^>]*>.*<polyline class="trust" points="[\d., ]+">/s);
    const brand = await (await authedGet(t.app, '/trust/mega-sole-outlet', t.token)).text();
    expect(brand).toContain('<tr class="event bait-and-switch">');
    expect(brand).toMatch(/<circle class="marker bait-and-switch"/);
    expect(brand).toContain('receipt 9');
    const orders = await (await authedGet(t.app, '/orders', t.token)).text();
    expect(orders).toContain('refused: the receipt differed');
  });
});

describe('purchase rate limit', () => {
  it('refuses purchase attempts beyond the limit with 429, before looking at the confirmation', async () => {
    const limited = await openTestApp({ deps: { purchaseRateLimit: { limit: 2, windowMs: 60_000 } } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await jsonRequest(limited.app, 'POST', '/api/purchases', { offerId: 'some-offer', confirmationId: `guess-${i}`, confirm: true }, { token: limited.token })).status);
      expect(statuses).toEqual([409, 409, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
