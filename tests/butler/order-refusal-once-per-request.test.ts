// A brand's refusal of an order the person confirmed is recorded once per brand and request (order-refused): the offers
// of a request's "anything cheaper?" round belong to the same request, so a brand honestly out of stock is not recorded
// twice for one request because the butler asked it twice.
import { describe, expect, it } from 'vitest';
import { cheaperRequestId } from '../../agent/butler/index.ts';
import { NOW, offer, market } from './refusing-market.ts';

describe('order refusals, once per brand and request', () => {
  it('an offer of the request and one of its "anything cheaper?" round, both refused: one event', async () => {
    const m = market();
    const first = offer('a', 'req-7');
    const cheaper = offer('b', cheaperRequestId('req-7'));
    m.memory.recordOffers([first, cheaper], NOW.toISOString());
    expect((await m.buy(cheaper)).kind).toBe('failed');
    expect((await m.buy(first)).kind).toBe('failed');
    expect(m.refusals()).toHaveLength(1);
  });

  it('another request of the person: a second event', async () => {
    const m = market();
    const a = offer('a', 'req-7');
    const b = offer('b', 'req-8');
    m.memory.recordOffers([a, b], NOW.toISOString());
    await m.buy(a);
    await m.buy(b);
    expect(m.refusals().map((e) => e.kind === 'order-refused' && e.evidence.requestId)).toEqual(['req-7', 'req-8']);
  });
});
